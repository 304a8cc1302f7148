/**
 * lemmy-ui's own controls for showing more of a thread, used as a reader
 * would: scroll to the end of the list, click "N more replies", click a
 * collapsed comment's expand toggle. Each action reads what it needs first,
 * then writes (one scroll or one click), then waits for lemmy-ui's answer.
 */
import { collapseToggleOf, isCollapsed, rootList } from './tree-state';
import { waitFor, type WaitEnd } from './wait-for';

export interface Controls {
  doc: Document;
  signal: AbortSignal;
  /** How long lemmy-ui may take to answer a click. */
  timeoutMs: number;
  /** How long the list has to grow after a scroll before it counts as complete. */
  quietMs: number;
}

/**
 * lemmy-ui renders the next 15 top-level threads in the frame of the scroll
 * event that finds the list's end in view (docs/lemmy-ui.md, "Server limits"),
 * so a list that has not grown after this long has no more to show.
 */
export const QUIET_MS = 2_000;
export const TIMEOUT_MS = 10_000;

export function controls(doc: Document, options: { signal: AbortSignal; timeoutMs?: number; quietMs?: number }): Controls {
  return { doc, signal: options.signal, timeoutMs: options.timeoutMs ?? TIMEOUT_MS, quietMs: options.quietMs ?? QUIET_MS };
}

/**
 * Scrolls the root list's end into view and waits for lemmy-ui to append
 * threads: 'grew', or 'complete' when it does not within `quietMs`. `found`
 * ends the wait early (the comment looked for has appeared).
 */
export async function growList(c: Controls, found?: () => Element | null): Promise<'grew' | 'complete' | 'cancelled'> {
  const list = rootList(c.doc);
  if (!list) return 'complete';
  const before = list.childElementCount;
  if (c.signal.aborted) return 'cancelled';
  scrollToEnd(list);
  const grown = () => found?.() ?? (list.childElementCount > before ? list : null);
  const end = await waitFor(c.doc, grown, { signal: c.signal, timeoutMs: c.quietMs });
  if (end === 'cancelled') return 'cancelled';
  return end === 'timeout' ? 'complete' : 'grew';
}

/**
 * A scroll that brings the list's end into view, as lemmy-ui checks it
 * (`bottom <= innerHeight`). Scroll positions are whole pixels: aimed exactly
 * at the end, the list could stay a fraction of a pixel below the viewport
 * and lemmy-ui would add nothing, so the aim is a pixel past it. One read,
 * then the writes. lemmy-ui listens for scroll events: when the page is
 * already there (no scroll would happen), it first steps a pixel away.
 */
function scrollToEnd(list: Element): void {
  const win = list.ownerDocument.defaultView;
  if (!win) return;
  const top = Math.max(0, Math.ceil(list.getBoundingClientRect().bottom + win.scrollY - win.innerHeight) + 1);
  // Instant: Bootstrap makes lemmy-ui's scrolling smooth, and the end must be in view when the event fires.
  if (Math.abs(top - win.scrollY) < 1) win.scrollTo({ top: Math.max(0, top - 1), behavior: 'instant' });
  win.scrollTo({ top, behavior: 'instant' });
}

/** Clicks lemmy-ui's expand toggle of a collapsed comment and waits until it has opened. */
export async function expand(c: Controls, article: Element): Promise<'done' | 'no-toggle' | WaitEnd> {
  const toggle = collapseToggleOf(article);
  if (!toggle) return 'no-toggle';
  if (c.signal.aborted) return 'cancelled';
  click(toggle);
  const end = await waitFor(c.doc, () => (isCollapsed(article) ? null : article), c);
  return typeof end === 'string' ? end : 'done';
}

/**
 * Clicks "N more replies" and waits until lemmy-ui has replaced the button with
 * the replies it fetched (docs/lemmy-ui.md, "More replies"). One API call.
 */
export async function loadReplies(c: Controls, button: Element): Promise<'done' | WaitEnd> {
  if (c.signal.aborted) return 'cancelled';
  click(button);
  const end = await waitFor(c.doc, () => (button.isConnected ? null : button), c);
  return typeof end === 'string' ? end : 'done';
}

/** lemmy-ui's handlers take any click (they do not check isTrusted). */
function click(el: Element): void {
  (el as HTMLElement).click();
}
