import { effect, type ReadonlySignal } from '@preact/signals';
import { unreadMarks, watchReading, type ReadWatcher } from '../../lemmy/reading';
import { measured } from '../../measure';
import { inSlices } from '../../tasks';
import type { Settings } from '../../settings/schema';
import type { Session } from '../../session/session';
import type { CommentId } from '../../thread/types';

/**
 * Read state in the page: the unread comments' articles are watched (one
 * IntersectionObserver, ../../lemmy/reading) until they are read, and marked
 * when the reader asked for marks in the page.
 */
export function readInPage(
  doc: Document,
  session: Session,
  unread: ReadonlySignal<ReadonlySet<CommentId> | null>,
  onRead: (ids: number[]) => void,
  settings: ReadonlySignal<Settings>,
  schedule: (fn: () => void) => void,
): void {
  const timeout = (fn: () => void, ms: number) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  };
  const watcher = watchReading(doc, onRead, { signal: session.signal, timeout });
  const mark = unreadMarks();
  // Runs when the thread or what is unread changes, never on scroll: only unread articles are
  // watched. Done in the next frame, once for any number of changes, outside the task that
  // published the thread (on a big thread that task is long enough), and the watching in slices.
  let queued = false;
  let feeding: AbortController | null = null;
  const apply = () => {
    queued = false;
    if (session.signal.aborted) return;
    const ids = unread.peek();
    const elements = session.elements();
    measured('reading-marks', () => mark(elements, ids && settings.peek().reading.markInPage ? ids : null));
    feeding?.abort();
    feeding = null;
    if (ids) feeding = watchInSlices(watcher, articlesOf(elements, ids), session.signal);
  };
  const stop = effect(() => {
    unread.value;
    session.model.thread.value;
    settings.value.reading.markInPage;
    if (queued) return;
    queued = true;
    schedule(apply);
  });
  session.signal.addEventListener('abort', () => {
    stop();
    mark(new Map(), null);
  }, { once: true });
}

/** Articles handed to the observer this many at a time, between looks at the clock. */
const CHUNK = 256;

/**
 * Watching 10,000 articles took about 40 ms in one task: they are handed to
 * the observer in slices (utils/tasks), the first ones (the top of the page)
 * in the first. A newer list stops the feed (the returned controller).
 */
export function watchInSlices(watcher: ReadWatcher, articles: Iterable<Element>, lifetime: AbortSignal): AbortController {
  const feed = new AbortController();
  lifetime.addEventListener('abort', () => feed.abort(), { once: true });
  const rest = articles[Symbol.iterator]();
  const step = (deadline: number) => {
    for (;;) {
      const chunk: Element[] = [];
      for (let next = rest.next(); !next.done; next = rest.next()) if (chunk.push(next.value) >= CHUNK) break;
      watcher.observe(chunk);
      if (chunk.length < CHUNK) return true;
      if (performance.now() >= deadline) return false;
    }
  };
  inSlices('reading-watch', step, () => {}, feed.signal);
  return feed;
}

function* articlesOf(elements: ReadonlyMap<number, Element>, ids: ReadonlySet<CommentId>): Iterable<Element> {
  for (const id of ids) {
    const el = elements.get(id);
    if (el) yield el;
  }
}
