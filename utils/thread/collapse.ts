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
