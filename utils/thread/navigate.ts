import { preorder } from './build';
import { ancestors, rootOf, siblingsOf, type Row } from './outline';
import type { CommentId, Thread } from './types';

export type Move =
  | 'next'
  | 'prev'
  | 'nextSibling'
  | 'prevSibling'
  | 'parent'
  | 'root'
  | 'nextThread'
  | 'prevThread'
  | 'first'
  | 'last';

/**
 * Where a move from `from` lands, or null when there is nowhere to go.
 * Next/previous follow the visible rows, so collapsed replies are skipped.
 */
export function move(thread: Thread, rows: readonly Row[], from: CommentId | null, how: Move): CommentId | null {
  if (rows.length === 0) return null;
  if (from === null || !thread.byId.has(from)) return how === 'last' || how === 'prev' ? rows.at(-1)!.id : rows[0]!.id;
  switch (how) {
    case 'first':
      return rows[0]!.id;
    case 'last':
      return rows.at(-1)!.id;
    case 'next':
    case 'prev':
      return stepRows(rows, from, how === 'next' ? 1 : -1);
    case 'nextSibling':
    case 'prevSibling':
      return step(siblingsOf(thread, from), from, how === 'nextSibling' ? 1 : -1);
    case 'parent':
      return ancestors(thread, from)[0] ?? null;
    case 'root': {
      const root = rootOf(thread, from);
      return root === from ? null : root;
    }
    case 'nextThread':
    case 'prevThread':
      return step(thread.roots, rootOf(thread, from), how === 'nextThread' ? 1 : -1);
  }
}

function step(ids: readonly CommentId[], from: CommentId, by: 1 | -1): CommentId | null {
  const i = ids.indexOf(from);
  return i < 0 ? null : (ids[i + by] ?? null);
}

function stepRows(rows: readonly Row[], from: CommentId, by: 1 | -1): CommentId | null {
  const i = rows.findIndex((r) => r.id === from);
  // From a comment hidden in a collapsed subthread, start at its nearest visible row.
  if (i < 0) return rows[0]?.id ?? null;
  return rows[i + by]?.id ?? null;
}

/**
 * After collapsing `id`, the reader moves on to what comes next: its next
 * sibling, else the first row after its subtree (`rows` may still show the
 * replies the collapse hides: the row right after `id` would be one of them),
 * else it stays on `id`.
 */
export function afterCollapse(thread: Thread, rows: readonly Row[], id: CommentId): CommentId {
  const sibling = move(thread, rows, id, 'nextSibling');
  if (sibling !== null) return sibling;
  const i = rows.findIndex((r) => r.id === id);
  if (i < 0) return id;
  const depth = rows[i]!.depth;
  for (let j = i + 1; j < rows.length; j++) if (rows[j]!.depth <= depth) return rows[j]!.id;
  return id;
}

/**
 * The next (or previous) of `ids` in reading order after `from`, wrapping
 * around; from nowhere, the first (or last). Null when `ids` is empty. For
 * stepping through new comments and search matches, hidden ones included.
 */
export function stepIn(thread: Thread, ids: ReadonlySet<CommentId>, from: CommentId | null, by: 1 | -1): CommentId | null {
  if (ids.size === 0) return null;
  const order = preorder(thread).filter((id) => ids.has(id) || id === from);
  if (!order.length) return null;
  const at = from === null ? -1 : order.indexOf(from);
  const start = at < 0 ? (by === 1 ? -1 : order.length) : at;
  for (let step = 1; step <= order.length; step++) {
    const id = order[(((start + by * step) % order.length) + order.length) % order.length]!;
    if (ids.has(id)) return id;
  }
  return null;
}
