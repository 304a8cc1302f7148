// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadComments, MAX_COMMENTS, type LoadOptions, type LoadOutcome } from '../../../../utils/lemmy/api/load-comments';
import { resetLogOnce } from '../../../../utils/log';
import { commentViews } from '../../../fixtures/comment-views';
import { generateThread } from '../../../fixtures/generate';
import type { ThreadSpec } from '../../../fixtures/thread-spec';
import { fakeLemmyApi, type FakeApiOptions } from '../../../support/fake-lemmy-api';
import { deferred, jsonReply, recordingFetch } from './scripted-fetch';

const ORIGIN = 'https://lemmy.example';
afterEach(() => {
  vi.useRealTimers();
  resetLogOnce();
});

const thread = (comments: number, seed = 3): ThreadSpec => generateThread({ comments, maxDepth: 6, seed, host: 'lemmy.example' });
const idOf = (v: unknown) => (v as { comment: { id: number } }).comment.id;
const oldOrder = (spec: ThreadSpec) => spec.comments.map((c) => c.id).sort((a, b) => a - b);

/** Loads `spec` from the fake API; every batch's ids, every request's URL, the progress reports. */
function load(spec: ThreadSpec, extra: Partial<LoadOptions> & { fake?: FakeApiOptions } = {}) {
  const urls: URL[] = [];
  const api = fakeLemmyApi(spec, { ...extra.fake, onRequest: (u) => urls.push(u) });
  const batches: number[][] = [];
  const progress: { loaded: number; total: number | null }[] = [];
  const outcome = loadComments({
    origin: ORIGIN, postId: spec.post.id, api: 'v3', signal: new AbortController().signal, fetch: api.fetch,
    onBatch: (views) => batches.push(views.map(idOf)), onProgress: (p) => progress.push(p), ...extra,
  });
  return { outcome, batches, urls, progress, api };
}

/** Runs fake time on until `promise` settles. */
async function settle<T>(promise: Promise<T>, stepMs = 100): Promise<T> {
  let done = false;
  void promise.finally(() => (done = true)).catch(() => {});
  for (let i = 0; i < 100_000 && !done; i++) await vi.advanceTimersByTimeAsync(stepMs);
  return promise;
}

const param = (name: string) => (u: URL) => u.searchParams.get(name);

