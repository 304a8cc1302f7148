/**
 * Text → words, tolerant of what differs between a quote and its source:
 * width and compatibility forms, case and accents (the normaliser find in
 * thread uses too: utils/thread/fold), whitespace and line breaks, punctuation
 * (so curly vs straight quotes and markdown markers such as `**` or `_`
 * vanish), apostrophes inside words, zero-width and bidi control characters.
 * Each word keeps the original offsets it came from, so a match can be mapped
 * back onto the source text. A letter and the marks that join it (a cluster:
 * "e\u0301", "ｶﾞ", conjoining jamo) are never split.
 */
import { clusterEnd, foldCluster, joinsAt, joinsBmp, joinsPrevious } from '../thread/fold';

/** One normalised word and where it sits in the original text. */
export interface Token {
  text: string;
  /** Offset of its first character in the original text. */
  start: number;
  /** Offset just past its last character (end exclusive). */
  end: number;
  /** Paragraph number: how many line breaks precede it. */
  para: number;
}

// Character kinds. Plain numbers rather than an enum: nothing to compile away.
const WORD = 0; // part of a word
const SOLO = 1; // a word by itself (scripts written without spaces)
const APOS = 2; // apostrophe: dropped inside a word ("don’t" = "dont"), else a separator
const DROP = 3; // invisible (zero-width, bidi marks, a mark with no letter to join): ignored, never splits a word
const BREAK = 4; // line break: separator that starts a new paragraph
const SEP = 5; // anything else: spaces, punctuation, symbols, emoji

interface CharInfo {
  kind: number;
  /** Normalised form, for WORD and SOLO. */
  fold: string;
}

const APOSTROPHES = new Set([..."'`\u2018\u2019\u201a\u201b\u2032\u2035\u02b9\u02bb\u02bc\u02bd\u00b4\uff07"]);
const BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]);
const INVISIBLE = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const SOLO_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORDISH = /^[\p{L}\p{N}\p{Mc}]$/u;
/** What folding may leave that is not part of a word ("½" → "1⁄2", "℅" → "c/o"). Marks stay: those left are letters' own. */
const NOT_WORDISH = /[^\p{L}\p{N}\p{M}]/gu;

const ASCII: CharInfo[] = Array.from({ length: 128 }, (_, cp) => asciiInfo(cp));
const cache = new Map<number, CharInfo>();

function asciiInfo(cp: number): CharInfo {
  const ch = String.fromCharCode(cp);
  if (/[a-z0-9]/.test(ch)) return { kind: WORD, fold: ch };
  if (/[A-Z]/.test(ch)) return { kind: WORD, fold: ch.toLowerCase() };
  if (APOSTROPHES.has(ch)) return { kind: APOS, fold: '' };
  if (BREAKS.has(cp)) return { kind: BREAK, fold: '' };
  return { kind: SEP, fold: '' };
}

/** The shared fold (é → e, ﬁ → fi, fullwidth → ASCII, ｶﾞ → ガ; never で → て), without what is not a word. */
function foldWord(cluster: string): string {
  return foldCluster(cluster).replace(NOT_WORDISH, '');
}

function unicodeInfo(cp: number): CharInfo {
  const ch = String.fromCodePoint(cp);
  if (BREAKS.has(cp)) return { kind: BREAK, fold: '' };
  if (APOSTROPHES.has(ch)) return { kind: APOS, fold: '' };
  // A mark alone (at the start, or after something it cannot join) is dropped.
  if (INVISIBLE.test(ch) || joinsPrevious(cp)) return { kind: DROP, fold: '' };
  if (!WORDISH.test(ch)) return { kind: SEP, fold: '' };
  return wordInfo(ch, ch);
}

/** A letter or digit (`base`, the first of `cluster`), folded with the marks that join it. */
function wordInfo(base: string, cluster: string): CharInfo {
  const fold = foldWord(cluster);
  if (!fold) return { kind: SEP, fold: '' };
  return { kind: SOLO_SCRIPT.test(base) ? SOLO : WORD, fold };
}

/** A letter and the marks after it: the base's kind, the fold of the whole (a mark on anything else is part of it). */
function clusterInfo(base: CharInfo, baseChar: string, cluster: string): CharInfo {
  return base.kind === WORD || base.kind === SOLO ? wordInfo(baseChar, cluster) : base;
}

function infoOf(cp: number): CharInfo {
  if (cp < 128) return ASCII[cp]!;
  let info = cache.get(cp);
  if (!info) {
    // Bounded: a page of random unicode must not grow memory without limit.
    if (cache.size > 20000) cache.clear();
    cache.set(cp, (info = unicodeInfo(cp)));
  }
  return info;
}

