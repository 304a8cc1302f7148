import type { CommentData } from './types';

/** A comment's own words: its text with the text it quotes left out (views say "deleted" or "removed" in words: utils/features/outline/describe). */
export function ownWords(c: CommentData): string {
  return c.quotes.reduce((text, q) => text.replace(q, ''), c.text).trim() || c.text;
}

/** Text on one line, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
