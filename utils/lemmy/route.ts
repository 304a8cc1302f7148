/**
 * Lemmy's ids are PostgreSQL `int4` serials: 1 to 2^31-1. Anything else in a
 * page is not a Lemmy id; read as a plain number, 20 digits would lose
 * precision and two different comments would share one id.
 */
export const MAX_ID = 2 ** 31 - 1;

/** A Lemmy id from its decimal text, or null. Pure. */
export function parseId(text: string | undefined): number | null {
  if (!text || !/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_ID ? id : null;
}

/** The same for a number from the page's data. */
export const validId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_ID;

/** Which post or comment a lemmy-ui URL points at (docs/lemmy-ui.md, "Routes"). Pure. */
export interface PostRoute {
  /** null on /comment/<id>, where the post id is known only from the page. */
  postId: number | null;
  /** The focused comment of a context view, if any. */
  commentId: number | null;
}

const ROUTE = /^\/(?:post\/(\d+)(?:\/(\d+))?|comment\/(\d+))\/?$/;

export function parsePostRoute(url: string | URL): PostRoute | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = ROUTE.exec(pathname);
  if (!m) return null;
  const [, post, postComment, comment] = m;
  const postId = parseId(post);
  const commentId = parseId(postComment ?? comment);
  if ((post && postId === null) || ((postComment ?? comment) && commentId === null)) return null;
  return { postId, commentId };
}
