import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { onHidden } from '../../lemmy/reading';
import { guard, logOnce } from '../../log';
import { afterRenderIfDue } from '../../schedule';
import { measured } from '../../measure';
import { fromIds, has, union, EMPTY, subtract, type Ranges } from '../../reading/ranges';
import { collapseRead, collapseToUnread, knownIds, progressOf, type Progress } from '../../reading/progress';
import { saveRead, watchRead, type ReadChange } from '../../settings/reading-store';
import type { Session } from '../../session/session';
import { preorder } from '../../thread/build';
import type { CommentId, Thread } from '../../thread/types';
import type { FeatureContext } from '../types';
import { readInPage } from './page';

export interface ReadingFeature {
  /** Tracking is on (the setting). */
  on: ReadonlySignal<boolean>;
  /** Read and unread among every comment known, off-page ones too; null while off. */
  progress: ReadonlySignal<Progress | null>;
  /** Something was read here on an earlier visit and something is left: "continue where you stopped" is offered. */
  resumable: ReadonlySignal<boolean>;
  /** Storage refused or failed: marks are kept for this page only (said once). */
  memoryOnly: ReadonlySignal<boolean>;
  /** Stored records that were unreadable and dropped when this page opened. */
  dropped: ReadonlySignal<number>;
  markRead(ids: Iterable<CommentId>): void;
  markAllRead(): void;
  /** `from` and every comment after it in reading order become unread. */
  markUnreadFrom(from: CommentId): void;
  /** The next (1) or previous (-1) unread comment after `from` in reading order, wrapping; null when none. */
  stepUnread(from: CommentId | null, by: 1 | -1): CommentId | null;
  /** The first unread comment in reading order. */
  firstUnread(): CommentId | null;
  collapseRead(): void;
  collapseToUnread(): void;
}

/** Marks are written this long after the first one not yet stored (and at once when the tab is hidden). */
const WRITE_AFTER_MS = 1500;

/**
 * Read state for one session: what the page side reports read, or the reader
 * jumped to, is kept in memory at once and written to local storage in
 * batches; what another tab of the post writes is taken in. Only comments of
 * the thread are marked (the page names articles; ids are checked here).
 */
