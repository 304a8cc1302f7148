import { describe, expect, it, vi } from 'vitest';
import { PER_FRAME, watchByFrames } from '../../../utils/features/reading/page';

/**
 * Watching the unread articles of a big thread: handed to the one
 * IntersectionObserver a chunk per frame, the top of the page first (so that
 * each of the observer's reports stays small), and a newer list stops the
 * older one.
 */
const articles = (n: number) => Array.from({ length: n }, () => document.createElement('article'));

/** Animation frames the test runs by hand: each `tick` runs the callbacks queued so far, then lets their tasks run. */
function frames() {
  let queued: (() => void)[] = [];
  return {
    frame: (fn: () => void) => void queued.push(fn),
    async tick() {
      const now = queued;
      queued = [];
      for (const fn of now) fn();
      await new Promise((done) => setTimeout(done, 0));
    },
    waiting: () => queued.length,
  };
}

const recorder = () => {
  const calls: Element[][] = [];
  return { calls, seen: () => calls.flat(), watcher: { observe: (list: Iterable<Element>) => void calls.push([...list]), forget: () => {} } };
};

describe('watching unread articles a chunk per frame', () => {
  it('hands every article over in order, a bounded chunk per frame, none before the first frame', async () => {
    const list = articles(1000);
    const { calls, seen, watcher } = recorder();
    const clock = frames();
    watchByFrames(watcher, list, new AbortController().signal, clock.frame);
    await new Promise((done) => setTimeout(done, 0));
    expect(calls).toHaveLength(0);
    await clock.tick();
    expect(calls).toHaveLength(1);
    for (let i = 0; i < 40 && clock.waiting(); i++) await clock.tick();
    expect(seen()).toEqual(list);
    expect(calls.length).toBeGreaterThan(1);
    expect(Math.max(...calls.map((c) => c.length))).toBeLessThanOrEqual(PER_FRAME);
    expect(clock.waiting()).toBe(0);
  });

  it('watches in a task after the frame, not inside its callbacks: a long frame of the page stays the page’s', async () => {
    const { calls, watcher } = recorder();
    const queued: (() => void)[] = [];
    watchByFrames(watcher, articles(10), new AbortController().signal, (fn) => void queued.push(fn));
    for (const fn of queued.splice(0)) fn();
    expect(calls).toHaveLength(0);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
  });

  it('stops an older feed when it is aborted (a newer list, the session’s end)', async () => {
    const clock = frames();
    const { seen, watcher } = recorder();
    const session = new AbortController();
    const feed = watchByFrames(watcher, articles(2000), session.signal, clock.frame);
    await clock.tick();
    const first = seen().length;
    expect(first).toBeGreaterThan(0);
    feed.abort();
    await clock.tick();
    expect(seen()).toHaveLength(first);

    const other = recorder();
    watchByFrames(other.watcher, articles(2000), session.signal, clock.frame);
    await clock.tick();
    session.abort();
    await clock.tick();
    expect(other.seen()).toHaveLength(first);
  });

  it('watches nothing and asks for no frame once the list is handed over', async () => {
    const clock = frames();
    const observe = vi.fn();
    watchByFrames({ observe, forget: () => {} }, articles(3), new AbortController().signal, clock.frame);
    await clock.tick();
    expect(observe).toHaveBeenCalledTimes(1);
    expect(clock.waiting()).toBe(0);
  });
});
