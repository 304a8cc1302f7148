import { describe, expect, it, vi } from 'vitest';
import { afterRenderIfDue, createScheduler, holdTasksForHeavyFrames } from '../../../utils/schedule';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Counts the abort listeners a lifetime holds: each one can keep its closure alive. */
function countedSignal(): { controller: AbortController; listeners(): number } {
  const controller = new AbortController();
  let added = 0;
  const add = controller.signal.addEventListener.bind(controller.signal);
  const remove = controller.signal.removeEventListener.bind(controller.signal);
  controller.signal.addEventListener = ((...args: Parameters<typeof add>) => (added++, add(...args))) as typeof add;
  controller.signal.removeEventListener = ((...args: Parameters<typeof remove>) => (added--, remove(...args))) as typeof remove;
  return { controller, listeners: () => added };
}

describe('scheduler bound to a lifetime (the navigation leak)', () => {
  it('holds one abort listener however many callbacks it ran, and none of them once run', async () => {
    const { controller, listeners } = countedSignal();
    const scheduler = createScheduler(controller.signal);
    let ran = 0;
    for (let i = 0; i < 500; i++) scheduler.frame(() => ran++);
    for (let i = 0; i < 500; i++) scheduler.timeout(() => ran++);
    expect(scheduler.pending()).toBe(1000);
    await frame();
    await tick();
    expect(ran).toBe(1000);
    expect(scheduler.pending()).toBe(0);
    expect(listeners()).toBe(1);
  });

  it('runs nothing after the lifetime ends, nor once `alive` says no', async () => {
    const controller = new AbortController();
    let alive = true;
    const scheduler = createScheduler(controller.signal, () => alive);
    const ran: string[] = [];
    scheduler.frame(() => ran.push('frame'));
    scheduler.timeout(() => ran.push('timeout'));
    alive = false;
    await frame();
    await tick();
    alive = true;
    scheduler.frame(() => ran.push('late frame'));
    scheduler.timeout(() => ran.push('late timeout'));
    controller.abort();
    scheduler.frame(() => ran.push('after abort'));
    await frame();
    await tick();
    expect(ran).toEqual([]);
    expect(scheduler.pending()).toBe(0);
  });

  it('cancels one timeout without touching the others', async () => {
    const scheduler = createScheduler(new AbortController().signal);
    const ran: number[] = [];
    const cancel = scheduler.timeout(() => ran.push(1));
    scheduler.timeout(() => ran.push(2));
    cancel();
    await tick();
    expect(ran).toEqual([2]);
  });
});

describe('afterRenderIfDue: our tasks leave the page time to render', () => {
  /** Holds the main thread, as a run of tasks does: no frame can run meanwhile. */
  const busy = (ms: number) => {
    const end = performance.now() + ms;
    while (performance.now() < end);
  };

  it('runs at once right after a frame', async () => {
    afterRenderIfDue(() => {});
    await frame();
    let ran = false;
    afterRenderIfDue(() => (ran = true));
    expect(ran).toBe(true);
  });

  it('waits for the next frame when our tasks have gone a while without one, and runs once', async () => {
    await frame();
    afterRenderIfDue(() => busy(40));
    const order: string[] = [];
    afterRenderIfDue(() => order.push('ours'));
    expect(order).toEqual([]);
    await frame();
    order.push('frame');
    await new Promise((r) => setTimeout(r, 150));
    expect(order).toEqual(['frame', 'ours']);
  });

  it('holds our tasks out of heavy frames of ours: they run once the frame that releases them has rendered', async () => {
    await frame();
    const release = holdTasksForHeavyFrames(new AbortController().signal);
    const order: string[] = [];
    afterRenderIfDue(() => order.push('ours'));
    // Frames of the page's own, and the 100 ms fallback, pass while the hold lasts.
    const start = performance.now();
    while (performance.now() - start < 150) await frame();
    order.push('held');
    requestAnimationFrame(() => (order.push('heavy'), release()));
    await vi.waitFor(() => expect(order).toContain('ours'));
    expect(order).toEqual(['held', 'heavy', 'ours']);
    let again = false;
    afterRenderIfDue(() => (again = true));
    expect(again).toBe(true);
  });

  it('lets held tasks go when the lifetime that held them ends', async () => {
    await frame();
    const lifetime = new AbortController();
    holdTasksForHeavyFrames(lifetime.signal);
    let ran = false;
    afterRenderIfDue(() => (ran = true));
    await frame();
    lifetime.abort();
    await vi.waitFor(() => expect(ran).toBe(true));
  });

  // Last: its clock and frames are ours to move, far from the real ones the tests above saw.
  it('lets tasks that waited for one frame take turns after it, not all run before the next', () => {
    let clock = 1e7;
    const work = (ms: number) => void (clock += ms);
    // Frames on demand: every callback asked for so far runs in one frame, as in a browser.
    const queued: FrameRequestCallback[] = [];
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const renderFrame = () => {
      work(1);
      for (const cb of queued.splice(0)) cb(clock);
      // The tasks queued after the frame (not the 100 ms fallback: its time never comes).
      vi.advanceTimersByTime(0);
    };
    try {
      afterRenderIfDue(() => work(40));
      const order: string[] = [];
      for (const name of ['a', 'b', 'c', 'd']) afterRenderIfDue(() => (order.push(name), work(20)));
      expect(order).toEqual([]);
      renderFrame();
      // 20 ms each against 30 ms of our work per frame: two after this frame, two after the next.
      expect(order).toEqual(['a', 'b']);
      renderFrame();
      expect(order).toEqual(['a', 'b', 'c', 'd']);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });
});
