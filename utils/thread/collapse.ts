import type { CommentId, Thread } from './types';

/**
 * Collapse rules as pure functions: each returns the new set of collapsed
 * comments (a comment is collapsed when its replies are hidden).
 */

function withChildren(thread: Thread): CommentId[] {
  return [...thread.children.keys()].filter((id) => (thread.children.get(id)?.length ?? 0) > 0);
}

export function collapseAll(thread: Thread): Set<CommentId> {
  return new Set(withChildren(thread));
}

export function expandAll(): Set<CommentId> {
  return new Set();
}

/** Show comments down to depth `n` (0 = top level only): replies deeper than that are hidden. */
export function collapseToDepth(thread: Thread, n: number): Set<CommentId> {
  return new Set(withChildren(thread).filter((id) => thread.byId.get(id)!.depth >= n));
}

/** Hide the replies of every comment scoring below `threshold` (unknown scores are left alone). */
export function collapseBelowScore(thread: Thread, threshold: number): Set<CommentId> {
  return new Set(
    withChildren(thread).filter((id) => {
      const v = thread.byId.get(id)!.votes;
      const score = v.score?.value ?? (v.up ? v.up.value - (v.down?.value ?? 0) : null);
      return score !== null && score < threshold;
    }),
  );
}

export function toggle(set: ReadonlySet<CommentId>, id: CommentId, collapsed?: boolean): Set<CommentId> {
  const next = new Set(set);
  const on = collapsed ?? !next.has(id);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * Focus on one comment (a context view's linked comment): each subthread that
 * branches off the path to it is collapsed, at the branch only (what is inside
 * stays as it was, for when the reader opens one). The path stays open down to
 * the comment, and so does all below it. Nothing when the comment is not in the thread.
 */
export function collapseAround(thread: Thread, focus: CommentId): Set<CommentId> {
  if (!thread.byId.has(focus)) return new Set();
  const path: CommentId[] = [];
  for (let at: CommentId | null = focus; at !== null && thread.byId.has(at) && !path.includes(at); at = thread.byId.get(at)!.parentId) path.push(at);
  const onPath = new Set(path);
  const branches = [thread.roots, ...path.slice(1).map((id) => thread.children.get(id) ?? [])];
  const out = new Set<CommentId>();
  for (const ids of branches) for (const id of ids) if (!onPath.has(id) && (thread.children.get(id)?.length ?? 0) > 0) out.add(id);
  return out;
}