export function startReading(session: Session, context: FeatureContext): ReadingFeature {
  const { model, outline, signal: lifetime } = session;
  const on = computed(() => context.settings.value.reading.track);
  const read = signal<Ranges>(EMPTY);
  const earlier = signal(false);
  const memoryOnly = signal(false);
  const dropped = signal(0);
  let allowed = false;
  let loaded = false;
  let pending: ReadChange[] = [];
  let cancelWrite: (() => void) | null = null;

  let last: Progress | null = null;
  const counted = countedThread(session);
  const progress = computed(() => (last = on.value ? measured('reading-progress', () => progressOf(counted.value, read.value, last)) : null));
  const resumable = computed(() => earlier.value && !!progress.value && progress.value.read < progress.value.total);

  const write = () => {
    cancelWrite?.();
    cancelWrite = null;
    if (!allowed || !loaded || memoryOnly.peek() || !pending.length || !on.peek()) return;
    const changes = pending;
    pending = [];
    // Through a promise: storage throws at once, not as a rejection, once the extension is reloaded.
    Promise.resolve()
      .then(() => saveRead(session.key, changes, context.settings.peek().reading.keepDays, knownIds(model.thread.peek())))
      .then((stored) => (read.value = applyAll(stored, pending)))
      .catch((error: unknown) => {
        memoryOnly.value = true;
        logOnce('storing what was read (kept for this page only)', error);
      });
  };
  const change = (c: ReadChange) => {
    read.value = applyAll(read.peek(), [c]);
    if (loaded && (!allowed || memoryOnly.peek())) return;
    pending.push(c);
    if (!cancelWrite && allowed) {
      const timer = setTimeout(write, WRITE_AFTER_MS);
      cancelWrite = () => clearTimeout(timer);
    }
  };

  const markRead = (ids: Iterable<CommentId>) => {
    if (!on.peek() || lifetime.aborted) return;
    const byId = model.byId.peek();
    // Against the read ranges, not the progress: that counts a newly published thread a task later.
    const fresh = [...ids].filter((id) => byId.has(id) && !has(read.peek(), id));
    if (fresh.length) change({ add: fromIds(fresh) });
  };

  Promise.all([context.loaded, context.records])
    .then(async ([prefs, ok]) => {
      allowed = ok;
      if (!ok || !prefs.reading.track || lifetime.aborted) return;
      const stored = await context.remembered.read(session.key, prefs.reading.keepDays);
      dropped.value = stored.dropped;
      if (stored.dropped) logOnce('unreadable read-state records dropped', stored.dropped);
      earlier.value = stored.ranges.length > 0;
      read.value = union(stored.ranges, read.peek());
      loaded = true;
      if (pending.length) write();
      const stopWatch = watchRead(session.key, (theirs) => (read.value = applyAll(theirs, pending)));
      // Guarded: after an extension reload, removing the storage listener throws.
      lifetime.addEventListener('abort', () => guard('stopping the read-state watch', stopWatch, undefined), { once: true });
      if (earlier.peek() && prefs.reading.collapseOnOpen !== 'none') collapseOnOpen(prefs.reading.collapseOnOpen);
    })
    .catch((error: unknown) => {
      memoryOnly.value = true;
      loaded = true;
      logOnce('reading what was read (kept for this page only)', error);
    });

  // A jump (outline, keys, quote links) reads the comment it lands on.
  const stopJumps = effect(() => {
    const id = outline.selected.value;
    if (id !== null) markRead([id]);
  });
  // Turned off: what this page marked is dropped too (storage is forgotten in the background).
  const stopOff = effect(() => {
    if (on.value) return;
    pending = [];
    read.value = EMPTY;
    earlier.value = false;
  });
  readInPage(context.doc, session, progress, markRead, context.settings, context.schedule);
  onHidden(context.doc, write, lifetime);
  lifetime.addEventListener('abort', () => guard('ending reading progress', () => (write(), stopJumps(), stopOff()), undefined), { once: true });

  // The reader's rule for a post read before, once the first comments are there; added to what the collapse feature restored.
  const collapseOnOpen = (rule: 'read' | 'unread') => {
    const stop = effect(() => {
      const thread = outline.ordered.value;
      if (!thread.byId.size) return;
      queueMicrotask(() => stop());
      const unread = progressOf(thread, read.peek()).unread;
      const ids = rule === 'read' ? collapseRead(thread, unread) : collapseToUnread(thread, unread);
      outline.setCollapsed(new Set([...outline.collapsed.peek(), ...ids]));
    });
    lifetime.addEventListener('abort', stop, { once: true });
  };
  const order = () => preorder(outline.ordered.peek());
  const unreadNow = () => progress.peek()?.unread ?? new Set<CommentId>();
  return {
    on,
    progress,
    resumable,
    memoryOnly,
    dropped,
    markRead,
    markAllRead: () => markRead(model.byId.peek().keys()),
    markUnreadFrom(from) {
      const all = order();
      const at = all.indexOf(from);
      if (at >= 0 && on.peek()) change({ remove: fromIds(all.slice(at)) });
    },
    stepUnread: (from, by) => outline.stepAmong(unreadNow(), from, by),
    firstUnread: () => order().find((id) => progress.peek()?.isUnread(id)) ?? null,
    collapseRead: () => outline.setCollapsed(collapseRead(outline.ordered.peek(), unreadNow())),
    collapseToUnread: () => outline.setCollapsed(collapseToUnread(outline.ordered.peek(), unreadNow())),
  };
}

/**
 * The thread the progress counts: the session's, a task after each publish. Counting a new set of
 * 10,000 unread ids took 2-8 ms inside the publishing task at 10,000 comments (read there by the
 * page side's effect), enough to make that task long; in a task of its own it makes none
 * (docs/performance.md, "Read tracking without long tasks").
 */
export function countedThread(session: Session): ReadonlySignal<Thread> {
  const { model, signal: lifetime } = session;
  const counted = signal(model.thread.peek());
  let timer: ReturnType<typeof setTimeout> | null = null;
  const take = () => {
    timer = null;
    if (!lifetime.aborted) counted.value = model.thread.peek();
  };
  const stop = effect(() => {
    model.thread.value;
    timer ??= setTimeout(() => afterRenderIfDue(take), 0);
  });
  lifetime.addEventListener('abort', () => (stop(), timer !== null && clearTimeout(timer)), { once: true });
  return counted;
}

function applyAll(ranges: Ranges, changes: readonly ReadChange[]): Ranges {
  return changes.reduce((r, c) => ('add' in c ? union(r, c.add) : subtract(r, c.remove)), ranges);
}
