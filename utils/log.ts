/**
 * Errors from the content script are caught at the boundary and logged once
 * per message, so a broken feature never floods the console or breaks the page.
 */
const seen = new Set<string>();

function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /Extension context invalidated/i.test(error.message);
}

/**
 * Logs `message` once. An error whose text was already logged under another
 * message is not logged again either: one cause (storage gone, quota full)
 * fails every feature that touches it, and one line says so.
 */
export function logOnce(message: string, detail?: unknown): void {
  const cause = detail instanceof Error ? `cause: ${detail.message}` : null;
  const key = message + (cause ? ` ${cause}` : '');
  if (seen.has(key) || (cause && seen.has(cause))) return;
  seen.add(key);
  if (cause) seen.add(cause);
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
