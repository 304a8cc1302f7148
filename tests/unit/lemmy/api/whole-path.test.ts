// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep } from '../../../../utils/lemmy/api/abort';
import { loadComments } from '../../../../utils/lemmy/api/load-comments';
import { loadPostCount } from '../../../../utils/lemmy/api/post-count';
import { serveFixtures, type FixtureServer } from '../../../e2e/server';
import { generateThread } from '../../../fixtures/generate';
import { fakeLemmyApi, type FakeApiOptions } from '../../../support/fake-lemmy-api';

/**
 * The fake API and loadComments together, over real HTTP on 127.0.0.1 with
 * node's fetch: a generated 1,234-comment thread arrives whole, each comment once.
 */
const spec = generateThread({ comments: 1234, maxDepth: 8, seed: 11, host: '127.0.0.1' });
const idOf = (v: unknown) => (v as { comment: { id: number } }).comment.id;

let server: FixtureServer;
let api: ReturnType<typeof fakeLemmyApi>;
beforeAll(async () => {
  server = await serveFixtures();
  // Each test puts its own fake behind the same routes.
  const route = (url: URL) => api.answer(url);
  for (const path of Object.keys(fakeLemmyApi(spec).routes)) server.set(path, route);
});
afterAll(() => server.close());

async function loadAll(version: 'v3' | 'v4', options: FakeApiOptions = {}) {
  // A few ms per answer, so two requests of v3 do overlap on the server.
  api = fakeLemmyApi(spec, { delayMs: 5, ...options });
  const ids: number[] = [];
  const waits: number[] = [];
  const outcome = await loadComments({
    origin: server.origin, postId: spec.post.id, api: version, signal: new AbortController().signal, fetch: globalThis.fetch,
    onBatch: (views) => ids.push(...views.map(idOf)),
    // Retry-After: 1 asks for a second per 429; the test notes the wait and takes a hundredth of it.
    sleep: (ms, signal) => (waits.push(ms), sleep(ms / 100, signal)),
  });
  return { outcome, ids, waits };
}

describe('the fake Lemmy API and loadComments over HTTP', () => {
  const expected = spec.comments.map((c) => c.id).sort((a, b) => a - b);

  for (const version of ['v3', 'v4'] as const) {
    it(`${version}: every comment exactly once, oldest first`, async () => {
      const { outcome, ids, waits } = await loadAll(version);
      expect(outcome).toMatchObject({ status: 'done', loaded: 1234 });
      expect(ids).toEqual(expected);
      expect(waits).toEqual([]);
      expect(api.stats.maxInFlight).toBe(version === 'v3' ? 2 : 1);
    });

    it(`${version}: the same with every third request answered 429, each waited out`, async () => {
      const { outcome, ids, waits } = await loadAll(version, { rateLimitEvery: 3 });
      expect(outcome).toMatchObject({ status: 'done', loaded: 1234 });
      expect(ids).toEqual(expected);
      const limited = Math.floor(api.stats.requests / 3);
      expect(limited).toBeGreaterThan(10);
      expect(waits.length).toBeGreaterThanOrEqual(limited);
      expect(Math.max(...waits)).toBeLessThanOrEqual(1000);
      expect(Math.max(...waits)).toBeGreaterThan(900);
    });

    it(`${version}: the post's comment count`, async () => {
      api = fakeLemmyApi(spec, { postComments: 1300 });
      const count = (postId: number) => loadPostCount({ origin: server.origin, postId, api: version, signal: new AbortController().signal, fetch: globalThis.fetch });
      expect(await count(spec.post.id)).toBe(1300);
      expect(await count(spec.post.id + 1)).toBeNull();
    });
  }
});
