import { collapseBelowScore, collapseToDepth } from '../../thread/collapse';
import { collapseWithoutNew } from '../../thread/new-comments';
import type { CommentId, Thread } from '../../thread/types';
import type { CollapseSettings } from '../../settings/schema';

/**
 * What is collapsed when a post opens and nothing was remembered for it: the
 * union of the reader's rules. Like every collapse rule, it hides replies, so
 * only comments that have replies are listed. `fresh` holds the comments new
 * since the last visit (null on a first visit: the "without new" rule waits). Pure.
 */
export function initialCollapsed(thread: Thread, rules: CollapseSettings, fresh: ReadonlySet<CommentId> | null = null): Set<CommentId> {
  const out = new Set<CommentId>();
  if (rules.withoutNew && fresh) for (const id of collapseWithoutNew(thread, fresh)) out.add(id);
  if (rules.defaultDepth !== null) for (const id of collapseToDepth(thread, rules.defaultDepth)) out.add(id);
  if (rules.belowScore !== null) for (const id of collapseBelowScore(thread, rules.belowScore)) out.add(id);
  for (const [id, comment] of thread.byId) {
    if (!thread.children.get(id)?.length) continue;
    if ((rules.bots && comment.badges.bot) || (rules.deleted && (comment.deleted || comment.removed))) out.add(id);
  }
  return out;
}
