/** Which post or comment a lemmy-ui URL points at (lemmy-dom.md §1.1). Pure. */
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
  return {
    postId: post ? Number(post) : null,
    commentId: postComment ? Number(postComment) : comment ? Number(comment) : null,
  };
}
