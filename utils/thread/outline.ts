import { postorder } from './build';
import type { CommentId, Thread } from './types';

/** One visible row of the outline. */
export interface Row {
  id: CommentId;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** Position among its siblings (1-based) and their number, for aria-posinset/setsize. */
  posinset: number;
  setsize: number;
}

/**
 * Number of descendants of every comment. Iterative post-order: depth 60 and 10,000 comments are
 * fine. Remembered by the tree's own lists, as `preorder` is: the outline and the page's collapse
 * marks both ask, and a big rebuild works it out a task ahead of publishing (session.ts).
 */
export function descendantCounts(thread: Thread): ReadonlyMap<CommentId, number> {
  const known = counted.get(thread.children);
  if (known?.roots === thread.roots) return known.counts;
  const counts = new Map<CommentId, number>();
  postorder(thread, (id, kids) => {
    let n = 0;
    for (const k of kids) n += 1 + (counts.get(k) ?? 0);
    counts.set(id, n);
  });
  counted.set(thread.children, { roots: thread.roots, counts });
  return counts;
}

const counted = new WeakMap<Thread['children'], { roots: Thread['roots']; counts: ReadonlyMap<CommentId, number> }>();

/** The rows a reader sees: depth-first, children of collapsed comments left out. */
export function visibleRows(thread: Thread, collapsed: ReadonlySet<CommentId>): Row[] {
  const rows: Row[] = [];
  const stack: Row[] = [];
  const pushSiblings = (ids: readonly CommentId[], depth: number) => {
    for (let i = ids.length - 1; i >= 0; i--) {
      const id = ids[i]!;
      const hasChildren = (thread.children.get(id)?.length ?? 0) > 0;
      stack.push({ id, depth, hasChildren, expanded: hasChildren && !collapsed.has(id), posinset: i + 1, setsize: ids.length });
    }
  };
  pushSiblings(thread.roots, 0);
  while (stack.length) {
    const row = stack.pop()!;
    rows.push(row);
    if (row.expanded) pushSiblings(thread.children.get(row.id)!, row.depth + 1);
  }
  return rows;
}

/** How the outline orders siblings: as the page does, or by their subthread's votes. */
export type OutlineOrder = 'page' | 'score' | 'controversy';

/**
 * The same thread with every list of siblings sorted (stable: ties keep page
 * order). `byId` is shared; rows, navigation and collapse work on it unchanged.
 */
export function sortSiblings(thread: Thread, compare: (a: CommentId, b: CommentId) => number): Thread {
  const children = new Map<CommentId, readonly CommentId[]>();
  for (const [id, kids] of thread.children) children.set(id, kids.length > 1 ? [...kids].sort(compare) : kids);
  return { ...thread, roots: [...thread.roots].sort(compare), children };
}

/** Ancestors of a comment, nearest first. */
export function ancestors(thread: Thread, id: CommentId): CommentId[] {
  const out: CommentId[] = [];
  let cur = thread.byId.get(id)?.parentId ?? null;
  while (cur !== null && thread.byId.has(cur) && !out.includes(cur)) {
    out.push(cur);
    cur = thread.byId.get(cur)!.parentId;
  }
  return out;
}

/** The top-level comment a comment belongs to. */
export function rootOf(thread: Thread, id: CommentId): CommentId {
  return ancestors(thread, id).at(-1) ?? id;
}

/** Ids of the comment's siblings (itself included), in page order. */
export function siblingsOf(thread: Thread, id: CommentId): readonly CommentId[] {
  const parent = thread.byId.get(id)?.parentId ?? null;
  return parent !== null && thread.children.has(parent) && thread.children.get(parent)!.includes(id)
    ? thread.children.get(parent)!
    : thread.roots;
}
