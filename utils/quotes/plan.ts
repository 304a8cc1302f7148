/**
 * One quote → the ways to look for it. Usually one plan: the whole quote.
 * When it contains an ellipsis there is a second: the pieces between the
 * ellipses, to be found in order in one source. (The whole quote is kept too,
 * because the source may contain the very same "…".)
 */
import { wordIds } from './index-sources';
import { isSpaceless, tokenize } from './normalize';
import { edgePunctuation, hasEllipsis, splitEllipsis, stripMarkdown } from './quote-text';
import { failureTable } from './word-search';
import type { QuoteOptions } from './types';

/** Fuzzy matching is never tried below this many words: too easy to match by chance. */
export const FUZZY_MIN_WORDS = 5;
/** Share of a quote's words that may differ (typo, one word changed) in a fuzzy match. */
const FUZZY_SHARE = 0.15;
/** Longer pieces are matched fuzzily in chunks, keeping the dynamic programme small. */
export const CHUNK_WORDS = 32;
/** Below this, a piece between ellipses is ignored ("… and …"). */
const MIN_FRAGMENT_WORDS = 2;
/** Quotes shorter than this may not be linked when they occur in several unrelated comments. */
export const UNAMBIGUOUS_WORDS = 6;

export interface Pattern {
  words: Int32Array;
  fail: Int32Array;
  /** Word edits a fuzzy match may use; 0 when fuzzy matching is not allowed. */
  budget: number;
}

export interface Fragment extends Pattern {
  /** The fragment cut into consecutive chunks for fuzzy matching (just itself when short). */
  chunks: Pattern[];
  /** Punctuation around the fragment in the quote, for growing the span over the same characters. */
  lead: string;
  trail: string;
}

export interface Plan {
  /** The quote as one piece (not split at its ellipses): only then can a match be called verbatim. */
  whole: boolean;
  fragments: Fragment[];
  /** Words in all fragments. */
  words: number;
  /** Sum of fragment budgets. */
  budget: number;
  /** Distinct word ids the thread knows, for finding candidate sources. */
  known: number[];
  /** Distinct words the thread has nowhere: each one costs an edit. */
  unknown: number;
}

function budgetFor(words: number): number {
  return words >= FUZZY_MIN_WORDS ? Math.max(1, Math.floor(words * FUZZY_SHARE)) : 0;
}

function pattern(words: Int32Array): Pattern {
  return { words, fail: failureTable(words), budget: budgetFor(words.length) };
}

/** Chunks of CHUNK_WORDS, the remainder merged into the last so no chunk is tiny. */
function chunk(words: Int32Array): Pattern[] {
  if (words.length < CHUNK_WORDS * 2) return [pattern(words)];
  const out: Pattern[] = [];
  for (let at = 0; at < words.length; at += CHUNK_WORDS) {
    const last = words.length - at < CHUNK_WORDS * 2;
    out.push(pattern(words.subarray(at, last ? words.length : at + CHUNK_WORDS)));
    if (last) break;
  }
  return out;
}

interface Piece {
  text: string;
  tokens: ReturnType<typeof tokenize>;
}

function fragment(piece: Piece, vocab: ReadonlyMap<string, number>): Fragment {
  const words = wordIds(piece.tokens, vocab);
  const { lead, trail } = edgePunctuation(piece.text, piece.tokens[0]!.start, piece.tokens[piece.tokens.length - 1]!.end);
  return { ...pattern(words), chunks: chunk(words), lead, trail };
}

function planOf(pieces: Piece[], whole: boolean, vocab: ReadonlyMap<string, number>): Plan {
  const fragments = pieces.map((p) => fragment(p, vocab));
  const known = new Set<number>();
  const unknown = new Set<string>();
  for (const p of pieces) {
    for (const t of p.tokens) {
      const id = vocab.get(t.text);
      if (id === undefined) unknown.add(t.text);
      else known.add(id);
    }
  }
  return {
    whole,
    fragments,
    words: fragments.reduce((n, f) => n + f.words.length, 0),
    budget: fragments.reduce((n, f) => n + f.budget, 0),
    known: [...known],
    unknown: unknown.size,
  };
}

/** Normalised length: words joined by single spaces. */
function normalLength(pieces: Piece[]): number {
  let words = 0;
  let chars = 0;
  for (const p of pieces) for (const t of p.tokens) (words += 1), (chars += t.text.length);
  return chars + Math.max(0, words - 1);
}

/**
 * Characters of a script written without spaces (Chinese, Japanese, Thai…)
 * that count as one word toward minWords, where each is a word of its own to
 * the matcher: Chinese words are mostly of two characters, Japanese ones two or
 * three. minChars counts each such character as two already (itself and the
 * space that joins it to the next in the normal form), so at the default
 * settings (3 words, 12 characters) the shortest is 7 characters either way.
 */
export const SPACELESS_CHARS_PER_WORD = 2;

/** Length of a quote in words: words of scripts with spaces, plus characters of spaceless scripts by SPACELESS_CHARS_PER_WORD. */
export function quoteWords(tokens: readonly { text: string }[]): number {
  let words = 0;
  let spaceless = 0;
  for (const t of tokens) {
    if (isSpaceless(t.text)) spaceless++;
    else words++;
  }
  return words + spaceless / SPACELESS_CHARS_PER_WORD;
}

function longEnough(pieces: Piece[], options: QuoteOptions): boolean {
  const words = quoteWords(pieces.flatMap((p) => p.tokens));
  return words > 0 && words >= options.minWords && normalLength(pieces) >= options.minChars;
}

function piecesBetweenEllipses(text: string): Piece[] {
  const pieces = splitEllipsis(text)
    .map((t) => ({ text: t, tokens: tokenize(t) }))
    .filter((p) => p.tokens.length > 0);
  if (pieces.length <= 1) return pieces;
  return pieces.filter((p) => p.tokens.length >= MIN_FRAGMENT_WORDS);
}

/** The plans worth trying for a quote; none when it is too short to link. */
export function planQuote(quote: unknown, vocab: ReadonlyMap<string, number>, options: QuoteOptions): Plan[] {
  if (typeof quote !== 'string') return [];
  const text = stripMarkdown(quote);
  const whole: Piece = { text, tokens: tokenize(text) };
  const candidates: Piece[][] = [[whole]];
  if (hasEllipsis(text)) {
    const pieces = piecesBetweenEllipses(text);
    // "… a trailing ellipsis" alone splits nothing off: the whole quote already covers it.
    if (pieces.length > 1 || pieces[0]?.tokens.length !== whole.tokens.length) candidates.push(pieces);
  }
  return candidates.flatMap((pieces, i) => (longEnough(pieces, options) ? [planOf(pieces, i === 0, vocab)] : []));
}
