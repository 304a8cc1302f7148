/**
 * Fetches for the API tests: each call recorded (URL, time, signal, how many
 * were running), its answer given by the test.
 */
export interface Call {
  url: URL;
  at: number;
  signal: AbortSignal;
  init: RequestInit;
}

export function recordingFetch(answer: (n: number, url: URL, signal: AbortSignal) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const state = { running: 0, maxRunning: 0 };
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, at: Date.now(), signal: init.signal!, init });
    state.maxRunning = Math.max(state.maxRunning, ++state.running);
    try {
      return await answer(calls.length, url, init.signal!);
    } finally {
      state.running--;
    }
  }) as typeof globalThis.fetch;
  return { fetch, calls, state };
}

export const jsonReply = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

export const statusReply = (status: number, headers: Record<string, string> = {}) => new Response(`error ${status}`, { status, headers });

/** A request that never answers; it fails as a real fetch does when its signal aborts. */
export const hang = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));

/** A promise and its resolve, to let answers go in an order the test chooses. */
export function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