function kindAt(text: string, i: number): number {
  return i < text.length ? infoOf(text.codePointAt(i)!).kind : SEP;
}

export type WordSink = (word: string, start: number, end: number, para: number) => void;
/** A plain ASCII word by where it is: `text.slice(start, end).toLowerCase()`. */
export type SpanSink = (start: number, end: number, para: number) => void;

/**
 * Calls `emit` for each normalised word of `text`, in order. Never throws.
 * Plain ASCII words (nearly all of them) are sliced from the text in one go
 * rather than built character by character: indexing a thread is mostly this.
 * With `plainSpan`, those words are not sliced at all: it gets where they are
 * (the word is `text.slice(start, end).toLowerCase()`, letters and digits only).
 */
export function scanWords(text: string, emit: WordSink, plainSpan?: SpanSink): void {
  let inWord = false;
  let plain = true; // the word so far is text.slice(start, end).toLowerCase()
  let built = '';
  let start = 0;
  let end = 0;
  let para = 0;
  // No closures for the steps below: one per call was a context and two functions per comment indexed.
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    let size = cp > 0xffff ? 2 : 1;
    let info = infoOf(cp);
    const next = text.charCodeAt(i + size);
    if (next >= 0x300 && joinsBmp[next] !== 1 && info.kind !== DROP && info.kind !== BREAK && joinsAt(text, i + size)) {
      // Marks that join this character: fold them with it ("か\u3099" is が, "e\u0301" is e).
      const end = clusterEnd(text, i);
      info = clusterInfo(info, text.slice(i, i + size), text.slice(i, end));
      size = end - i;
    }
    if (info.kind === WORD) {
      if (!inWord) (inWord = true), (plain = true), (start = i);
      else if (end !== i && plain) (built = text.slice(start, end).toLowerCase()), (plain = false); // something was skipped inside the word
      if ((size > 1 || cp >= 128) && plain) (built = text.slice(start, i).toLowerCase()), (plain = false);
      if (!plain) built += info.fold;
      // Fast path: the rest of a plain ASCII word needs no lookups.
      end = plain ? asciiWordEnd(text, i + size) : i + size;
      i = end;
      continue;
    } else if (info.kind === SOLO) {
      if (inWord) emitWord(text, plain, built, start, end, para, emit, plainSpan), (inWord = false);
      emit(info.fold, i, i + size, para);
    } else if (info.kind === DROP) {
      if (inWord && plain) (built = text.slice(start, end).toLowerCase()), (plain = false); // an accent or zero-width char belongs to the word it is in
      if (inWord) end = i + size;
    } else if (info.kind === APOS) {
      if (inWord && kindAt(text, i + size) !== WORD) emitWord(text, plain, built, start, end, para, emit, plainSpan), (inWord = false);
    } else {
      if (inWord) emitWord(text, plain, built, start, end, para, emit, plainSpan), (inWord = false);
      if (info.kind === BREAK) para++;
    }
    i += size;
  }
  if (inWord) emitWord(text, plain, built, start, end, para, emit, plainSpan);
}

/** A word scanWords found: `built` when it is not plain, else where it is (to `plainSpan`) or sliced. */
function emitWord(text: string, plain: boolean, built: string, start: number, end: number, para: number, emit: WordSink, plainSpan?: SpanSink): void {
  if (!plain) emit(built, start, end, para);
  else if (plainSpan) plainSpan(start, end, para);
  else emit(text.slice(start, end).toLowerCase(), start, end, para);
}

const ASCII_ALNUM = Uint8Array.from({ length: 128 }, (_, cp) => (/[a-zA-Z0-9]/.test(String.fromCharCode(cp)) ? 1 : 0));

function asciiWordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && ASCII_ALNUM[text.charCodeAt(i)] === 1) i++;
  // A mark after the run joins its last letter, which is then read with it.
  if (i > from && text.charCodeAt(i) >= 0x300 && joinsAt(text, i)) i--;
  return i;
}

/** True for a word of a script written without spaces (Han, kana, Thai…): one character, as tokenize cuts them. */
export function isSpaceless(word: string): boolean {
  return SOLO_SCRIPT.test(word);
}

/** The words of `text`, normalised, with their original offsets. Never throws. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (word, start, end, para) => out.push({ text: word, start, end, para }));
  return out;
}

/** The normalised form of a text: its words joined by single spaces. */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((t) => t.text)
    .join(' ');
}

const PUNCT_FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '-', '\u2012': '-', '\u2212': '-',
};

/** One punctuation character in a comparable form (curly quotes → straight, dashes → hyphen). */
export function foldPunct(ch: string): string {
  return PUNCT_FOLD[ch] ?? ch;
}
