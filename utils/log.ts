/**
 * Errors from the content script are caught at the boundary and logged once
 * per message, so a broken feature never floods the console or breaks the page.
 */
const seen = new Set<string>();

function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /Extension context invalidated/i.test(error.message);
}

export function logOnce(message: string, detail?: unknown): void {
  const key = message + (detail instanceof Error ? `: ${detail.message}` : '');
  if (seen.has(key)) return;
  seen.add(key);
  // An extension reload leaves old scripts behind; that is expected, not an error.
  if (isContextInvalidated(detail)) return;
  console.warn(`[Threadlens] ${message}`, detail ?? '');
}

/** Runs `fn`; an exception is logged once and `fallback` returned. */
export function guard<T>(label: string, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (error) {
    logOnce(`${label} failed`, error);
    return fallback;
  }
}

/** Forget what was logged (tests only). */
export function resetLogOnce(): void {
  seen.clear();
}
