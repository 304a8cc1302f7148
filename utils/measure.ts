const names = new Set<string>();

/**
 * Takes our measures off the page's timeline: it keeps every entry until the
 * page is left, and a tab read post after post (client-side navigation)
 * would otherwise gather some twenty more each time.
 */
export function forgetMeasures(): void {
  for (const name of names) globalThis.performance?.clearMeasures?.(name);
}

/**
 * User Timing marks for the benchmark (tests/bench): each measured step shows
 * up as a `threadlens:<name>` measure on the page's performance timeline.
 * Costs a few microseconds; no timers, nothing sent anywhere.
 */
export function measured<T>(name: string, fn: () => T): T {
  const perf = globalThis.performance;
  if (!perf?.mark) return fn();
  const start = perf.now();
  try {
    return fn();
  } finally {
    try {
      names.add(`threadlens:${name}`);
      perf.measure(`threadlens:${name}`, { start, end: perf.now() });
    } catch {
      // Older engines without measure options: timing is optional.
    }
  }
}
