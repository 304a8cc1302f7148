import { malformed } from './errors';
import { PAGE_LIMIT } from './urls';

/**
 * The comment list's pages, in order, as raw arrays of views. The consumer
 * stops them by leaving its loop; requests still out are the caller's to abort.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** v3's `{comments: [...]}`. */
export function v3Views(body: unknown): unknown[] {
  if (!isObject(body) || !Array.isArray(body.comments)) throw malformed();
  return body.comments as unknown[];
}

/** v4's PagedResponse `{items: [...], next_page?}`: the views and the next cursor (null at the end). */
export function v4Page(body: unknown): { items: unknown[]; next: string | null } {
  if (!isObject(body) || !Array.isArray(body.items)) throw malformed();
  const next = body.next_page ?? null;
  if (next !== null && typeof next !== 'string') throw malformed();
  return { items: body.items as unknown[], next: next || null };
}

/**
 * v3: pages 1, 2, 3, … with up to `ahead` requested at once (page N+1 is asked
 * while N runs), yielded in page order whatever order they arrive in. A page
 * shorter than the limit is the last. `prefetch(page)` may refuse to ask for a
 * page before it is needed (when the post's count says there is none).
 */
export async function* numberedPages(
  get: (page: number) => Promise<unknown[]>,
  ahead: number,
  prefetch: (page: number) => boolean = () => true,
): AsyncGenerator<unknown[]> {
  const pending = new Map<number, Promise<unknown[]>>();
  let next = 1;
  for (let want = 1; ; want++) {
    while (next === want || (next < want + ahead && prefetch(next))) {
      const page = get(next);
      // Awaited in turn below; until then a failure must not count as unhandled.
      page.catch(() => {});
      pending.set(next++, page);
    }
    const views = await pending.get(want)!;
    pending.delete(want);
    yield views;
    if (views.length < PAGE_LIMIT) return;
  }
}

/** v4: one page at a time, each after the cursor the last one gave; a cursor seen before ends it too. */
export async function* cursorPages(get: (cursor: string | null) => Promise<unknown>): AsyncGenerator<unknown[]> {
  const seen = new Set<string>();
  for (let cursor: string | null = null; ; ) {
    const { items, next } = v4Page(await get(cursor));
    yield items;
    if (next === null || seen.has(next)) return;
    seen.add(next);
    cursor = next;
  }
}
