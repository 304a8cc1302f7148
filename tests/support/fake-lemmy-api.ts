/**
 * A fake Lemmy API of our own over a ThreadSpec: the comment list (v3 by page,
 * v4 by cursor) and the post, with knobs for the ways a real instance
 * misbehaves. Routes for the e2e fixture server, or a fetch for node without HTTP.
 */
import type { Reply, Route } from '../e2e/server';
import { commentViews, postResponse, type ApiVersion } from '../fixtures/comment-views';
import type { ThreadSpec } from '../fixtures/thread-spec';

export interface FakeApiOptions {
  /** Every Nth API request (counted over all of them) answers 429 with Retry-After: 1. */
  rateLimitEvery?: number;
  /** Comment-list pages (1-based; v4's counted by offset) that fail with `failWith` (500). */
  failPages?: Set<number>;
  failWith?: 'html' | 'malformed' | 500 | 503;
  /** Each failing page fails this many times, then answers (every time). */
  failTimes?: number;
  /** Every answer waits this long (through setTimeout: fake timers drive it). */
  delayMs?: number;
  onRequest?(url: URL): void;
  /** The post endpoint's comment count (the spec's by default). */
  postComments?: number;
}

export interface FakeLemmyApi {
  routes: Record<string, Route>;
  answer(url: URL): Promise<Reply>;
  /** `answer` as a fetch; it honours the request's signal. */
  fetch: typeof fetch;
  /** Requests answered or under way, and the most at once. */
  stats: { requests: number; inFlight: number; maxInFlight: number };
}

const MAX_LIMIT = 50;
const json = (body: unknown, status = 200): Reply => ({ status, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const CHALLENGE = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser.</body></html>';

function failure(kind: NonNullable<FakeApiOptions['failWith']>): Reply {
  if (kind === 'html') return { body: CHALLENGE, headers: { 'content-type': 'text/html' } };
  if (kind === 'malformed') return { body: '{"comments":[{"comment":', headers: { 'content-type': 'application/json' } };
  return { status: kind, body: `<html><body>${kind}</body></html>`, headers: { 'content-type': 'text/html' } };
}

/** An opaque cursor, as Lemmy 1.0's are to clients: base64 of the offset. */
const cursorFor = (offset: number) => btoa(`offset:${offset}`);
function offsetOf(cursor: string | null): number | null {
  if (!cursor) return 0;
  try {
    const m = /^offset:(\d+)$/.exec(atob(cursor));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function fakeLemmyApi(spec: ThreadSpec, options: FakeApiOptions = {}): FakeLemmyApi {
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const failures = new Map<number, number>();
  // Rebuilt when the spec grows (a thread getting comments during a load).
  const cache = new Map<ApiVersion, { size: number; views: unknown[] }>();
  const views = (api: ApiVersion) => {
    const hit = cache.get(api);
    if (hit?.size === spec.comments.length) return hit.views;
    const fresh = { size: spec.comments.length, views: commentViews(spec, api) };
    cache.set(api, fresh);
    return fresh.views;
  };

  function list(api: ApiVersion, q: URLSearchParams): Reply {
    const limit = Number(q.get('limit') ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) return json({ error: 'invalid_fetch_limit' }, 400);
    const offset = api === 'v3' ? (Number(q.get('page') ?? 1) - 1) * limit : offsetOf(q.get('page_cursor'));
    if (offset === null || !Number.isInteger(offset) || offset < 0) return json({ error: 'invalid_cursor' }, 400);
    const page = Math.floor(offset / limit) + 1;
    const failed = failures.get(page) ?? 0;
    if (options.failPages?.has(page) && failed < (options.failTimes ?? Infinity)) {
      failures.set(page, failed + 1);
      return failure(options.failWith ?? 500);
    }
    const all = Number(q.get('post_id')) === spec.post.id ? views(api) : [];
    const items = all.slice(offset, offset + limit);
    if (api === 'v3') return json({ comments: items });
    return json({ items, ...(offset + limit < all.length ? { next_page: cursorFor(offset + limit) } : {}) });
  }

  function post(api: ApiVersion, q: URLSearchParams): Reply {
    if (Number(q.get('id')) !== spec.post.id) return json({ error: 'not_found' }, 404);
    return json(postResponse(spec, api, options.postComments ?? spec.comments.length));
  }

  async function answer(url: URL): Promise<Reply> {
    stats.requests++;
    stats.maxInFlight = Math.max(stats.maxInFlight, ++stats.inFlight);
    options.onRequest?.(url);
    try {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.rateLimitEvery && stats.requests % options.rateLimitEvery === 0) {
        return { status: 429, body: '{"error":"rate_limit_error"}', headers: { 'content-type': 'application/json', 'retry-after': '1' } };
      }
      const m = /^\/api\/(v3|v4)\/(comment\/list|post)$/.exec(url.pathname);
      if (!m) return json({ error: 'not_found' }, 404);
      const api = m[1] as ApiVersion;
      return m[2] === 'post' ? post(api, url.searchParams) : list(api, url.searchParams);
    } finally {
      stats.inFlight--;
    }
  }

  const route = (url: URL) => answer(url);
  const routes = Object.fromEntries(['/api/v3/comment/list', '/api/v4/comment/list', '/api/v3/post', '/api/v4/post'].map((p) => [p, route]));
  return { routes, answer, fetch: fetchOver(answer), stats };
}

/** A fetch answering from `answer`: rejects as a real one does when its signal aborts. */
function fetchOver(answer: (url: URL) => Promise<Reply>): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const signal = init?.signal;
    const aborted = () => new DOMException('The operation was aborted.', 'AbortError');
    if (signal?.aborted) return Promise.reject(aborted());
    return new Promise<Response>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(aborted()), { once: true });
      answer(url).then((r) => resolve(new Response(r.body, { status: r.status ?? 200, headers: r.headers })), reject);
    });
  };
}
