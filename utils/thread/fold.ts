/**
 * The one text normaliser of find in thread and quote matching: two texts a
 * reader calls the same fold to the same string.
 *
 * 1. NFKC: width and compatibility forms ("ＡＢＣ" → "abc", "１２３" → "123",
 *    "ｶﾞ" → "ガ", "ﬁ" → "fi", "①" → "1", "…" → "..."), and letters typed as a
 *    base plus combining marks compose ("か\u3099" → "が", conjoining jamo → 한).
 * 2. Lower case (toLowerCase; final sigma ς as σ). No full case folding, so ß
 *    stays ß.
 * 3. Accents, only where readers of the script expect them ignored:
 *    - Latin and Greek: every combining mark goes (é → e, ά → α, ϊ → ι).
 *    - Cyrillic: stress marks (acute, grave) on vowels go (моло́ко → молоко,
 *      ѐ → е), and ё → е, as Russian search does (ё is mostly written е). Every
 *      other mark makes another letter and stays: й is not и, ї not і (Ukrainian),
 *      ў not у (Belarusian), ѓ not г and ќ not к (Macedonian).
 *    - Every other script keeps its marks: kana voicing (バ is not ハ), Hangul
 *      (한 is not 하), Indic viramas and vowel signs, Thai tone marks, Arabic
 *      harakat and Hebrew niqqud.
 * 4. Whitespace of any kind → one space (one for one: runs are not collapsed).
 *
 * Folding is per cluster: a code point and the ones that join it (combining
 * marks, Hangul medial vowels and finals, halfwidth voicing marks), the units
 * NFKC composes. A cluster is never split, so a position in the folded text
 * maps back to the cluster it came from (see foldMapped).
 */

/** Scripts whose marks are accents (step 3 above). */
const LATIN = 1;
const GREEK = 2;
const CYRILLIC = 3;
const OTHER = 0;

const CYRILLIC_VOWELS = new Set([...'аеиоуыэюяіїєѣѵ']);
const JOINER = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;
const IS_LATIN = /\p{Script=Latin}/u;
const IS_GREEK = /\p{Script=Greek}/u;
const IS_CYRILLIC = /\p{Script=Cyrillic}/u;

function scriptOf(ch: string): number {
  if (ch < '\u0080') return /[a-z]/i.test(ch) ? LATIN : OTHER;
  return IS_LATIN.test(ch) ? LATIN : IS_GREEK.test(ch) ? GREEK : IS_CYRILLIC.test(ch) ? CYRILLIC : OTHER;
}

/**
 * Per BMP code unit: 0 not looked at yet, 1 starts a cluster, 2 joins the one
 * before. Read-only outside this file: hot loops test `!== 1` before calling
 * joinsAt, one load per character rather than a call.
 */
export const joinsBmp = new Uint8Array(0x10000);
const joinsAstral = new Map<number, boolean>();

function lookUpJoins(cp: number): boolean {
  return JOINER.test(String.fromCodePoint(cp).normalize('NFKD'));
}

/** True when the code point belongs with the one before it: NFKC may compose them. */
export function joinsPrevious(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp < 0x10000) {
    let j = joinsBmp[cp]!;
    if (j === 0) joinsBmp[cp] = j = lookUpJoins(cp) ? 2 : 1;
    return j === 2;
  }
  let joins = joinsAstral.get(cp);
  if (joins === undefined) {
    if (joinsAstral.size > 20000) joinsAstral.clear();
    joinsAstral.set(cp, (joins = lookUpJoins(cp)));
  }
  return joins;
}

/** True when the character at `i` joins the one before it (false past the end). */
export function joinsAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!(c >= 0x300)) return false; // NaN past the end
  return joinsPrevious(c >= 0xd800 && c < 0xdc00 ? text.codePointAt(i)! : c);
}

/** Offset just past the cluster that starts at `i`. */
export function clusterEnd(text: string, i: number): number {
  let j = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (joinsAt(text, j)) j += text.codePointAt(j)! > 0xffff ? 2 : 1;
  return j;
}

