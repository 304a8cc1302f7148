import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { measured } from '../measure';
import type { Thread } from '../thread/types';
import { threadFigures, type ThreadFigures } from './figures';
import { subthreadFigures, type Spread } from './subthreads';

export interface VoteModel {
  figures: ReadonlySignal<ThreadFigures>;
  /** Figures of every subthread, for outline rows and sorting. */
  spread: ReadonlySignal<Spread>;
}

/**
 * Vote figures that follow the thread as comments load: recomputed once per
 * thread change, and only when something reads them.
 * `site`: downvotes enabled as the page reports it (null: unknown, decide from the comments).
 * `later`: how the subthread figures follow the thread (the session defers them a task more
 * on big threads, so the two halves of the work land in different tasks).
 */
export function createVoteModel(
  thread: ReadonlySignal<Thread>,
  site: ReadonlySignal<boolean | null> = signal(null),
  later: (thread: ReadonlySignal<Thread>) => ReadonlySignal<Thread> = (t) => t,
): VoteModel {
  const figures = computed(() => measured('vote-figures', () => threadFigures(thread.value, site.value)));
  // Only the mode: new thread figures with the same mode do not recompute every subthread.
  const mode = computed(() => figures.value.mode);
  const spreadThread = later(thread);
  const spread = computed(() => measured('vote-spread', () => subthreadFigures(spreadThread.value, mode.value)));
  return { figures, spread };
}
