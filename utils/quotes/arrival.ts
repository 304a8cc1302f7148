/**
 * Which of two comments came first: a quote's source is never newer than the
 * quote. Lemmy ids grow with arrival on the instance, but a comment that
 * federated in late has a higher id than replies written after it, so the
 * published time decides when both times can be read; the id otherwise (and
 * when the times are equal: lemmy-ui shows whole seconds).
 */
import type { CommentData } from '../thread/types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** lemmy-ui's English tooltip: "Saturday, November 4th, 2023 at 2:06:08 PM GMT+00:00". */
const ENGLISH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\D+?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/i;
/**
 * Numeric forms with a 24-hour clock only: ISO 8601 and the Japanese tooltip
 * ("2023年11月4日土曜日 14時06分08秒"). Forms with a morning/afternoon word are
 * left alone rather than read twelve hours off.
 */
const YEAR_FIRST = [
  /(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?/,
  /(\d{4})年(\d{1,2})月(\d{1,2})日\D*?(\d{1,2})時(\d{1,2})分(?:(\d{1,2})秒)?/,
];
/** "GMT+01:00", "UTC-0500", "+02:00" at the end of ISO; "Z" or nothing is UTC. */
const OFFSET = /(?:GMT|UTC|\d)\s*([+-])(\d{1,2}):?(\d{2})?\s*$/i;

function offsetMinutes(text: string): number {
  const m = OFFSET.exec(text);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, text: string): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  return Date.UTC(year, month, day, hour, minute, second) - offsetMinutes(text) * 60_000;
}

function english(text: string): number | null {
  const m = ENGLISH.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) : -1;
  if (!m || month < 0) return null;
  const hour12 = Number(m[4]) % 12;
  const pm = m[7]?.toLowerCase().startsWith('p') ?? false;
  const hour = m[7] ? hour12 + (pm ? 12 : 0) : Number(m[4]);
  return utc(Number(m[3]), month, Number(m[2]), hour, Number(m[5]), Number(m[6] ?? 0), text);
}

function yearFirst(text: string): number | null {
  const m = YEAR_FIRST.map((re) => re.exec(text)).find((found) => found !== null);
  if (!m) return null;
  return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), text);
}

/**
 * Milliseconds since the epoch for a published text, or null when its format
 * is not one of these (other locales name their months in their own words):
 * then the id decides, which is right but for federation delays.
 */
export function publishedTime(text: unknown): number | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  return english(text) ?? yearFirst(text);
}

/** One parse per comment, however many quotes compare against it; the data's exact time first. */
const times = new WeakMap<CommentData, number | null>();
function timeOf(comment: CommentData): number | null {
  if (comment.publishedAt !== undefined) return comment.publishedAt;
  let t = times.get(comment);
  if (t === undefined) times.set(comment, (t = publishedTime(comment.published)));
  return t;
}

/** Whether `a` was written before `b`. */
export function isEarlier(a: CommentData, b: CommentData): boolean {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (ta !== null && tb !== null && ta !== tb) return ta < tb;
  return a.id < b.id;
}
