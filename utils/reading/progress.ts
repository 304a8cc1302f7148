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
  /** Whether `id` is a comment of the thread not read yet: a look-up in the ranges, no set built. */
  isUnread(id: CommentId): boolean;
  /** The unread ids in the thread's order, built on first use (next/previous unread, collapse rules). */
  readonly unread: ReadonlySet<CommentId>;
}

/**
 * Counted from the ranges: a change of read state costs one look-up per
 * comment and no new set. Building the set of 10,000 unread ids on every
 * change took up to 58 ms on a loaded machine inside the dwell task
 * (docs/performance.md, "Read tracking without long tasks").
 */
class Counted implements Progress {
  readonly read: number;
  readonly total: number;
  #unread: Set<CommentId> | null = null;

  constructor(private readonly thread: Thread, private readonly ranges: Ranges) {
    let read = 0;
    for (const id of thread.byId.keys()) if (has(ranges, id)) read++;
    this.read = read;
    this.total = thread.byId.size;
  }

  isUnread(id: CommentId): boolean {
    return this.thread.byId.has(id) && !has(this.ranges, id);
  }

  get unread(): ReadonlySet<CommentId> {
    if (this.#unread) return this.#unread;
    const out = new Set<CommentId>();
    for (const id of this.thread.byId.keys()) if (!has(this.ranges, id)) out.add(id);
    return (this.#unread = out);
  }
}

/**
 * `before`, the progress computed last, is given back when nothing changed
 * for this thread's comments (a storage echo of what this tab wrote, ranges
 * bridged differently): nothing downstream (outline, watching in the page)
 * runs again.
 */
export function progressOf(thread: Thread, read: Ranges, before?: Progress | null): Progress {
  const now = new Counted(thread, read);
  return before && sameUnread(thread, now, before) ? before : now;
}

/** The same unread ids: as many, and each unread now was unread before. */
function sameUnread(thread: Thread, now: Progress, before: Progress): boolean {
  if (before.total !== now.total || before.read !== now.read) return false;
  for (const id of thread.byId.keys()) if (now.isUnread(id) && !before.isUnread(id)) return false;
  return true;
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
