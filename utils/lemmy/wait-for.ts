/**
 * Waiting for lemmy-ui to answer one of its own controls (a "more replies"
 * click, an expand, a scroll): the page is asked again after each change to
 * it, never on a fixed beat, and every wait ends, by a deadline or the signal.
 */

export type WaitEnd = 'timeout' | 'cancelled';

export interface WaitOptions {
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * `check`'s first answer that is not null: asked now, then after each batch
 * of changes to the page's elements, and once more at the deadline (a change
 * the observer could not see, e.g. lemmy-ui replacing the whole list).
 */
export function waitFor<T extends object>(doc: Document, check: () => T | null, options: WaitOptions): Promise<T | WaitEnd> {
  const { signal, timeoutMs } = options;
  if (signal.aborted) return Promise.resolve('cancelled');
  const now = check();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = check();
      if (found) finish(found);
    });
    const onAbort = () => finish('cancelled');
    const timer = setTimeout(() => finish(check() ?? 'timeout'), timeoutMs);
    function finish(end: T | WaitEnd) {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(end);
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A pause between requests lemmy-ui makes for us; ends early (false) when the signal aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
