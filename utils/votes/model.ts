import { computed, signal, type ReadonlySignal } from '@preact/signals';
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
 */
export function createVoteModel(thread: ReadonlySignal<Thread>, site: ReadonlySignal<boolean | null> = signal(null)): VoteModel {
  const figures = computed(() => threadFigures(thread.value, site.value));
  const spread = computed(() => subthreadFigures(thread.value, figures.value.mode));
  return { figures, spread };
}
