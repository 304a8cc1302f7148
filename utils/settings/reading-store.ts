import { storage } from '#imports';
import { bridged, decode, encode, EMPTY, subtract, union, type Ranges } from '../reading/ranges';

/**
 * What the reader has read of each post: comment id ranges (../reading/ranges)
 * encoded as short text, most recently read first. Bounded: at most
 * MAX_BYTES in all (the least recently read posts go first), none older than
 * the reader's age limit. Only ids and times Threadlens observed are kept,
 * validated on every read.
 */
export interface ReadRecord {
  post: string;
  /** When something on the post was last marked (ms since the epoch). */
  at: number;
  read: string;
}

/** What one tab did since its last write: applied in order to the stored ranges, so two tabs lose nothing. */
export type ReadChange = { add: Ranges } | { remove: Ranges };

/** About 1 MB of local storage in all. */
export const MAX_BYTES = 1_000_000;
/** A post's ranges beyond this many characters lose their highest ids (shown unread again). */
export const MAX_POST_CHARS = 100_000;
const DAY_MS = 86_400_000;

/** Local: this device's reading, far beyond sync's quota. */
export const readItem = storage.defineItem<unknown>('local:readState', { fallback: [], version: 1 });

const isRecord = (e: unknown): e is ReadRecord => {
  const r = e as ReadRecord;
  return !!r && typeof r === 'object' && typeof r.post === 'string' && r.post.length <= 300 && Number.isFinite(r.at) && typeof r.read === 'string' && decode(r.read) !== null;
};

/** The well-formed records, and how many stored ones were not (dropped, for the reader to be told). */
export function parseRead(raw: unknown): { records: ReadRecord[]; dropped: number } {
  if (!Array.isArray(raw)) return { records: [], dropped: raw === undefined || raw === null ? 0 : 1 };
  const records = raw.filter(isRecord);
  return { records, dropped: raw.length - records.length };
}

const sizeOf = (r: ReadRecord) => r.post.length + r.read.length + 40;

/** Cuts an encoded list that grew too long to its first ranges (the lowest ids, read first). */
function capped(ranges: Ranges): string {
  let text = encode(ranges);
  if (text.length <= MAX_POST_CHARS) return text;
  text = text.slice(0, MAX_POST_CHARS);
  const parts = text.split('.');
  return parts.slice(0, (parts.length - 1) & ~1).join('.');
}

/** The records within the age limit and the byte budget, most recent first. Pure. */
export function bounded(records: readonly ReadRecord[], keepDays: number, now: number, budget = MAX_BYTES): ReadRecord[] {
  const out: ReadRecord[] = [];
  let used = 2;
  for (const r of [...records].sort((a, b) => b.at - a.at)) {
    if (now - r.at > keepDays * DAY_MS) continue;
    used += sizeOf(r);
    if (used > budget) break;
    out.push(r);
  }
  return out;
}

/**
 * The records with `changes` applied to `post` in order, marked now; gaps
 * bridged when `known` lists every comment of the post. A post left with
 * nothing read is dropped. Pure.
 */
export function withChanges(
  records: readonly ReadRecord[],
  post: string,
  changes: readonly ReadChange[],
  now: number,
  keepDays: number,
  known: readonly number[] | null = null,
): ReadRecord[] {
  const old = records.find((r) => r.post === post);
  let ranges = (old && decode(old.read)) ?? EMPTY;
  for (const change of changes) ranges = 'add' in change ? union(ranges, change.add) : subtract(ranges, change.remove);
  if (known) ranges = bridged(ranges, known);
  const rest = records.filter((r) => r.post !== post);
  return bounded(ranges.length ? [{ post, at: now, read: capped(ranges) }, ...rest] : rest, keepDays, now);
}

/** The ranges of `post` in parsed records, empty when none. */
export function rangesOf(records: readonly ReadRecord[], post: string): Ranges {
  const found = records.find((r) => r.post === post);
  return (found && decode(found.read)) ?? EMPTY;
}

export interface Loaded {
  ranges: Ranges;
  /** Stored records that could not be read (dropped). */
  dropped: number;
}

/** The post's read ranges; `stored`: the item's value when it was read already (./read-ahead). */
export async function loadRead(post: string, keepDays: number, now = Date.now(), stored?: unknown): Promise<Loaded> {
  const { records, dropped } = parseRead(stored === undefined ? await readItem.getValue() : stored);
  return { ranges: rangesOf(bounded(records, keepDays, now), post), dropped };
}

const sameRanges = (a: Ranges, b: Ranges) => a.length === b.length && a.every((n, i) => n === b[i]);
const pause = () => new Promise((r) => setTimeout(r, 5 + Math.random() * 25));

/**
 * Applies `changes` to what is stored now and gives back the post's ranges.
 * Storage has no transactions: another tab of the post may write between
 * this read and write. So the write is read back after a short, random
 * pause, and made again (changes apply twice harmlessly) while the other
 * tab's write has replaced it.
 */
export async function saveRead(post: string, changes: readonly ReadChange[], keepDays: number, known: readonly number[] | null, now = Date.now()): Promise<Ranges> {
  for (let attempt = 0; ; attempt++) {
    const { records } = parseRead(await readItem.getValue());
    const next = withChanges(records, post, changes, now, keepDays, known);
    const ranges = rangesOf(next, post);
    if (attempt > 0 && sameRanges(rangesOf(records, post), ranges)) return ranges;
    if (attempt === 4) return ranges;
    await readItem.setValue(next);
    await pause();
  }
}

/** Calls `fn` with the post's ranges whenever another context stores them. */
export function watchRead(post: string, fn: (ranges: Ranges) => void): () => void {
  return readItem.watch((raw) => fn(rangesOf(parseRead(raw).records, post)));
}

/** Forgets everything read (the reader turned read tracking off). */
export async function forgetRead(): Promise<void> {
  const raw = await readItem.getValue();
  if (!Array.isArray(raw) || raw.length) await readItem.setValue([]);
}

/** Forgets what was read on one site's posts (../site-records). */
export async function forgetReadOn(mine: (post: string) => boolean): Promise<void> {
  const { records } = parseRead(await readItem.getValue());
  if (records.some((r) => mine(r.post))) await readItem.setValue(records.filter((r) => !mine(r.post)));
}

/** The posts with read records (../site-records: sites recorded before tokens). */
export async function readPosts(): Promise<string[]> {
  return parseRead(await readItem.getValue()).records.map((r) => r.post);
}
