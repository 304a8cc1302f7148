import { effect, signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { figuresInSlices } from '../../../utils/features/votes/figures';
import { spreadInSlices } from '../../../utils/features/votes/spread';
import { buildThread } from '../../../utils/thread/build';
import type { Thread } from '../../../utils/thread/types';
import { threadFigures, type ThreadFigures } from '../../../utils/votes/figures';
import { createVoteModel } from '../../../utils/votes/vote-model';
import { makeComment } from '../../support/make-comment';

/** `size` comments, ids from `first`, each a root with its own votes. */
function threadOf(size: number, first = 1): Thread {
  return buildThread(
    null,
    Array.from({ length: size }, (_, i) => makeComment(first + i, null, { votes: { up: { value: i, approx: false }, down: { value: 1, approx: false }, score: { value: i - 1, approx: false } } })),
  );
}

const big = (thread: Thread) => thread.byId.size > 100;
let lifetime = new AbortController();
afterEach(() => lifetime.abort());

/** The follower as the votes feature makes it, and every value it published. */
function follow(first: Thread, site: boolean | null = null) {
  lifetime = new AbortController();
  const source = signal(first);
  const siteSignal = signal(site);
  const figures = figuresInSlices(big, lifetime.signal)(source, siteSignal);
  const seen: ThreadFigures[] = [];
  effect(() => void seen.push(figures.value));
  return { source, site: siteSignal, figures, seen };
}

describe('thread figures in slices (votes feature)', () => {
  it('works out a small thread, and the first thread, at once', () => {
    expect(follow(threadOf(20)).figures.value).toEqual(threadFigures(threadOf(20)));
    expect(follow(threadOf(3_000)).figures.value).toEqual(threadFigures(threadOf(3_000)));
  });

  it('keeps the last complete figures until a big thread’s are all done', async () => {
    const { source, figures, seen } = follow(threadOf(20));
    source.value = threadOf(3_000);
    expect(figures.value.comments).toBe(20);
    await vi.waitFor(() => expect(figures.value.comments).toBe(3_000));
    expect(figures.value).toEqual(threadFigures(source.value));
    expect(seen.map((f) => f.comments)).toEqual([20, 3_000]);
  });

  it('drops an unfinished run when a newer thread comes', async () => {
    const { source, figures, seen } = follow(threadOf(20));
    source.value = threadOf(3_000, 100_000);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const newer = threadOf(2_000);
    source.value = newer;
    await vi.waitFor(() => expect(figures.value.comments).toBe(2_000));
    expect(figures.value).toEqual(threadFigures(newer));
    expect(seen.map((f) => f.comments)).toEqual([20, 2_000]);
  });

  it('stops when its lifetime ends', async () => {
    const ended = follow(threadOf(20));
    ended.source.value = threadOf(3_000);
    const endedLifetime = lifetime;
    // The same work beside it, left to run: once it is done, the ended one had its time too.
    const control = follow(threadOf(20));
    control.source.value = threadOf(3_000);
    endedLifetime.abort();
    await vi.waitFor(() => expect(control.figures.value.comments).toBe(3_000));
    expect(ended.figures.value.comments).toBe(20);
  });

  it('the subthread figures follow the mode once the thread’s figures have it', async () => {
    lifetime = new AbortController();
    const thread = signal(threadOf(20));
    const site = signal<boolean | null>(null);
    const votes = createVoteModel(thread, site, spreadInSlices(big, lifetime.signal), figuresInSlices(big, lifetime.signal));
    expect(votes.spread.value.mode).toBe('shown');
    thread.value = threadOf(3_000);
    site.value = false;
    expect(votes.figures.value.mode).toBe('shown');
    await vi.waitFor(() => expect(votes.spread.value.mode).toBe('disabled'));
    await vi.waitFor(() => expect(votes.spread.value.byId.size).toBe(3_000));
    expect(votes.figures.value).toEqual(threadFigures(thread.value, false));
    expect(votes.figures.value.down).toBeNull();
  });
});
