import { effect, type ReadonlySignal } from '@preact/signals';
import { unreadMarks, watchReading, type ReadWatcher } from '../../lemmy/reading';
import { measured } from '../../measure';
import { afterRenderIfDue } from '../../schedule';
import type { Progress } from '../../reading/progress';
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
  progress: ReadonlySignal<Progress | null>,
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
  // watched. Done once for any number of changes, outside the task that published the thread
  // (on a big thread that task is long enough), in a task after the next frame: inside the
  // frame's callbacks it made a long frame of the page's (50-85 ms of style, layout and
  // intersections at 10,000 comments) a long task of ours. The watching goes a chunk per frame.
  let queued = false;
  let feeding: AbortController | null = null;
  const apply = () => {
    queued = false;
    if (session.signal.aborted) return;
    const now = progress.peek();
    const unread = now && { has: (id: CommentId) => now.isUnread(id) };
    const elements = session.elements();
    measured('reading-marks', () => mark(elements, unread && settings.peek().reading.markInPage ? unread : null));
    feeding?.abort();
    feeding = null;
    if (unread) feeding = watchByFrames(watcher, articlesOf(elements, unread), session.signal, schedule);
  };
  const stop = effect(() => {
    progress.value;
    session.model.thread.value;
    settings.value.reading.markInPage;
    if (queued) return;
    queued = true;
    schedule(() => setTimeout(() => afterRenderIfDue(apply), 0));
  });
  session.signal.addEventListener('abort', () => {
    stop();
    mark(new Map(), null);
  }, { once: true });
}

/**
 * Articles handed to the observer per frame: its next report holds at most this many entries.
 * 256 made a chunk of 45-79 ms on a loaded machine at 10,000 comments (docs/performance.md).
 */
export const PER_FRAME = 64;

/**
 * The unread articles of a big thread are handed to the observer a chunk per
 * frame, the top of the page first. All at once, the observer's first report
 * held 10,000 entries; in slices between frames it still held thousands, and
 * each slice and report made a task of up to 40 ms on a busy page. A chunk
 * costs well under a millisecond on a quiet page; 10,000 articles are watched
 * within a few seconds, and what the reader sees first is watched first. A newer list stops the feed
 * (the returned controller). `frame` runs a callback at the next animation frame.
 */
export function watchByFrames(watcher: ReadWatcher, articles: Iterable<Element>, lifetime: AbortSignal, frame: (fn: () => void) => void): AbortController {
  const feed = new AbortController();
  lifetime.addEventListener('abort', () => feed.abort(), { once: true, signal: feed.signal });
  const rest = articles[Symbol.iterator]();
  // After the frame, in a task of its own: not inside the frame's other callbacks, and not
  // after other tasks of ours that left the page without a frame (afterRenderIfDue).
  const next = () => frame(() => setTimeout(() => afterRenderIfDue(step), 0));
  const step = () => {
    if (feed.signal.aborted) return;
    const chunk: Element[] = [];
    for (let item = rest.next(); !item.done; item = rest.next()) if (chunk.push(item.value) >= PER_FRAME) break;
    if (chunk.length) measured('reading-watch', () => watcher.observe(chunk));
    if (chunk.length === PER_FRAME) next();
    else feed.abort();
  };
  next();
  return feed;
}

/** The unread comments' articles in page order, found as the feed asks for them: no list of every unread id. */
function* articlesOf(elements: ReadonlyMap<number, Element>, unread: Pick<ReadonlySet<CommentId>, 'has'>): Iterable<Element> {
  for (const [id, el] of elements) if (unread.has(id)) yield el;
}
