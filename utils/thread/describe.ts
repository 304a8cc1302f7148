import type { CommentId, CommentData, Thread } from './types';

/** What a comment says, for a list of comments: its own words (the text it quotes left out), or why it has none. */
export function ownWords(c: CommentData): string {
  if (c.deleted) return '(deleted)';
  if (c.removed) return '(removed)';
  return c.quotes.reduce((text, q) => text.replace(q, ''), c.text).trim() || c.text;
}

/** Text on one line, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
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
    c.parentId === null ? 'top level' : `level ${c.depth + 1}`,
    score ? `${score.approx ? 'about ' : ''}${score.value} ${Math.abs(score.value) === 1 ? 'point' : 'points'}` : null,
    replies ? `${replies} ${replies === 1 ? 'reply' : 'replies'}` : null,
  ].filter(Boolean);
  return `${parts.join(', ')}: ${oneLine(ownWords(c), 100)}`;
}
