import { preorder } from './build';
import { foldAligned, foldMapped, foldText, originalSpan } from './fold';
import type { CommentData, CommentId, Thread } from './types';

/**
 * Find in thread, as pure functions: every comment, collapsed or not loaded in
 * the page's view (which the browser's own find cannot reach), in the
 * outline's reading order. Text is folded as quotes are (./fold): width and
 * compatibility forms, case, accents where the script has them (Latin, Greek,
 * Cyrillic stress and ё; never kana voicing marks or Hangul) and the kind of
 * whitespace are ignored, so "Cafe  au lait" finds "café au\nlait" and "abc"
 * finds "ＡＢＣ", but ダイヤ does not find タイヤ.
 */

export interface SearchQuery {
  /** The phrase to find in comment text, folded; "" when only an author was asked for. */
  phrase: string;
  /** Part of an author's name, display name or name@instance ("@name" in the query), folded. */
  author: string | null;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface SearchHit {
  id: CommentId;
  /** Where the phrase is in the comment's text (CommentData.text offsets). */
  spans: TextSpan[];
}

/** At most this many spans a comment are kept for highlighting; the comment counts once anyway. */
const MAX_SPANS = 50;

/** The normaliser of find and quotes (./fold), for the query and the comments alike. */
export const fold = foldText;

/**
 * Folded comment texts: a thread update keeps the objects of unchanged comments, so each is folded once.
 * Only the text is kept: the map back to the original is made again for the comments that match.
 */
const foldedText = new WeakMap<CommentData, { text: string; aligned: boolean }>();
function foldedOf(c: CommentData): { text: string; aligned: boolean } {
  let f = foldedText.get(c);
  if (f === undefined) foldedText.set(c, (f = foldAligned(c.text)));
  return f;
}

/** "@alice night bus" → author "alice", phrase "night bus". Null when there is nothing to find. */
export function parseQuery(raw: string): SearchQuery | null {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const author = words.find((w) => w.startsWith('@') && w.length > 1);
  const phrase = fold(words.filter((w) => w !== author).join(' '));
  if (!phrase && !author) return null;
  return { phrase, author: author ? fold(author.slice(1)) : null };
}

function byAuthor(c: CommentData, author: string): boolean {
  const a = c.author;
  return [a.name, a.display, `${a.name}@${a.instance}`].some((s) => fold(s).includes(author));
}

/** Where `phrase` is in the comment, as offsets into its original text. */
function spansOf(c: CommentData, phrase: string): TextSpan[] {
  const { text: folded, aligned } = foldedOf(c);
  let at = folded.indexOf(phrase);
  if (at < 0) return [];
  // Folding can change the length ("ｶﾞ" → "ガ", "ﬁ" → "fi"): then offsets go through the map.
  const mapped = aligned ? null : foldMapped(c.text);
  const spans: TextSpan[] = [];
  for (; at >= 0 && spans.length < MAX_SPANS; at = folded.indexOf(phrase, at + phrase.length)) {
    spans.push(mapped ? originalSpan(mapped, at, at + phrase.length) : { start: at, end: at + phrase.length });
  }
  return spans;
}

/** The comments that match, in reading order (depth first, the thread's sibling order). */
export function searchThread(thread: Thread, query: SearchQuery): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const id of preorder(thread)) {
    const c = thread.byId.get(id)!;
    if (query.author !== null && !byAuthor(c, query.author)) continue;
    const spans = query.phrase ? spansOf(c, query.phrase) : [];
    if (query.phrase && !spans.length) continue;
    hits.push({ id, spans });
  }
  return hits;
}
