import { measured } from '../measure';
import { listen } from './events';
import { NEW_ATTR } from './new-comments';
import { commentIdOf } from './read-comment';

/**
 * The page side of read state: which comment articles the reader has had on
 * screen long enough to have read them, and the optional unread mark on them.
 */

/** A comment is read once this much of it, or of the viewport, has been in view for DWELL_MS. */
const ENOUGH = 0.5;
export const DWELL_MS = 1000;
const THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

export const UNREAD_ATTR = 'data-threadlens-unread';

/** A quiet grey edge; a new comment keeps its own accent (./new-comments). */
export const UNREAD_CSS = `
article[${UNREAD_ATTR}]:not([${NEW_ATTR}]) { box-shadow: inset 2px 0 0 0 rgba(128, 128, 128, .55); }
`;

export interface ReadWatcher {
  /** Watches these articles (those watched already are skipped). */
  observe(articles: Iterable<Element>): void;
  /** Stops watching an article (its comment is read). */
  forget(article: Element): void;
}

export interface WatchOptions {
  signal: AbortSignal;
  /** A timer bound to the session (utils/schedule). */
  timeout(fn: () => void, ms: number): () => void;
  dwellMs?: number;
}

/** Whether the entry shows enough of its comment to read it: half of it, or half the viewport for a tall one. */
function enough(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  if (entry.intersectionRatio >= ENOUGH) return true;
  const view = entry.rootBounds?.height ?? 0;
  return view > 0 && entry.intersectionRect.height >= ENOUGH * view;
}

/**
 * One IntersectionObserver over the comment articles. A comment that stays
 * in view for the dwell time is handed to `onRead`; a fling past it leaves
 * view sooner and does not count. Work happens only when the observer
 * reports a change and once per dwell for what is in view (a screenful),
 * never per scroll frame; while the tab is hidden the clocks stop and
 * nothing is marked.
 */
export function watchReading(doc: Document, onRead: (ids: number[]) => void, options: WatchOptions): ReadWatcher {
  const dwell = options.dwellMs ?? DWELL_MS;
  const view = doc.defaultView;
  const since = new Map<Element, number>();
  const watched = new WeakSet<Element>();
  let cancel: (() => void) | null = null;
  const now = () => view?.performance.now() ?? 0;
  const hidden = () => doc.visibilityState === 'hidden';

  const check = () => measured('reading-dwell', () => {
    cancel = null;
    if (hidden()) return;
    const at = now();
    const read: number[] = [];
    let next = Infinity;
    for (const [el, from] of since) {
      const left = from + dwell - at;
      if (left > 0) {
        next = Math.min(next, left);
        continue;
      }
      since.delete(el);
      watched.delete(el);
      observer?.unobserve(el);
      const id = commentIdOf(el);
      if (id !== null) read.push(id);
    }
    if (read.length) onRead(read);
    if (next < Infinity) cancel = options.timeout(check, next);
  });
  const arm = () => {
    if (!cancel && since.size && !hidden()) cancel = options.timeout(check, dwell);
  };

  const observer = view && 'IntersectionObserver' in view
    ? new view.IntersectionObserver((entries) => measured('reading-seen', () => {
        // Its first report holds every article handed over (10,000 on a big page): measured, for the bench.
        for (const entry of entries) {
          if (!enough(entry)) since.delete(entry.target);
          else if (!since.has(entry.target)) since.set(entry.target, hidden() ? Infinity : entry.time);
        }
        arm();
      }), { threshold: THRESHOLDS })
    : null;

  // Hidden: clocks stop. Shown again: what is still in view starts its dwell again.
  listen(doc, 'visibilitychange', () => {
    cancel?.();
    cancel = null;
    const at = now();
    for (const el of since.keys()) since.set(el, at);
    arm();
  }, { signal: options.signal });
  options.signal.addEventListener('abort', () => {
    cancel?.();
    observer?.disconnect();
    since.clear();
  }, { once: true });

  return {
    observe(articles) {
      if (!observer || options.signal.aborted) return;
      for (const el of articles) {
        if (watched.has(el)) continue;
        watched.add(el);
        observer.observe(el);
      }
    },
    forget(el) {
      since.delete(el);
      watched.delete(el);
      observer?.unobserve(el);
    },
  };
}

/** Calls `fn` when the tab is hidden (the reader's own switch; the page cannot fake it). */
export function onHidden(doc: Document, fn: () => void, signal: AbortSignal): void {
  listen(doc, 'visibilitychange', () => doc.visibilityState === 'hidden' && fn(), { signal });
}

export type UnreadMarks = (elements: ReadonlyMap<number, Element>, unread: Pick<ReadonlySet<number>, 'has'> | null) => void;

/** Marks unread comments' articles (none when `unread` is null); only changes touch the page. */
export function unreadMarks(): UnreadMarks {
  let marked = new Set<Element>();
  return (elements, unread) => {
    const next = new Set<Element>();
    if (unread) for (const [id, el] of elements) if (unread.has(id)) next.add(el);
    for (const el of marked) if (!next.has(el)) el.removeAttribute(UNREAD_ATTR);
    for (const el of next) if (!marked.has(el) || !el.hasAttribute(UNREAD_ATTR)) el.setAttribute(UNREAD_ATTR, '');
    marked = next;
  };
}

export function clearUnreadMarks(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${UNREAD_ATTR}]`)) el.removeAttribute(UNREAD_ATTR);
}
