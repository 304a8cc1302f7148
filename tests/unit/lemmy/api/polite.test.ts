// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../utils/lemmy/api/errors';
import { politeRunner } from '../../../../utils/lemmy/api/polite';
import { backoffMs, retryAfterMs } from '../../../../utils/lemmy/api/retry-after';
import { hang, jsonReply, recordingFetch, statusReply } from './scripted-fetch';

const URL_ = new URL('https://lemmy.example/api/v3/comment/list?post_id=1');
const T0 = Date.parse('2024-01-01T00:00:00Z');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** The error a promise rejects with (and keeps it from counting as unhandled meanwhile). */
function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => {
      throw new Error('resolved');
    },
    (e: unknown) => e as ApiError,
  );
}

const since = (calls: { at: number }[]) => calls.map((c) => c.at - T0);

describe('Retry-After and back-off', () => {
  it('reads delay-seconds and HTTP dates; nothing else', () => {
    expect(retryAfterMs('120', T0)).toBe(120_000);
    expect(retryAfterMs(' 0 ', T0)).toBe(0);
    expect(retryAfterMs('Mon, 01 Jan 2024 00:00:30 GMT', T0)).toBe(30_000);
    expect(retryAfterMs('Sun, 31 Dec 2023 23:00:00 GMT', T0)).toBe(0);
    expect(retryAfterMs('soon', T0)).toBeNull();
    expect(retryAfterMs('-5', T0)).toBeNull();
    expect(retryAfterMs(null, T0)).toBeNull();
  });

  it('doubles from one second', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000]);
  });
});

describe('politeRunner', () => {
  it('waits out a 429 for the seconds Retry-After asks: no request before, one after', async () => {
    const f = recordingFetch((n) => (n === 1 ? statusReply(429, { 'retry-after': '7' }) : jsonReply({ ok: 1 })));
    const result = politeRunner({ fetch: f.fetch }).getJson(URL_, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(6999);
    expect(f.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.calls).toHaveLength(2);
    await expect(result).resolves.toEqual({ ok: 1 });
  });

  it('waits until the HTTP date Retry-After gives, and at most a minute', async () => {
    const f = recordingFetch((n) =>
      n === 1 ? statusReply(429, { 'retry-after': 'Mon, 01 Jan 2024 00:00:30 GMT' }) : n === 2 ? statusReply(503, { 'retry-after': '3600' }) : jsonReply([]),
    );
    const result = politeRunner({ fetch: f.fetch }).getJson(URL_, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(f.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1 + 60_000);
    await expect(result).resolves.toEqual([]);
    expect(since(f.calls)).toEqual([0, 30_000, 90_000]);
  });

  it('backs off 1 s, 2 s, 4 s on a 503 without Retry-After, a 500 or a network failure', async () => {
    const f = recordingFetch((n) => {
      if (n === 2) throw new TypeError('connection reset');
      return n === 1 ? statusReply(503) : n === 3 ? statusReply(500) : jsonReply({ done: true });
    });
    const result = politeRunner({ fetch: f.fetch }).getJson(URL_, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toEqual({ done: true });
    expect(since(f.calls)).toEqual([0, 1000, 3000, 7000]);
  });

  it('gives up after four tries in a row, with a sentence saying why', async () => {
    const f = recordingFetch(() => statusReply(429));
    const error = failureOf(politeRunner({ fetch: f.fetch }).getJson(URL_, new AbortController().signal));
    await vi.advanceTimersByTimeAsync(120_000);
    const e = await error;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.kind).toBe('gave-up');
    expect(e.tries).toBe(4);
    expect(e.last?.kind).toBe('rate-limited');
    expect(e.message).toBe('The instance kept answering 429 Too Many Requests; stopped after 4 tries.');
    expect(f.calls).toHaveLength(4);
  });

  it('does not retry what will not change: a 404, a web page, broken JSON', async () => {
    const cases: [Response, string][] = [
      [statusReply(404), 'http'],
      [new Response('<!DOCTYPE html><p>Checking your browser', { headers: { 'content-type': 'text/html' } }), 'not-json'],
      [new Response('<html>oops</html>', { headers: { 'content-type': 'application/json' } }), 'not-json'],
      [new Response('{"comments": [', { headers: { 'content-type': 'application/json' } }), 'malformed'],
    ];
    for (const [reply, kind] of cases) {
      const f = recordingFetch(() => reply);
      const e = await failureOf(politeRunner({ fetch: f.fetch }).getJson(URL_, new AbortController().signal));
      expect([e.kind, f.calls.length]).toEqual([kind, 1]);
    }
  });

  it('ends a try after 20 s without an answer and tries again', async () => {
    const f = recordingFetch((n, _url, signal) => (n === 1 ? hang(signal) : jsonReply({ late: false })));
    const result = politeRunner({ fetch: f.fetch }).getJson(URL_, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(19_999);
    expect(f.calls[0]!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.calls[0]!.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(result).resolves.toEqual({ late: false });
    expect(since(f.calls)).toEqual([0, 21_000]);
  });

  it('reports repeated timeouts as such', async () => {
    const f = recordingFetch((_n, _url, signal) => hang(signal));
    const error = failureOf(politeRunner({ fetch: f.fetch, timeoutMs: 5000, maxTries: 2 }).getJson(URL_, new AbortController().signal));
    await vi.advanceTimersByTimeAsync(20_000);
    const e = await error;
    expect([e.kind, e.last?.kind, e.message]).toEqual(['gave-up', 'timeout', 'The instance kept not answering in time; stopped after 2 tries.']);
  });

  it('stops at once on cancel, during a request or a back-off, and leaves no timer behind', async () => {
    const f = recordingFetch((n, _url, signal) => (n === 1 ? statusReply(503) : hang(signal)));
    const stop = new AbortController();
    const error = failureOf(politeRunner({ fetch: f.fetch }).getJson(URL_, stop.signal));
    await vi.advanceTimersByTimeAsync(500);
    expect(vi.getTimerCount()).toBe(1); // the back-off
    stop.abort();
    expect((await error).kind).toBe('cancelled');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(f.calls).toHaveLength(1);

    const stop2 = new AbortController();
    const error2 = failureOf(politeRunner({ fetch: f.fetch }).getJson(URL_, stop2.signal));
    await vi.advanceTimersByTimeAsync(100);
    stop2.abort();
    expect((await error2).kind).toBe('cancelled');
    expect(f.calls.at(-1)!.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs at most two requests at once, and holds the others while one waits out a 429', async () => {
    const f = recordingFetch(async (n) => {
      await new Promise((r) => setTimeout(r, 100));
      return n === 1 ? statusReply(429, { 'retry-after': '2' }) : jsonReply(n);
    });
    const runner = politeRunner({ fetch: f.fetch });
    const all = Promise.all([1, 2, 3, 4, 5].map(() => runner.getJson(URL_, new AbortController().signal)));
    await vi.advanceTimersByTimeAsync(10_000);
    await all;
    expect(f.state.maxRunning).toBe(2);
    // After the 429 at 100 ms, nothing starts before 2.1 s.
    expect(since(f.calls)).toEqual([0, 0, 2100, 2100, 2200, 2200]);
  });

  it('asks anonymously, for JSON, following no redirect', async () => {
    const f = recordingFetch(() => jsonReply({}));
    await politeRunner({ fetch: f.fetch }).getJson(URL_, new AbortController().signal);
    const { credentials, redirect, headers } = f.calls[0]!.init;
    expect({ credentials, redirect, headers }).toEqual({ credentials: 'omit', redirect: 'error', headers: { accept: 'application/json' } });
  });
});
