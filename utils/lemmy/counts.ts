import type { Count } from '../thread/types';

/** At most 15 digits: Number() reads those exactly, as the general case does. */
const PLAIN = /^-?\d{1,15}$/;
const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * Reads a count as lemmy-ui prints it: "12", "-3", "1,234", "1.23K" (numToSI,
 * Intl compact notation). Abbreviated values are marked approximate. null when
 * the text holds no number.
 */
export function parseCount(text: string | null | undefined): Count | null {
  if (!text) return null;
  // Most counts are plain digits: skip the match arrays and copies of the general case.
  if (PLAIN.test(text)) return { value: Number(text), approx: false };
  const m = /([-−–]?)\s*(\d[\d,\u202f\u00a0 ]*(?:[.,]\d+)?)\s*([KkMBT])?(?![\p{L}\d])/u.exec(text);
  if (!m) return null;
  const sign = m[1] ? -1 : 1;
  const digits = m[2]!.replace(/[\s\u202f\u00a0]/g, '');
  const suffix = m[3]?.toUpperCase();
  if (suffix) {
    const value = Number(digits.replace(',', '.')) * SUFFIX[suffix]!;
    return Number.isFinite(value) ? { value: sign * Math.round(value), approx: true } : null;
  }
  const value = Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) ? { value: sign * value, approx: false } : null;
}

/** Exact counts from a tooltip such as "15 points · 17 Upvotes · 2 Downvotes" (English labels). */
export function parseVoteTooltip(text: string | null | undefined): { up?: number; down?: number; score?: number } {
  const out: { up?: number; down?: number; score?: number } = {};
  if (!text) return out;
  for (const part of text.split(/[·•]/)) {
    const m = /(-?\d+)\s+(points?|upvotes?|downvotes?)/i.exec(part.trim());
    if (!m) continue;
    const n = Number(m[1]);
    const word = m[2]!.toLowerCase();
    if (word.startsWith('point')) out.score = n;
    else if (word.startsWith('up')) out.up = n;
    else out.down = n;
  }
  return out;
}
