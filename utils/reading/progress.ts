import { postorder } from '../thread/build';
import { collapseWithoutNew } from '../thread/new-comments';
import type { CommentId, Thread } from '../thread/types';
import { has, type Ranges } from './ranges';

/**
 * What the reader has read of a thread, from the post's read ranges. Every
 * comment known counts, those only in the data (`offPage`) too. Pure.
 */
export interface Progress {
  read: number;
  total: number;
  unread: ReadonlySet<CommentId>;
}

/**
 * `before`, the progress computed last, is given back when nothing changed
 * for this thread's comments (a storage echo of what this tab wrote, ranges
 * bridged differently): no new set of 10,000 ids for the garbage collector,
 * and nothing downstream (outline, watching in the page) runs again.
 */
export function progressOf(thread: Thread, read: Ranges, before?: Progress | null): Progress {
  if (before && unchanged(thread, read, before)) return before;
  const unread = new Set<CommentId>();
  for (const id of thread.byId.keys()) if (!has(read, id)) unread.add(id);
  return { read: thread.byId.size - unread.size, total: thread.byId.size, unread };
}

function unchanged(thread: Thread, read: Ranges, before: Progress): boolean {
  if (before.total !== thread.byId.size) return false;
  let unread = 0;
  for (const id of thread.byId.keys()) {
    const isUnread = !has(read, id);
    if (isUnread !== before.unread.has(id)) return false;
    if (isUnread) unread++;
  }
  return unread === before.unread.size;
}

/** The thread's ids in ascending order (what `bridged` needs), or null while some of its comments are not known. */
export function knownIds(thread: Thread): number[] | null {
  if (thread.total === undefined || thread.byId.size < thread.total) return null;
  return [...thread.byId.keys()].sort((a, b) => a - b);
}

/**
 * Collapse rule "what I have read": the replies of every comment that is read
 * and has nothing unread below it are hidden.
 */
export function collapseRead(thread: Thread, unread: ReadonlySet<CommentId>): Set<CommentId> {
  const out = new Set<CommentId>();
  const clean = new Set<CommentId>();
  postorder(thread, (id, kids) => {
    if (unread.has(id) || kids.some((k) => !clean.has(k))) return;
    clean.add(id);
    if (kids.length) out.add(id);
  });
  return out;
}

/**
 * Collapse rule "only unread and the paths to them": every comment with
 * replies of which none is unread gets them hidden (the rule "only what is
 * new" with unread in place of new).
 */
export const collapseToUnread = (thread: Thread, unread: ReadonlySet<CommentId>): Set<CommentId> => collapseWithoutNew(thread, unread);
