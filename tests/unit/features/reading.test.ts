import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { pageMade } from '../../support/reader-events';
import { readItem } from '../../../utils/settings/reading-store';
import { encode, fromIds, has } from '../../../utils/reading/ranges';
import { settingsItem } from '../../../utils/settings/items';
import { loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';

/**
 * Read state through the real content script. happy-dom lays nothing out, so
 * the one IntersectionObserver is a stand-in the test drives: it reports what
 * the browser would as comments scroll into and out of view.
 */
const path = `/post/${demoThread.post.id}`;
const url = `http://127.0.0.1${path}`;
const key = `127.0.0.1${path}`;
const ids = demoThread.comments.map((c) => c.id);

let observers: FakeObserver[] = [];
class FakeObserver {
  watched = new Set<Element>();
  constructor(private readonly report: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  /** The browser's report for these comments: in view (half or more) or not. */
  send(commentIds: number[], inView: boolean) {
    const entries = commentIds
      .map((id) => document.getElementById(`comment-${id}`)!)
      .filter((el) => this.watched.has(el))
      .map((target) => ({ target, isIntersecting: inView, intersectionRatio: inView ? 1 : 0, time: performance.now(), rootBounds: null, intersectionRect: { height: 0 } }));
    if (entries.length) this.report(entries as unknown as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}
const scrollTo = (commentIds: number[], inView = true) => observers.forEach((o) => o.send(commentIds, inView));

const visit = async () => {
  loadPage(renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }), url);
  const ctx = start();
  await ready();
  return ctx;
};
const bar = () => shadow()?.querySelector<HTMLElement>('.tl-reading') ?? null;
const readCount = () => Number(bar()?.dataset.read ?? -1);
const unreadRows = () => [...(shadow()?.querySelectorAll('[role="treeitem"].tl-row-unread') ?? [])].map((r) => Number(r.getAttribute('data-comment-id')));
/** A button by its accessible name: its aria-label, else its text. */
const button = (name: string) => [...(bar()?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const storedRanges = async () => {
  const raw = (await readItem.getValue()) as { post: string; read: string }[];
  return raw.find((r) => r.post === key);
};
const hideTab = () => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
};

beforeEach(() => {
  resetWorld();
  observers = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(async () => {
  // A session writes what it marked as it ends: let that land before the next test's storage.
  await new Promise((r) => setTimeout(r, 150));
  vi.unstubAllGlobals();
  delete (document as { visibilityState?: string }).visibilityState;
});

describe('read state per comment', () => {
  it('marks a comment read after it stays in view, not one flung past, and shows the progress', async () => {
    const ctx = await visit();
    expect(bar()?.textContent).toContain(`0 of ${ids.length} read`);
    const rows = shadow()!.querySelectorAll('[role="treeitem"]').length;
    expect(rows).toBeGreaterThan(2);
    expect(unreadRows().length).toBe(rows);
    const [stays, flung] = ids;
    scrollTo([stays!, flung!]);
    scrollTo([flung!], false);
    await vi.waitFor(() => expect(readCount()).toBe(1), { timeout: 10_000 });
    expect(unreadRows()).not.toContain(stays);
    expect(unreadRows()).toContain(flung);
    expect(bar()?.textContent).toContain(`1 of ${ids.length} read`);
    ctx.abort();
  });

  it('does its page work in tasks of its own, never inside an animation frame’s callbacks', async () => {
    // Inside a frame's callbacks, our work makes a long frame of the page's (style, layout,
    // intersections on a big thread) a long task of ours.
    let inFrame = false;
    const inFrames: string[] = [];
    const frame = window.requestAnimationFrame.bind(window);
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) =>
      frame((t) => {
        inFrame = true;
        try {
          fn(t);
        } finally {
          inFrame = false;
        }
      }),
    );
    const measure = performance.measure.bind(performance);
    vi.spyOn(performance, 'measure').mockImplementation((name: string, options?: PerformanceMeasureOptions | string) => {
      if (inFrame) inFrames.push(name);
      return measure(name, options as PerformanceMeasureOptions);
    });
    const ctx = await visit();
    scrollTo(ids.slice(0, 2));
    await vi.waitFor(() => expect(readCount()).toBe(2), { timeout: 10_000 });
    const reading = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('threadlens:reading-') && m.name !== 'threadlens:reading-progress');
    expect(reading.map((m) => m.name)).toEqual(expect.arrayContaining(['threadlens:reading-marks', 'threadlens:reading-watch']));
    expect(inFrames.filter((name) => name.startsWith('threadlens:reading-'))).toEqual([]);
    ctx.abort();
  });

  it('keeps reading in memory when storage refuses, and says so once', async () => {
    const refused = vi.spyOn(readItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const ctx = await visit();
    scrollTo(ids.slice(0, 1));
    await vi.waitFor(() => expect(readCount()).toBe(1), { timeout: 10_000 });
    hideTab();
    await vi.waitFor(() => expect(bar()?.querySelectorAll('.tl-reading-note')).toHaveLength(1));
    expect(bar()!.querySelector('.tl-reading-note')!.getAttribute('role')).toBe('status');
    const tries = refused.mock.calls.length;
    // Read on: counted here, and storage is not asked again (the note stays the one it was).
    delete (document as { visibilityState?: string }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    scrollTo(ids.slice(1, 3));
    await vi.waitFor(() => expect(readCount()).toBe(3), { timeout: 10_000 });
    hideTab();
    await settle();
    expect(refused.mock.calls.length).toBe(tries);
    expect(bar()?.querySelectorAll('.tl-reading-note')).toHaveLength(1);
    ctx.abort();
    delete (document as { visibilityState?: string }).visibilityState;
  });

  it('stores what was read when the tab is hidden, and continues there on the next visit', async () => {
    let ctx = await visit();
    const firstTwo = ids.slice(0, 2);
    scrollTo(firstTwo);
    await vi.waitFor(() => expect(readCount()).toBe(2), { timeout: 10_000 });
    hideTab();
    await vi.waitFor(async () => expect((await storedRanges())?.read).toBeTruthy());
    ctx.abort();
    delete (document as { visibilityState?: string }).visibilityState;

    ctx = await visit();
    await vi.waitFor(() => expect(readCount()).toBe(2));
    const go = button(`Continue where you stopped (${ids.length - 2} unread)`);
    go.click();
    await settle();
    const selected = shadow()?.querySelector('[role="treeitem"][aria-selected="true"]');
    expect(Number(selected?.getAttribute('data-comment-id'))).toBe(ids[2]);
    ctx.abort();
  });

  it('steps to the next unread comment by key, reading it, and marks all read or unread from here', async () => {
    const ctx = await visit();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }));
    await settle();
    expect(readCount()).toBe(1);
    // A page-made key marks nothing.
    document.body.dispatchEvent(pageMade(new KeyboardEvent('keydown', { key: 'r', bubbles: true })));
    await settle();
    expect(readCount()).toBe(1);
    // The less frequent actions are behind a disclosure, closed at first.
    const toggle = button('More reading actions');
    const actions = shadow()!.querySelector<HTMLElement>(`#${toggle.getAttribute('aria-controls')}`)!;
    expect([toggle.getAttribute('aria-expanded'), actions.hidden]).toEqual(['false', true]);
    toggle.click();
    await settle();
    expect([toggle.getAttribute('aria-expanded'), actions.hidden]).toEqual(['true', false]);
    expect(actions.contains(button('Mark all read'))).toBe(true);
    button('Mark all read').click();
    await settle();
    expect(readCount()).toBe(ids.length);
    expect(unreadRows()).toEqual([]);
    button('Mark unread from here').click();
    await settle();
    // From the selected comment (the first) on, in reading order: everything.
    expect(readCount()).toBe(0);
    ctx.abort();
  });

  it('collapses what was read, leaving the unread and the paths to them open', async () => {
    const ctx = await visit();
    button('Mark all read').click();
    await settle();
    button('Collapse what I have read').click();
    await settle();
    const rows = shadow()?.querySelectorAll('[role="treeitem"]').length ?? 0;
    expect(rows).toBe(demoThread.comments.filter((c) => c.parentId === null).length);
    ctx.abort();
  });

  it('applies the reader\'s rule when a post read before opens again', async () => {
    await settingsItem.setValue({ reading: { collapseOnOpen: 'read' } });
    await readItem.setValue([{ post: key, at: Date.now(), read: encode(fromIds(ids)) }]);
    const ctx = await visit();
    await vi.waitFor(() => expect(shadow()?.querySelectorAll('[role="treeitem"]').length).toBe(demoThread.comments.filter((c) => c.parentId === null).length));
    ctx.abort();
  });

  it('takes what another tab of the post stores, and drops corrupt records', async () => {
    await readItem.setValue([{ post: key, at: Date.now(), read: 'not ranges' }]);
    const ctx = await visit();
    expect(readCount()).toBe(0);
    const theirs = fromIds(ids.slice(0, 3));
    await readItem.setValue([{ post: key, at: Date.now(), read: encode(theirs) }]);
    await vi.waitFor(() => expect(readCount()).toBe(3));
    expect(has(theirs, ids[0]!)).toBe(true);
    ctx.abort();
  });

  it('is off when turned off: no bar, nothing stored', async () => {
    await settingsItem.setValue({ reading: { track: false } });
    const ctx = await visit();
    expect(bar()).toBeNull();
    expect(observers.flatMap((o) => [...o.watched])).toEqual([]);
    expect(unreadRows()).toEqual([]);
    ctx.abort();
  });
});
