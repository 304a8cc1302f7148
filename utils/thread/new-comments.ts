import { postorder } from './build';
import type { CommentId, Thread } from './types';

/**
 * "New since my last visit", as pure functions. Lemmy numbers comments in the
 * order they reach the instance (one sequence per instance), so a comment is
 * new when its id is above the highest id the reader's last visit read there.
 * Ids, not dates: a federated comment can carry an old date and still arrive
 * after the visit, and the reader never saw it.
 */

/** Comments above the baseline; none on a first visit (baseline null), where everything would be "new". */
export function newComments(thread: Thread, baseline: number | null): Set<CommentId> {
  const out = new Set<CommentId>();
  if (baseline === null) return out;
  for (const id of thread.byId.keys()) if (id > baseline) out.add(id);
  return out;
}

/** The highest comment id in the thread, or null when it has none. */
export function highestId(thread: Thread): CommentId | null {
  let max: CommentId | null = null;
  for (const id of thread.byId.keys()) if (max === null || id > max) max = id;
  return max;
}

/** How many new comments each comment has below it (itself not counted). Iterative: depth 60 is fine. */
export function newBelow(thread: Thread, fresh: ReadonlySet<CommentId>): Map<CommentId, number> {
  const below = new Map<CommentId, number>();
  if (fresh.size === 0) return below;
  postorder(thread, (id, kids) => {
    let n = 0;
    for (const k of kids) n += (fresh.has(k) ? 1 : 0) + (below.get(k) ?? 0);
    if (n) below.set(id, n);
  });
  return below;
}

/**
 * The collapse rule "only what is new": every comment with replies of which
 * none is new gets its replies hidden, so what stays open is each new comment
 * and the path to it. Nothing when nothing is new (the rule has no guide then).
 */
export function collapseWithoutNew(thread: Thread, fresh: ReadonlySet<CommentId>): Set<CommentId> {
  const out = new Set<CommentId>();
  if (fresh.size === 0) return out;
  const below = newBelow(thread, fresh);
  for (const [id, kids] of thread.children) if (kids.length && !below.has(id)) out.add(id);
  return out;
}
