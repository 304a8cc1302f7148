import { storage } from '#imports';

/** Collapsed subthreads per post, most recent first, bounded so storage never grows without end. */
export interface CollapsedEntry {
  post: string;
  ids: number[];
  at: number;
}

export const MAX_POSTS = 200;
export const MAX_IDS_PER_POST = 2000;

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

/** The entry list with `post` set to `ids` (removed when empty), newest first, bounded. Pure. */
export function withCollapsed(entries: CollapsedEntry[], post: string, ids: Iterable<number>, now: number): CollapsedEntry[] {
  const list = [...ids].slice(0, MAX_IDS_PER_POST);
  const rest = entries.filter((e) => e.post !== post);
  return (list.length ? [{ post, ids: list, at: now }, ...rest] : rest).slice(0, MAX_POSTS);
}

export async function loadCollapsed(post: string): Promise<number[]> {
  const entries = parseCollapsed(await collapsedByPost.getValue());
  return entries.find((e) => e.post === post)?.ids ?? [];
}

export async function saveCollapsed(post: string, ids: Iterable<number>): Promise<void> {
  const entries = parseCollapsed(await collapsedByPost.getValue());
  await collapsedByPost.setValue(withCollapsed(entries, post, ids, Date.now()));
}
