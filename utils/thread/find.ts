import { preorder } from './build';
import type { CommentData, CommentId, Thread } from './types';

/**
 * Find in thread, as pure functions: every comment, collapsed or not loaded in
 * the page's view (which the browser's own find cannot reach), in the
 * outline's reading order. Case and accents are ignored, and so is the kind of
 * whitespace, so "Cafe  au lait" finds "café au\nlait".
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

/**
 * Lower case without accents, whitespace as a plain space, one UTF-16 unit
 * for one: offsets in the folded text are offsets in the original, so a hit
 * maps straight back to the page.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      // ASCII, most of any thread: no normalize() call per letter.
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code <= 32 && code !== 0 ? (/\s/.test(ch) ? ' ' : ch) : ch;
    } else if (ch.length !== 1) {
      out += ch; // astral (emoji): as is, two units for two
    } else if (/\s/.test(ch)) {
      out += ' ';
    } else {
      const base = ch.normalize('NFD')[0]!.toLowerCase();
      out += base.length === 1 ? base : ch;
    }
  }
  return out;
}

/** Folded comment texts: a thread update keeps the objects of unchanged comments, so each is folded once. */
const foldedText = new WeakMap<CommentData, string>();
function foldedOf(c: CommentData): string {
  let f = foldedText.get(c);
  if (f === undefined) foldedText.set(c, (f = fold(c.text)));
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

function spansOf(folded: string, phrase: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let at = folded.indexOf(phrase); at >= 0 && spans.length < MAX_SPANS; at = folded.indexOf(phrase, at + phrase.length)) {
    spans.push({ start: at, end: at + phrase.length });
  }
  return spans;
}

/** The comments that match, in reading order (depth first, the thread's sibling order). */
export function searchThread(thread: Thread, query: SearchQuery): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const id of preorder(thread)) {
    const c = thread.byId.get(id)!;
    if (query.author !== null && !byAuthor(c, query.author)) continue;
    const spans = query.phrase ? spansOf(foldedOf(c), query.phrase) : [];
    if (query.phrase && !spans.length) continue;
    hits.push({ id, spans });
  }
  return hits;
}
