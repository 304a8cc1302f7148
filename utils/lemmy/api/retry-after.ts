/**
 * How long to wait before asking again. Deterministic (no jitter) so tests with
 * fake timers can say exactly when the next request goes out; with at most two
 * requests from one reader there is no herd to spread.
 */

/** `Retry-After` as milliseconds from `now`: delay-seconds or an HTTP date. null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  const text = header?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates name their month; Date.parse alone would take "-5" for a year.
  const at = /[a-z]{3}/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** 1 s, 2 s, 4 s, … after the 1st, 2nd, 3rd failure in a row. */
export function backoffMs(failures: number, baseMs = 1000): number {
  return baseMs * 2 ** Math.max(0, failures - 1);
}
