import { effect, signal, type Signal } from '@preact/signals';
import { measured } from '../../measure';
import { inSlices } from '../../tasks';
import type { Thread } from '../../thread/types';
import { figuresStepper, threadFigures, type ThreadFigures } from '../../votes/figures';
import type { FiguresFollower } from '../../votes/vote-model';

/**
 * The thread's figures that follow the thread: at once on a small thread and for the first
 * figures; on a big one in slices of their own (measures `vote-figures`, then
 * `vote-figures-done` publishes them), the last complete figures standing meanwhile, so the
 * Votes tab never shows a part of the thread as the whole. At 10,000 comments the figures in
 * one go took 10-72 ms (docs/performance.md). A newer thread or site setting cancels an
 * unfinished run, and so does the end of `lifetime`.
 */
export function figuresInSlices(big: (thread: Thread) => boolean, lifetime: AbortSignal): FiguresFollower {
  return (thread, site) => {
    let figures: Signal<ThreadFigures> | null = null;
    const stop = effect(() => {
      const value = thread.value;
      const downvotes = site.value;
      const atOnce = () => measured('vote-figures', () => threadFigures(value, downvotes));
      if (!figures) return void (figures = signal(atOnce()));
      if (!big(value)) return void (figures.value = atOnce());
      const run = new AbortController();
      // Set up in the first slice, not in the task that changed the thread.
      let stepper: ReturnType<typeof figuresStepper> | null = null;
      const step = (deadline: number) => (stepper ??= figuresStepper(value, downvotes)).step(deadline);
      const shown = figures;
      inSlices('vote-figures', step, () => (shown.value = stepper!.result()!), run.signal);
      return () => run.abort();
    });
    lifetime.addEventListener('abort', stop, { once: true });
    return figures!;
  };
}
