import { storage } from '#imports';

/**
 * The reader's last visit to each post: the highest comment id read there.
 * Comments above it are "new" on the next visit (utils/thread/new-comments).
 * Most recent first, bounded so storage never grows without end.
 */
export interface Visit {
  post: string;
  /** Highest comment id read on the post; null when it had no comments then. */
  maxId: number | null;
  /** When the visit was recorded (ms since the epoch). */
  at: number;
}

/** About 60 bytes an entry: 1,000 posts is 60 KB of local storage. */
export const MAX_VISITS = 1000;
export const KEEP_DAYS = 90;
const DAY_MS = 86_400_000;

/** Local: it is this device's reading, and grows beyond sync's quota. */
export const visitsItem = storage.defineItem<Visit[]>('local:visits', { fallback: [], version: 1 });

const isVisit = (e: unknown): e is Visit => {
  const v = e as Visit;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.post === 'string' &&
    (v.maxId === null || Number.isSafeInteger(v.maxId)) &&
    typeof v.at === 'number' &&
    Number.isFinite(v.at)
  );
};

/** Keeps only well-formed entries: storage may hold anything an older version or a user wrote. */
export function parseVisits(raw: unknown): Visit[] {
  return Array.isArray(raw) ? raw.filter(isVisit) : [];
}

/**
 * The list with `post` visited now, having read up to `maxId`: the entry moves
 * to the front, its id never goes down (a reload that reads fewer comments, or
 * another sort, does not make old comments new again). Pure.
 */
export function withVisit(entries: readonly Visit[], post: string, maxId: number | null, now: number): Visit[] {
  const old = entries.find((e) => e.post === post);
  const top = old?.maxId ?? null;
  const kept = maxId === null ? top : top === null ? maxId : Math.max(top, maxId);
  const rest = entries.filter((e) => e.post !== post && now - e.at <= KEEP_DAYS * DAY_MS);
  return [{ post, maxId: kept, at: now }, ...rest].slice(0, MAX_VISITS);
}

/** The last visit to `post`, or null on a first visit (or one older than the retention); `stored`: the item's value when it was read already (./read-ahead). */
export async function loadVisit(post: string, now = Date.now(), stored?: unknown): Promise<Visit | null> {
  const found = parseVisits(stored === undefined ? await visitsItem.getValue() : stored).find((e) => e.post === post);
  return found && now - found.at <= KEEP_DAYS * DAY_MS ? found : null;
}

export async function saveVisit(post: string, maxId: number | null, now = Date.now()): Promise<void> {
  await visitsItem.setValue(withVisit(parseVisits(await visitsItem.getValue()), post, maxId, now));
}

/** Forgets every visit (the reader turned the feature off). */
export async function forgetVisits(): Promise<void> {
  if (parseVisits(await visitsItem.getValue()).length) await visitsItem.setValue([]);
}
