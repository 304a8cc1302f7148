import { effect, signal } from '@preact/signals';
import { measured } from '../../measure';
import { inSlices } from '../../tasks';
import type { Thread } from '../../thread/types';
import { noSpread, spreadStepper, subthreadFigures, type Spread } from '../../votes/subthreads';
import type { SpreadFollower } from '../../votes/vote-model';

/**
 * Subthread figures that follow the thread: at once on a small thread; on a big one in slices
 * of their own (measures `vote-spread`, then `vote-spread-done` publishes them), the last
 * figures standing meanwhile. At 10,000 comments the figures in one go took up to 52 ms, a
 * long task by themselves (docs/performance.md). A new thread or mode cancels an unfinished
 * run, and so does the end of `lifetime`.
 */
export function spreadInSlices(big: (thread: Thread) => boolean, lifetime: AbortSignal): SpreadFollower {
  return (thread, mode) => {
    const spread = signal<Spread>(noSpread('hidden'));
    const stop = effect(() => {
      const value = thread.value;
      const downvotes = mode.value;
      if (!big(value)) {
        spread.value = measured('vote-spread', () => subthreadFigures(value, downvotes));
        return;
      }
      // Nothing to show yet: at least the mode, which the votes panel's columns follow.
      const shown = spread.peek();
      if (shown.byId.size === 0 && shown.mode !== downvotes) spread.value = noSpread(downvotes);
      const run = new AbortController();
      // Set up in the first slice, not in the task that changed the thread.
      let stepper: ReturnType<typeof spreadStepper> | null = null;
      const step = (deadline: number) => (stepper ??= spreadStepper(value, downvotes)).step(deadline);
      inSlices('vote-spread', step, () => (spread.value = stepper!.result()!), run.signal);
      return () => run.abort();
    });
    lifetime.addEventListener('abort', stop, { once: true });
    return spread;
  };
}