/** Step 3: drops the marks that are accents in their base's script. `text` is lower case. */
function dropAccents(text: string): string {
  const d = text.normalize('NFD');
  let out = '';
  let script = OTHER;
  let base = '';
  for (const ch of d) {
    if (!MARK.test(ch)) {
      script = scriptOf(ch);
      base = ch;
      out += ch;
      continue;
    }
    const accent =
      script === LATIN ||
      script === GREEK ||
      (script === CYRILLIC && (((ch === '\u0301' || ch === '\u0300') && CYRILLIC_VOWELS.has(base)) || (ch === '\u0308' && base === 'е')));
    if (!accent) out += ch;
  }
  return out.normalize('NFC');
}

/** The fold of one cluster (see above). */
export function foldCluster(cluster: string): string {
  let t = cluster.normalize('NFKC').toLowerCase();
  if (MARK.test(t.normalize('NFD'))) t = dropAccents(t);
  if (SPACE.test(t)) t = t.replace(/\s/gu, ' ');
  return t.replace(/ς/g, 'σ');
}

const ASCII_FOLD = Array.from({ length: 128 }, (_, cp) => {
  const ch = String.fromCharCode(cp);
  return SPACE.test(ch) ? ' ' : ch.toLowerCase();
});
const foldCache = new Map<number, string>();

/** The fold of a single code point, cached. */
function foldCodePoint(cp: number, ch: string): string {
  if (cp < 128) return ASCII_FOLD[cp]!;
  let f = foldCache.get(cp);
  if (f === undefined) {
    // Bounded: a page of random unicode must not grow memory without limit.
    if (foldCache.size > 20000) foldCache.clear();
    foldCache.set(cp, (f = foldCluster(ch)));
  }
  return f;
}

/** End of a run from `i` of printable ASCII (space included) not followed by a joining mark: it folds by toLowerCase alone. */
function asciiRunEnd(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); j < text.length && c >= 0x20 && c < 0x7f; c = text.charCodeAt(++j));
  // A mark after the run belongs to its last letter.
  if (j > i && joinsAt(text, j)) j--;
  return j;
}

/**
 * Folded text and, when asked, where each of its UTF-16 units came from:
 * `starts[k]`..`ends[k]` is the cluster of the original that folded unit k is
 * part of.
 */
function foldRun(text: string, map: { starts: number[]; ends: number[] } | null): { text: string; aligned: boolean } {
  let out = '';
  let aligned = true;
  for (let i = 0; i < text.length; ) {
    const run = asciiRunEnd(text, i);
    if (run > i) {
      out += text.slice(i, run).toLowerCase();
      if (map) for (let k = i; k < run; k++) map.starts.push(k), map.ends.push(k + 1);
      i = run;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const end = joinsAt(text, i + size) ? clusterEnd(text, i) : i + size;
    const f = end === i + size ? foldCodePoint(cp, text.slice(i, end)) : foldCluster(text.slice(i, end));
    out += f;
    if (f.length !== size || end !== i + size) aligned = false;
    if (map) for (let k = 0; k < f.length; k++) map.starts.push(i), map.ends.push(end);
    i = end;
  }
  return { text: out, aligned };
}

/** The fold of a text (see above). */
export function foldText(text: string): string {
  return foldRun(text, null).text;
}

/**
 * The fold of a text, and whether it is aligned: every unit of the fold is
 * the fold of the unit of the original at the same offset, and clusters are
 * single code points, so offsets need no map.
 */
export function foldAligned(text: string): { text: string; aligned: boolean } {
  return foldRun(text, null);
}

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`, the start of the original cluster it came from. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, the end of the original cluster it came from. */
  ends: Int32Array;
}

/** The fold of a text with the way back to the original: for highlighting what was found. */
export function foldMapped(text: string): FoldedText {
  const map = { starts: [] as number[], ends: [] as number[] };
  const folded = foldRun(text, map).text;
  return { text: folded, starts: Int32Array.from(map.starts), ends: Int32Array.from(map.ends) };
}

/**
 * The original span of folded[start, end): whole clusters, so half of "ﬁ"
 * (folded "fi") lights the whole ligature. `end` > `start`.
 */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.starts[start]!, end: folded.ends[end - 1]! };
}
