import { effect, type ReadonlySignal } from '@preact/signals';
import { unreadMarks, watchReading } from '../../lemmy/reading';
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
  // published the thread (on a big thread that task is long enough).
  let queued = false;
  const apply = () => {
    queued = false;
    if (session.signal.aborted) return;
    const ids = unread.peek();
    const elements = session.elements();
    if (ids) watcher.observe(articlesOf(elements, ids));
    mark(elements, ids && settings.peek().reading.markInPage ? ids : null);
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

function* articlesOf(elements: ReadonlyMap<number, Element>, ids: ReadonlySet<CommentId>): Iterable<Element> {
  for (const id of ids) {
    const el = elements.get(id);
    if (el) yield el;
  }
}
