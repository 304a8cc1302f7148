import { storage } from '#imports';
import { DEFAULT_SETTINGS, type CollapseSettings } from './schema';

/** Collapsed subthreads per post, most recent first, bounded so storage never grows without end. */
export interface CollapsedEntry {
  post: string;
  ids: number[];
  at: number;
}

export type Retention = Pick<CollapseSettings, 'keepPosts' | 'keepDays'>;

export const MAX_IDS_PER_POST = 2000;
const DAY_MS = 86_400_000;

/** Local: it grows to hundreds of entries, beyond sync's quota, and belongs to this device's reading. */
export const collapsedByPost = storage.defineItem<CollapsedEntry[]>('local:collapsedByPost', {
  fallback: [],
  version: 1,
});

/** Keeps only well-formed entries: storage may hold anything an older version or a user wrote. */
export function parseCollapsed(raw: unknown): CollapsedEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (e): e is CollapsedEntry =>
      !!e &&
      typeof e === 'object' &&
      typeof (e as CollapsedEntry).post === 'string' &&
      typeof (e as CollapsedEntry).at === 'number' &&
      Array.isArray((e as CollapsedEntry).ids) &&
      (e as CollapsedEntry).ids.every((id) => Number.isInteger(id)),
  );
}

/** Entries within the retention: no older than keepDays, at most keepPosts of them. Pure. */
export function retained(entries: CollapsedEntry[], keep: Retention, now: number): CollapsedEntry[] {
  return entries.filter((e) => now - e.at <= keep.keepDays * DAY_MS).slice(0, keep.keepPosts);
}

/** The entry list with `post` set to `ids` (removed when empty), newest first, within the retention. Pure. */
export function withCollapsed(
  entries: CollapsedEntry[],
  post: string,
  ids: Iterable<number>,
  now: number,
  keep: Retention = DEFAULT_SETTINGS.collapse,
): CollapsedEntry[] {
  const list = [...ids].slice(0, MAX_IDS_PER_POST);
  const rest = entries.filter((e) => e.post !== post);
  return retained(list.length ? [{ post, ids: list, at: now }, ...rest] : rest, keep, now);
}

/** The post's remembered collapsed subthreads, within the retention; none when remembering is off. `stored`: as in ./read-ahead. */
export async function loadCollapsed(post: string, keep: Retention & { rememberPerPost: boolean }, stored?: unknown): Promise<number[]> {
  if (!keep.rememberPerPost) return [];
  const entries = retained(parseCollapsed(stored === undefined ? await collapsedByPost.getValue() : stored), keep, Date.now());
  return entries.find((e) => e.post === post)?.ids ?? [];
}

/** Saves a post's collapsed subthreads; nothing when remembering is off (../retention forgets them). */
export async function saveCollapsed(post: string, ids: Iterable<number>, keep: Retention & { rememberPerPost: boolean }): Promise<void> {
  if (!keep.rememberPerPost) return;
  const entries = parseCollapsed(await collapsedByPost.getValue());
  await collapsedByPost.setValue(withCollapsed(entries, post, ids, Date.now(), keep));
}
