import type { CommentData } from '../../utils/thread/types';

/** A comment with neutral defaults, for hand-made trees. */
export function makeComment(id: number, parentId: number | null, extra: Partial<CommentData> = {}): CommentData {
  return {
    id,
    parentId,
    depth: 0,
    author: { name: `user${id}`, instance: 'lemmy.test', display: `user${id}` },
    badges: { op: false, mod: false, admin: false, bot: false, banned: false },
    votes: { up: { value: 1, approx: false }, down: { value: 0, approx: false }, score: { value: 1, approx: false } },
    published: null,
    edited: false,
    deleted: false,
    removed: false,
    text: `comment ${id}`,
    quotes: [],
    moreReplies: 0,
    collapsedInPage: false,
    ...extra,
  };
}
