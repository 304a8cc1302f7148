/**
 * Matched words → character spans of the source's original text. A match
 * over several paragraphs gives one span per paragraph, so a highlight never
 * paints the gap between blocks; the first and last span grow over the
 * punctuation the quote itself shows there ("“", final ".").
 */
import { wordEnd, wordPara, wordStart, type IndexedSource } from './index-sources';
import { foldPunct } from './normalize';
import type { QuoteSpan } from './types';

/** Spans for words [first, end) of `source`. */
export function spansOf(source: IndexedSource, first: number, end: number, lead: string, trail: string): QuoteSpan[] {
  const { text } = source;
  if (end <= first) return [];
  const out: QuoteSpan[] = [];
  let from = wordStart(source, first);
  for (let i = first + 1; i < end; i++) {
    if (wordPara(source, i) === wordPara(source, i - 1)) continue;
    // The match goes on past this break, so it covers the paragraph's closing punctuation and the next one's opening.
    const start = wordStart(source, i);
    const cut = breakAfter(text, wordEnd(source, i - 1), start);
    out.push({ start: from, end: trimEnd(text, cut) });
    from = trimStart(text, Math.min(cut + 1, start), start);
  }
  out.push({ start: from, end: wordEnd(source, end - 1) });
  out[0]!.start = growBack(text, out[0]!.start, lead);
  out[out.length - 1]!.end = growOn(text, out[out.length - 1]!.end, trail);
  return out;
}

/** Offset of the first line break in [from, limit), or limit. */
function breakAfter(text: string, from: number, limit: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 || at > limit ? limit : at;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function trimStart(text: string, start: number, limit: number): number {
  while (start < limit && /\s/.test(text[start]!)) start++;
  return start;
}

function growBack(text: string, start: number, lead: string): number {
  let at = start;
  for (let i = lead.length - 1; i >= 0 && at > 0 && foldPunct(lead[i]!) === foldPunct(text[at - 1]!); i--) at--;
  // Never start between the halves of a surrogate pair.
  return at < start && isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}

function growOn(text: string, end: number, trail: string): number {
  let at = end;
  for (let i = 0; i < trail.length && at < text.length && foldPunct(trail[i]!) === foldPunct(text[at]!); i++) at++;
  return at > end && isLowSurrogate(text.charCodeAt(at)) ? at - 1 : at;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
