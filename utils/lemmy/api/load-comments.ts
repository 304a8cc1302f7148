import { linkedSignal, raceAbort, type Sleep } from './abort';
import { acceptor, type Skipped } from './accept';
import { ApiError } from './errors';
import { cursorPages, numberedPages, v3Views } from './pages';
import { politeRunner, type Polite } from './polite';
import { apiBase, commentListUrl, PAGE_LIMIT, type ApiVersion } from './urls';

export { loadPostCount, type PostCountOptions } from './post-count';
export { ApiError, type ApiErrorKind } from './errors';

/**
 * A post's whole comment list from the instance's public API (docs/lemmy-api.md),
 * delivered in batches, oldest first, each comment once.
 */
export interface LoadOptions {
  /** The page's own origin; nothing else is asked. */
  origin: string;
  postId: number;
  api: ApiVersion;
  signal: AbortSignal;
  fetch?: typeof fetch;
  /** Requests in flight at once (2). */
  inFlight?: number;
  onProgress?(p: { loaded: number; total: number | null }): void;
  onBatch(views: unknown[]): void;
  /** Past this many comments, ask before going on (10,000). */
  askAbove?: number;
  ask?(loaded: number, total: number | null): Promise<boolean>;
  /** The post's comment count, if known (loadPostCount); it may grow while loading. */
  total?: number | null;
  /** Waits between tries (tests and the bench). */
  sleep?: Sleep;
}

export interface LoadOutcome {
  status: 'done' | 'cancelled' | 'stopped' | 'failed';
  loaded: number;
  error?: ApiError;
  skipped?: Skipped;
}

/** A hard ceiling whatever the reader answers: 1,200 full pages. */
export const MAX_COMMENTS = 60_000;

function pages(base: URL, o: LoadOptions, polite: Polite, signal: AbortSignal, total: () => number | null) {
  const get = (at: number | string | null) => polite.getJson(commentListUrl(base, o.api, o.postId, at), signal);
  if (o.api === 'v4') return cursorPages(get);
  // Ask ahead only for pages the post's count says exist; page N itself is always asked.
  const exists = (page: number) => (total() ?? Infinity) > (page - 1) * PAGE_LIMIT;
  return numberedPages(async (page) => v3Views(await get(page)), o.inFlight ?? 2, exists);
}

/** Throws at once for an origin that is not http(s) or a post id that is not one. */
export function loadComments(o: LoadOptions): Promise<LoadOutcome> {
  const base = apiBase(o.origin);
  commentListUrl(base, o.api, o.postId, null); // throws for a bad post id, before anything starts
  return run(base, o);
}

async function run(base: URL, o: LoadOptions): Promise<LoadOutcome> {
  // Ends requests still out (a page asked ahead) however the load ends.
  const done = new AbortController();
  const signal = linkedSignal([o.signal, done.signal]);
  const polite = politeRunner({ fetch: o.fetch, inFlight: o.inFlight, sleep: o.sleep });
  const { accept, skipped } = acceptor(o.postId);
  const askAbove = o.askAbove ?? 10_000;
  let loaded = 0;
  let asked = false;
  const total = () => (o.total == null ? null : Math.max(o.total, loaded));
  const end = (status: LoadOutcome['status'], error?: ApiError): LoadOutcome => ({ status, loaded, skipped, ...(error ? { error } : {}) });
  try {
    for await (const raw of pages(base, o, polite, signal.signal, total)) {
      const views = accept(raw);
      loaded += views.length;
      if (views.length) o.onBatch(views);
      o.onProgress?.({ loaded, total: total() });
      if (loaded >= MAX_COMMENTS) return end('stopped');
      if (!asked && loaded > askAbove && o.ask) {
        asked = true;
        // A cancel while the question is open ends the load without waiting for an answer.
        if (!(await raceAbort(o.ask(loaded, total()), o.signal))) return end('stopped');
      }
    }
    return end('done');
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return o.signal.aborted || e.kind === 'cancelled' ? end('cancelled') : end('failed', e);
  } finally {
    done.abort();
    signal.dispose();
  }
}
