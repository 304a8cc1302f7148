import type { CommentData } from '../../utils/thread/types';

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
