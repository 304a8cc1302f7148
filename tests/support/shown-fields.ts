import type { Thread } from '../../utils/thread/types';

/** What the outline, find, quotes and votes use of each comment of a thread: two reads of a page are the same to them when these are. */
export function shownFields(t: Thread) {
  return [...t.byId.values()].map((c) => ({
    id: c.id,
    parentId: c.parentId,
    depth: c.depth,
    author: [c.author.name, c.author.instance],
    badges: c.badges,
    votes: c.votes,
    flags: [c.deleted, c.removed, c.edited, !!c.offPage, c.collapsedInPage],
    text: c.text,
    quotes: c.quotes,
    moreReplies: c.moreReplies,
  }));
}
