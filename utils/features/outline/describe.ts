import { plural, t } from '../../i18n';
import { oneLine, ownWords } from '../../thread/describe';
import type { CommentData, CommentId, Thread } from '../../thread/types';

/** What a comment says, for a list of comments: its own words, or that it was deleted or removed. */
export function commentWords(c: CommentData): string {
  if (c.deleted) return t('comment.deleted');
  if (c.removed) return t('comment.removed');
  return ownWords(c);
}

/**
 * A comment in one sentence, for screen-reader announcements after a jump:
 * who, where in the tree, its score and replies (all below it, as the
 * outline counts them: OutlineModel.descendants), and its first words.
 */
export function describeComment(thread: Thread, id: CommentId, replies: number): string {
  const c = thread.byId.get(id);
  if (!c) return '';
  const score = c.votes.score ?? c.votes.up;
  const parts = [
    c.author.display,
    c.parentId === null ? t('comment.topLevel') : t('comment.level', c.depth + 1),
    score ? plural(score.approx ? 'comment.aboutPoints' : 'comment.points', score.value) : null,
    replies ? plural('comment.replies', replies) : null,
  ].filter(Boolean);
  return t('comment.described', parts.join(', '), oneLine(commentWords(c), 100));
}
