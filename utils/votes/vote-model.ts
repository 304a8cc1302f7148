import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { measured } from '../measure';
import type { Thread } from '../thread/types';
import { threadFigures, type ThreadFigures } from './figures';
import type { DownvoteMode } from './mode';
import { subthreadFigures, type Spread } from './subthreads';

export interface VoteModel {
  figures: ReadonlySignal<ThreadFigures>;
  /**
   * Figures of every subthread, for outline rows and sorting. May lag the thread (see
   * SpreadFollower): readers take a comment missing from it as "no figures yet".
   */
  spread: ReadonlySignal<Spread>;
}

/** How the subthread figures follow the thread and the downvote mode. */
export type SpreadFollower = (thread: ReadonlySignal<Thread>, mode: ReadonlySignal<DownvoteMode>) => ReadonlySignal<Spread>;

/** How the thread's figures follow the thread and the site's downvote setting. */
export type FiguresFollower = (thread: ReadonlySignal<Thread>, site: ReadonlySignal<boolean | null>) => ReadonlySignal<ThreadFigures>;

/** In one go, when something reads them. */
const figuresAtOnce: FiguresFollower = (thread, site) => computed(() => measured('vote-figures', () => threadFigures(thread.value, site.value)));

/** In one go, when something reads them. */
const atOnce: SpreadFollower = (thread, mode) => computed(() => measured('vote-spread', () => subthreadFigures(thread.value, mode.value)));

/**
 * Vote figures that follow the thread as comments load: recomputed once per
 * thread change, and only when something reads them.
 * `site`: downvotes enabled as the page reports it (null: unknown, decide from the comments).
 * `follow`: how the subthread figures follow, and `followFigures` the thread's (the votes
 * feature works both out in slices of their own on big threads).
 */
export function createVoteModel(
  thread: ReadonlySignal<Thread>,
  site: ReadonlySignal<boolean | null> = signal(null),
  follow: SpreadFollower = atOnce,
  followFigures: FiguresFollower = figuresAtOnce,
): VoteModel {
  const figures = followFigures(thread, site);
  // Only the mode: new thread figures with the same mode do not recompute every subthread.
  const mode = computed(() => figures.value.mode);
  return { figures, spread: follow(thread, mode) };
}
