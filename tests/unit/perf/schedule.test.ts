import { describe, expect, it } from 'vitest';
import { afterRenderIfDue, createScheduler } from '../../../utils/schedule';

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
});