describe('loadComments, API v3', () => {
  it('pages until a page comes back short, oldest first, each comment once', async () => {
    const spec = thread(120);
    const { outcome, batches, urls } = load(spec);
    expect(await outcome).toMatchObject({ status: 'done', loaded: 120 });
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches.flat()).toEqual(oldOrder(spec));
    expect(urls.slice(0, 3).map((u) => u.pathname + u.search)).toEqual([1, 2, 3].map((p) => `/api/v3/comment/list?post_id=${spec.post.id}&type_=All&sort=Old&limit=50&page=${p}`));
    // Page 4 may have been asked ahead, never page 5.
    expect(urls.map(param('page')).every((p) => Number(p) <= 4)).toBe(true);
  });

  it('asks ahead for no page past the count of a known total; a thread of exactly 100 ends on an empty page', async () => {
    const spec = thread(120);
    const known = load(spec, { total: 120 });
    await known.outcome;
    expect(known.urls.map(param('page'))).toEqual(['1', '2', '3']);
    const even = load(thread(100));
    expect(await even.outcome).toMatchObject({ status: 'done', loaded: 100 });
    expect(even.batches.map((b) => b.length)).toEqual([50, 50]);
  });

  it('delivers pages in page order when a later one arrives first', async () => {
    const spec = thread(130);
    const api = fakeLemmyApi(spec);
    const second = deferred();
    const arrived: number[] = [];
    const f = recordingFetch(async (_n, url) => {
      const page = Number(url.searchParams.get('page'));
      if (page === 1) await second.promise;
      const res = await api.fetch(url);
      arrived.push(page);
      if (page === 2) second.resolve();
      return res;
    });
    const batches: number[][] = [];
    const outcome = await loadComments({ origin: ORIGIN, postId: spec.post.id, api: 'v3', signal: new AbortController().signal, fetch: f.fetch, onBatch: (v) => batches.push(v.map(idOf)) });
    expect(outcome.status).toBe('done');
    expect(arrived.slice(0, 2)).toEqual([2, 1]);
    expect(batches.flat()).toEqual(oldOrder(spec));
  });

  it('never has more than two requests in flight (one with inFlight: 1)', async () => {
    vi.useFakeTimers();
    const spec = thread(600);
    for (const [inFlight, most] of [[undefined, 2], [1, 1]] as const) {
      const { outcome, api, batches } = load(spec, { inFlight, fake: { delayMs: 100 } });
      expect((await settle(outcome)).loaded).toBe(600);
      expect(api.stats.maxInFlight).toBe(most);
      expect(batches.flat()).toEqual(oldOrder(spec));
    }
  });

  it('skips views of another post and repeats, logging the other post once', async () => {
    const spec = thread(120);
    const views = commentViews(spec, 'v3');
    const stranger = structuredClone(views[0]) as { comment: { id: number; post_id: number } };
    stranger.comment = { ...stranger.comment, id: 999_999, post_id: spec.post.id + 1 };
    // Page 2 starts five views early, as if five older comments had come in between the two requests.
    const pages = [[...views.slice(0, 49), stranger], views.slice(45, 95), views.slice(95)];
    const f = recordingFetch((_n, url) => jsonReply({ comments: pages[Number(url.searchParams.get('page')) - 1] ?? [] }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const batches: number[][] = [];
    const outcome = await loadComments({ origin: ORIGIN, postId: spec.post.id, api: 'v3', signal: new AbortController().signal, fetch: f.fetch, onBatch: (v) => batches.push(v.map(idOf)) });
    expect(outcome).toMatchObject({ status: 'done', loaded: 95 + 25, skipped: { otherPost: 1, duplicate: 4, invalid: 0 } });
    expect(batches.flat()).toEqual(oldOrder(spec));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('delivers comments posted during the load (they come last in Old order) and lets the total grow', async () => {
    const spec = thread(100);
    const later = thread(30, 9).comments.map((c) => ({ ...c, parentId: null }));
    const { outcome, batches, progress } = load(spec, {
      total: 100,
      onBatch: (views) => {
        batches.push(views.map(idOf));
        if (batches.length === 1) spec.comments.push(...later);
      },
    });
    expect(await outcome).toMatchObject({ status: 'done', loaded: 130 });
    expect(new Set(batches.flat()).size).toBe(130);
    expect(progress.at(-1)).toEqual({ loaded: 130, total: 130 });
    expect(progress[0]).toEqual({ loaded: 50, total: 100 });
  });

  it('asks once past askAbove; a no stops with what was delivered, a cancel does not wait for the answer', async () => {
    const spec = thread(300);
    const ask = vi.fn(async () => false);
    const stopped = load(spec, { askAbove: 120, ask, total: 300 });
    expect(await stopped.outcome).toMatchObject({ status: 'stopped', loaded: 150 });
    expect(ask).toHaveBeenCalledExactlyOnceWith(150, 300);
    expect(stopped.batches.flat()).toEqual(oldOrder(spec).slice(0, 150));

    const yes = vi.fn(async () => true);
    const going = load(spec, { askAbove: 120, ask: yes });
    expect(await going.outcome).toMatchObject({ status: 'done', loaded: 300 });
    expect(yes).toHaveBeenCalledTimes(1);

    const stop = new AbortController();
    const open = load(spec, { askAbove: 120, signal: stop.signal, ask: () => (stop.abort(), new Promise<boolean>(() => {})) });
    expect(await open.outcome).toMatchObject({ status: 'cancelled', loaded: 150 });
  });

  it('stops at the hard ceiling whatever the instance keeps sending', async () => {
    let next = 1;
    const endless = recordingFetch(() => jsonReply({ comments: Array.from({ length: 50 }, () => ({ comment: { id: next++, post_id: 7 } })) }));
    const outcome = await loadComments({ origin: ORIGIN, postId: 7, api: 'v3', signal: new AbortController().signal, fetch: endless.fetch, onBatch: () => {} });
    expect(outcome).toMatchObject({ status: 'stopped', loaded: MAX_COMMENTS });
    expect(endless.calls.length).toBeLessThanOrEqual(MAX_COMMENTS / 50 + 1);
  });
});

describe('loadComments, API v4', () => {
  it('follows the cursor one page at a time until there is no next page', async () => {
    const spec = thread(120);
    const { outcome, batches, urls, api } = load(spec, { api: 'v4' });
    expect(await outcome).toMatchObject({ status: 'done', loaded: 120 });
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches.flat()).toEqual(oldOrder(spec));
    expect(urls.map((u) => u.pathname)).toEqual(Array(3).fill('/api/v4/comment/list'));
    expect(urls.map(param('sort'))).toEqual(['old', 'old', 'old']);
    expect(urls[0]!.searchParams.has('page_cursor')).toBe(false);
    const cursors = urls.slice(1).map(param('page_cursor'));
    expect(cursors.every((c) => c && !/^\d+$/.test(c))).toBe(true);
    expect(api.stats.maxInFlight).toBe(1);
  });

  it('ends on a cursor it has seen before', async () => {
    const spec = thread(80);
    const views = commentViews(spec, 'v4');
    const f = recordingFetch((n) => jsonReply({ items: views.slice((n - 1) * 10, n * 10), next_page: 'same' }));
    const outcome = await loadComments({ origin: ORIGIN, postId: spec.post.id, api: 'v4', signal: new AbortController().signal, fetch: f.fetch, onBatch: () => {} });
    expect(outcome).toMatchObject({ status: 'done', loaded: 20 });
    expect(f.calls).toHaveLength(2);
  });
});

describe('loadComments when things go wrong', () => {
  it('gives up on a page that keeps failing, keeping the batches delivered before it', async () => {
    vi.useFakeTimers();
    const spec = thread(200);
    const { outcome, batches, urls } = load(spec, { fake: { failPages: new Set([3]), failWith: 503 } });
    const result: LoadOutcome = await settle(outcome);
    expect(result).toMatchObject({ status: 'failed', loaded: 100 });
    expect(result.error?.kind).toBe('gave-up');
    expect(result.error?.message).toBe('The instance kept answering 503 Service Unavailable; stopped after 4 tries.');
    expect(batches.flat()).toEqual(oldOrder(spec).slice(0, 100));
    expect(urls.filter((u) => u.searchParams.get('page') === '3')).toHaveLength(4);
  });

  it('fails at once on a web page or broken JSON where the list should be', async () => {
    for (const [failWith, kind] of [['html', 'not-json'], ['malformed', 'malformed']] as const) {
      const { outcome, urls } = load(thread(120), { fake: { failPages: new Set([2]), failWith } });
      const result = await outcome;
      expect([result.status, result.loaded, result.error?.kind]).toEqual(['failed', 50, kind]);
      expect(urls.filter((u) => u.searchParams.get('page') === '2')).toHaveLength(1);
    }
  });

  it('is malformed when the list is missing from the answer', async () => {
    const f = recordingFetch(() => jsonReply({ posts: [] }));
    const outcome = await loadComments({ origin: ORIGIN, postId: 1, api: 'v3', signal: new AbortController().signal, fetch: f.fetch, onBatch: () => {} });
    expect([outcome.status, outcome.error?.kind]).toEqual(['failed', 'malformed']);
  });

  it('stops on cancel mid-load: no request after it, no timer left', async () => {
    vi.useFakeTimers();
    const spec = thread(400);
    const stop = new AbortController();
    const { outcome, api } = load(spec, {
      signal: stop.signal,
      fake: { delayMs: 100 },
      onBatch: () => stop.abort(),
    });
    const result = await settle(outcome);
    expect(result).toMatchObject({ status: 'cancelled', loaded: 50 });
    const asked = api.stats.requests;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.stats.requests).toBe(asked);
    expect(asked).toBeLessThanOrEqual(3);
  });

  it('stops on cancel during a back-off and clears its timer', async () => {
    vi.useFakeTimers();
    const stop = new AbortController();
    const { outcome, api } = load(thread(120), { signal: stop.signal, inFlight: 1, fake: { failPages: new Set([2]), failWith: 500 } });
    await vi.advanceTimersByTimeAsync(10);
    expect(api.stats.requests).toBe(2);
    expect(vi.getTimerCount()).toBe(1);
    stop.abort();
    expect(await outcome).toMatchObject({ status: 'cancelled', loaded: 50 });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('loadComments asks only the page’s own origin', () => {
  it('refuses an origin that is not http(s), and a post id that is not one', () => {
    const base = { postId: 1, api: 'v3', signal: new AbortController().signal, onBatch: () => {} } as const;
    for (const origin of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://lemmy.example', 'data:,x', 'lemmy.example', '']) {
      expect(() => loadComments({ ...base, origin })).toThrow(TypeError);
    }
    for (const postId of [0, -1, 1.5, 2 ** 31]) expect(() => loadComments({ ...base, origin: ORIGIN, postId })).toThrow(TypeError);
  });

  it('keeps only the origin of what it is given: no path, no user info', async () => {
    const f = recordingFetch(() => jsonReply({ comments: [] }));
    await loadComments({ origin: 'https://me:secret@lemmy.example/post/1?x=1', postId: 1, api: 'v3', signal: new AbortController().signal, fetch: f.fetch, onBatch: () => {} });
    expect(f.calls[0]!.url.href).toBe('https://lemmy.example/api/v3/comment/list?post_id=1&type_=All&sort=Old&limit=50&page=1');
  });
});
