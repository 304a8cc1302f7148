/**
 * Where a comment's quote is looked for before "anywhere": its parent, its
 * other ancestors nearest first, then the post. Positions are into the
 * index's `sources`.
 */
import type { CommentData, CommentId, Thread } from '../thread/types';
import type { SourceIndex } from './index-sources';
import type { QuoteOptions } from './types';

export interface Ancestors {
  /** Ancestors that are sources, nearest first. */
  list: number[];
  /** The first of `list` is the direct parent (it may be missing from the page). */
  direct: boolean;
}

/** Ancestors that are sources, nearest first; whether the first is the direct parent. Cycle-safe. */
export function ancestorsOf(thread: Thread, index: SourceIndex, comment: CommentData): Ancestors {
  const list: number[] = [];
  const seen = new Set<CommentId>([comment.id]);
  for (let id = comment.parentId; id !== null && !seen.has(id); id = thread.byId.get(id)?.parentId ?? null) {
    seen.add(id);
    const at = index.byComment.get(id);
    if (at !== undefined) list.push(at);
    if (!thread.byId.has(id)) break;
  }
  const direct = comment.parentId !== null && list.length > 0 && index.byComment.get(comment.parentId) === list[0];
  return { list, direct };
}

/** The ordered tiers (parent, other ancestors, post) that the options allow, each a list of source positions. */
export function tiersOf(index: SourceIndex, ancestors: Ancestors, options: QuoteOptions): number[][] {
  const { list, direct } = ancestors;
  const tiers: number[][] = [];
  if (options.sources.parent && direct) tiers.push(list.slice(0, 1));
  if (options.sources.ancestors) tiers.push(direct ? list.slice(1) : list);
  if (options.sources.post && index.post >= 0) tiers.push([index.post]);
  return tiers;
}
