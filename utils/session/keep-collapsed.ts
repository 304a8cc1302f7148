import { preorder } from '../thread/build';
import type { CommentData, Thread } from '../thread/types';

/**
 * lemmy-ui removes a collapsed comment's replies from the DOM (docs/lemmy-ui.md, "Collapse").
 * Keep what we read of them while their nearest present ancestor is collapsed
 * in the page; drop them once that ancestor is gone too (new post, new sort).
 */
export function keepUnderPageCollapse(previous: Thread, current: readonly CommentData[]): CommentData[] {
  // Nothing collapsed in the page, nothing to keep: no walk of the previous thread (10,000 comments
  // once the whole thread is loaded, on every rebuild).
  if (previous.byId.size === 0 || !current.some((c) => c.collapsedInPage)) return [...current];
  const present = new Map(current.map((c) => [c.id, c]));
  const kept: CommentData[] = [];
  const keptIds = new Set<number>();
  for (const id of preorder(previous)) {
    const old = previous.byId.get(id)!;
    // Known from the data: it comes back from there, not from what the page once showed.
    if (present.has(id) || old.offPage) continue;
    if (hiddenByCollapse(old, present, keptIds, previous)) {
      kept.push(old);
      keptIds.add(id);
    }
  }
  const shown = current.map((c) => withOwnMoreReplies(c, previous));
  return kept.length ? insertAfterParents(shown, kept) : shown;
}

/**
 * lemmy-ui's collapse takes a comment's "N more replies" button out of the
 * DOM too: what is not loaded must not change with it, so the count read
 * before the collapse stays.
 */
function withOwnMoreReplies(c: CommentData, previous: Thread): CommentData {
  if (!c.collapsedInPage || c.moreReplies) return c;
  const before = previous.byId.get(c.id)?.moreReplies ?? 0;
  return before ? { ...c, moreReplies: before } : c;
}

/** Its parent is kept, or is on the page and collapsed there. */
function hiddenByCollapse(
  c: CommentData,
  present: ReadonlyMap<number, CommentData>,
  keptIds: ReadonlySet<number>,
  previous: Thread,
): boolean {
  const parentId = c.parentId;
  if (parentId === null || !previous.byId.has(parentId)) return false;
  return keptIds.has(parentId) || present.get(parentId)?.collapsedInPage === true;
}

/** Kept comments go back right after their parent's subtree position, keeping page order. */
function insertAfterParents(current: readonly CommentData[], kept: CommentData[]): CommentData[] {
  const byParent = new Map<number, CommentData[]>();
  for (const c of kept) {
    const list = byParent.get(c.parentId!) ?? [];
    list.push(c);
    byParent.set(c.parentId!, list);
  }
  const out: CommentData[] = [];
  const push = (c: CommentData) => {
    out.push(c);
    for (const child of byParent.get(c.id) ?? []) push(child);
  };
  for (const c of current) push(c);
  return out;
}
