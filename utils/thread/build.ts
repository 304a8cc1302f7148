import type { CommentData, CommentId, PostData, Thread } from './types';

/**
 * Comments in page order → a Thread. Pure. The first occurrence of an id wins;
 * a comment whose parent is not on the page (blocked user, context view,
 * unloaded) becomes a root; depth is recomputed from parents, iteratively,
 * so a parent cycle in bad input cannot loop.
 */
export function buildThread(post: PostData | null, comments: readonly CommentData[]): Thread {
  const byId = new Map<CommentId, CommentData>();
  for (const c of comments) if (!byId.has(c.id)) byId.set(c.id, c);

  const roots: CommentId[] = [];
  const children = new Map<CommentId, CommentId[]>();
  // Parents first (page order, the data's oldest first): a parent's depth is final when its replies
  // come, so depths are set in this same pass; otherwise by a walk from the roots once linked.
  const ordered = parentsFirst(byId);
  const cyclic = ordered ? NONE : inCycles(byId);
  for (const c of byId.values()) {
    const parentId = c.parentId;
    const parent = parentId === null || parentId === c.id || cyclic.has(c.id) ? undefined : byId.get(parentId);
    if (parent) {
      let list = children.get(parentId!);
      if (!list) children.set(parentId!, (list = []));
      list.push(c.id);
    } else {
      roots.push(c.id);
    }
    const depth = parent ? parent.depth + 1 : 0;
    if (ordered && c.depth !== depth) byId.set(c.id, { ...c, depth });
  }
  if (!ordered) assignDepths(byId, roots, children);
  trees.add(children);
  return { post, byId, roots, children };
}

/** The children lists buildThread made: each comment in one list or among the roots, no loops. */
const trees = new WeakSet<Thread['children']>();

/**
 * Whether the thread's lists are buildThread's (a thread settled or re-published keeps them, and
 * the same comments): every comment is reached once from the roots. A hand-made thread may not be.
 */
export function isBuiltTree(thread: Thread): boolean {
  return trees.has(thread.children);
}

const NONE: ReadonlySet<CommentId> = new Set();

/** Whether every parent comes before its replies (page order, the data's oldest first): then no chain of parents can loop. */
function parentsFirst(byId: ReadonlyMap<CommentId, CommentData>): boolean {
  const seen = new Set<CommentId>();
  for (const c of byId.values()) {
    if (c.parentId !== null && byId.has(c.parentId) && !seen.has(c.parentId)) return false;
    seen.add(c.id);
  }
  return true;
}

/**
 * Comments whose chain of parents loops (bad input): those on a cycle and
 * those below one. Each chain is walked once and its result remembered, so
 * 10,000 comments cost one set, not one per comment.
 */
function inCycles(byId: ReadonlyMap<CommentId, CommentData>): Set<CommentId> {
  const cyclic = new Set<CommentId>();
  const settled = new Set<CommentId>();
  const path: CommentId[] = [];
  const onPath = new Set<CommentId>();
  for (const start of byId.keys()) {
    let cur: CommentId | null = start;
    let loops = false;
    while (cur !== null && byId.has(cur) && !settled.has(cur)) {
      if (onPath.has(cur)) {
        loops = true;
        break;
      }
      path.push(cur);
      onPath.add(cur);
      cur = byId.get(cur)!.parentId;
    }
    // A chain that reaches a comment known to loop loops too.
    loops ||= cur !== null && cyclic.has(cur);
    for (const id of path) {
      settled.add(id);
      if (loops) cyclic.add(id);
    }
    path.length = 0;
    onPath.clear();
  }
  return cyclic;
}

function assignDepths(
  byId: Map<CommentId, CommentData>,
  roots: readonly CommentId[],
  children: ReadonlyMap<CommentId, readonly CommentId[]>,
): void {
  // Two flat stacks, not a pair per comment: on 10,000 comments the pairs were most of the walk.
  const ids = [...roots];
  const depths: number[] = roots.map(() => 0);
  while (ids.length) {
    const id = ids.pop()!;
    const depth = depths.pop()!;
    const c = byId.get(id)!;
    if (c.depth !== depth) byId.set(id, { ...c, depth });
    const kids = children.get(id);
    if (!kids) continue;
    for (const child of kids) {
      ids.push(child);
      depths.push(depth + 1);
    }
  }
}

/** Ids in reading order (depth first, page order). Iterative. */
export function preorder(thread: Thread): readonly CommentId[] {
  // Remembered by the tree's own lists: a thread settled or re-published keeps them, and the
  // session, the outline and the votes each walk it once per change.
  const known = orders.get(thread.children);
  if (known?.roots === thread.roots) return known.order;
  const order = walk(thread);
  orders.set(thread.children, { roots: thread.roots, order });
  return order;
}

const orders = new WeakMap<Thread['children'], { roots: Thread['roots']; order: readonly CommentId[] }>();

function walk(thread: Thread): CommentId[] {
  const out: CommentId[] = [];
  const stack = [...thread.roots].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    const kids = thread.children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

const NO_CHILDREN: readonly CommentId[] = Object.freeze([]);

/**
 * Visits every comment after all its descendants (children first): the reading
 * order backwards, so later subthreads and later siblings come first.
 * Iterative, so depth 60 is fine, and one array for 10,000 comments.
 */
export function postorder(thread: Thread, visit: (id: CommentId, children: readonly CommentId[]) => void): void {
  const order = preorder(thread);
  for (let i = order.length - 1; i >= 0; i--) visit(order[i]!, thread.children.get(order[i]!) ?? NO_CHILDREN);
}
