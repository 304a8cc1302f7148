import { voteLabelKind } from './ui-words';
import type { Count } from '../thread/types';
import { exactCount } from './shared-values';

/** At most 15 digits: Number() reads those exactly, as the general case does. */
const PLAIN = /^-?\d{1,15}$/;
const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * Reads a count as lemmy-ui prints it: "12", "-3", "1,234", "1.23K" (numToSI,
 * Intl compact notation, en-US in every interface language), also inside a
 * label in any language ("3 weitere Antworten", "3件以上の返信"). Abbreviated
 * values are marked approximate. null when the text holds no number.
 */
export function parseCount(text: string | null | undefined): Count | null {
  if (!text) return null;
  // Most counts are plain digits: skip the match arrays and copies of the general case.
  if (PLAIN.test(text)) return exactCount(Number(text));
  const m = /([-−–]?)\s*(\d[\d,\u202f\u00a0 ]*(?:[.,]\d+)?)\s*([KkMBT])?(?![A-Za-z\d])/u.exec(text);
  if (!m) return null;
  const sign = m[1] ? -1 : 1;
  const digits = m[2]!.replace(/[\s\u202f\u00a0]/g, '');
  const suffix = m[3]?.toUpperCase();
  if (suffix) {
    const value = Number(digits.replace(',', '.')) * SUFFIX[suffix]!;
    return Number.isFinite(value) ? { value: sign * Math.round(value), approx: true } : null;
  }
  const value = Number(digits.replace(/,/g, ''));
  return Number.isFinite(value) ? exactCount(sign * value) : null;
}

/**
 * Exact counts from a vote tooltip: "15 points · 17 Upvotes · 2 Downvotes",
 * "17 Votes pour · 2 Votes contre", "17票の賛成". Each part is a number and
 * its label in the interface's language (./ui-words); a percentage is skipped.
 */
export function parseVoteTooltip(text: string | null | undefined): { up?: number; down?: number; score?: number } {
  const out: { up?: number; down?: number; score?: number } = {};
  if (!text) return out;
  for (const part of text.split(/[·•]/)) {
    if (part.includes('%')) continue;
    const m = /-?\d+/.exec(part);
    if (!m) continue;
    const kind = voteLabelKind(part.slice(0, m.index) + ' ' + part.slice(m.index + m[0].length));
    if (kind) out[kind] = Number(m[0]);
  }
  return out;
}
