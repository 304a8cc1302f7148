/**
 * The vocabulary every feature shares. Plain data only: no DOM references,
 * so the thread model, quotes and votes test without a page.
 */

export type CommentId = number;

/** A vote figure as lemmy-ui showed it. */
export interface Count {
  value: number;
  /** True when lemmy-ui abbreviated it ("1.2K"), so `value` is a lower-precision guess. */
  approx: boolean;
}

export interface Votes {
  /** null: the page did not show this figure (hidden by settings or version). */
  up: Count | null;
  down: Count | null;
  score: Count | null;
}

export interface Badges {
  op: boolean;
  mod: boolean;
  admin: boolean;
  bot: boolean;
  banned: boolean;
}

export interface Author {
  /** Account name without instance, e.g. "alice". */
  name: string;
  /** Host of the author's home instance; local users get the page's host. */
  instance: string;
  /** Display name as shown (falls back to `name`). */
  display: string;
}

export interface CommentData {
  id: CommentId;
  parentId: CommentId | null;
  /** Depth as rendered (0 = top level; relative to the focused comment in a context view). */
  depth: number;
  author: Author;
  badges: Badges;
  votes: Votes;
  /** Absolute date text from lemmy-ui's tooltip, when present. */
  published: string | null;
  edited: boolean;
  deleted: boolean;
  removed: boolean;
  /** Plain text of the body, icons stripped, paragraphs joined by "\n". */
  text: string;
  /** Text of each top-level blockquote in the body, in order. */
  quotes: readonly string[];
  /** Replies lemmy-ui knows of but has not loaded ("N more replies"); 0 when none. */
  moreReplies: number;
  /** lemmy-ui's own collapse is on (its children are not in the DOM). */
  collapsedInPage: boolean;
  /** Known from the data (isoData or the instance's API) but not rendered in the page yet. */
  offPage?: boolean;
  /** When it was written (ms since 1970), from the data; absent when only the page was read. */
  publishedAt?: number;
  /** Replies below it at every depth, as the instance counts them (the data's `child_count`). */
  descendants?: number;
  /**
   * Read from the data with the page's text, quotes, "more replies" and collapse (the reader's
   * fast path): its other fields are the data's, so fresher data replaces them when it joins.
   */
  fromData?: boolean;
}

export interface PostData {
  id: number;
  title: string;
  author: Author | null;
  community: string | null;
  /** Plain text of the post body ("" for link posts without one). */
  text: string;
}

export interface Thread {
  post: PostData | null;
  /** Every comment by id, in document order of insertion. */
  byId: ReadonlyMap<CommentId, CommentData>;
  /** Top-level ids in page order. */
  roots: readonly CommentId[];
  /** Child ids in page order. */
  children: ReadonlyMap<CommentId, readonly CommentId[]>;
  /** The post's comment count as the instance gives it; absent when unknown. */
  total?: number;
}
