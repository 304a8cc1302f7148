import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Subthreads } from '../../../components/votes/Subthreads';
import { spreadInSlices } from '../../../utils/features/votes/spread';
import { buildThread } from '../../../utils/thread/build';
import type { Thread } from '../../../utils/thread/types';
import type { DownvoteMode } from '../../../utils/votes/mode';
import { siblingComparator } from '../../../utils/votes/order';
import { rowVotes } from '../../../utils/votes/row';
import { noSpread, subthreadFigures, type Spread } from '../../../utils/votes/subthreads';
import { makeComment } from '../../support/make-comment';

/** `size` comments, ids from `first`, in threads of five (a root and its replies). */
function threadOf(size: number, first = 1): Thread {
  return buildThread(
    null,
    Array.from({ length: size }, (_, i) => makeComment(first + i, i % 5 === 0 ? null : first + i - (i % 5), { votes: { up: { value: i, approx: false }, down: { value: 1, approx: false }, score: { value: i - 1, approx: false } } })),
  );
}

const big = (thread: Thread) => thread.byId.size > 100;
let lifetime = new AbortController();
afterEach(() => lifetime.abort());

/** The follower as the votes feature makes it, and every spread it published. */
function follow(thread: Thread, mode: DownvoteMode = 'shown') {
  lifetime = new AbortController();
  const source = signal(thread);
  const spread = spreadInSlices(big, lifetime.signal)(source, signal(mode));
  const seen: Spread[] = [];
  effect(() => void seen.push(spread.value));
  return { source, spread, seen };
}

describe('subthread figures in slices (votes feature)', () => {
  it('works out a small thread at once', () => {
    const thread = threadOf(20);
    expect(follow(thread).spread.value).toEqual(subthreadFigures(thread, 'shown'));
  });

  it('publishes a big thread’s figures once all are done, none before', async () => {
    const thread = threadOf(3_000);
    const { spread, seen } = follow(thread);
    expect(spread.value).toEqual(noSpread('shown'));
    await vi.waitFor(() => expect(spread.value.byId.size).toBe(3_000));
    expect(spread.value).toEqual(subthreadFigures(thread, 'shown'));
    expect(seen.map((s) => s.byId.size)).toEqual([0, 3_000]);
  });

  it('drops an unfinished run when a newer thread comes', async () => {
    const older = threadOf(3_000, 100_000);
    const newer = threadOf(2_000);
    const { source, spread, seen } = follow(older);
    await new Promise((resolve) => setTimeout(resolve, 0));
    source.value = newer;
    await vi.waitFor(() => expect(spread.value.byId.size).toBe(2_000));
    expect(spread.value).toEqual(subthreadFigures(newer, 'shown'));
    expect(seen.some((s) => s.byId.has(100_000))).toBe(false);
  });

  it('stops when its lifetime ends', async () => {
    const thread = threadOf(3_000);
    const { spread } = follow(thread);
    const ended = lifetime;
    // The same work beside it, left to run: once it is done, the ended one had its time too.
    const control = follow(thread).spread;
    ended.abort();
    await vi.waitFor(() => expect(control.value.byId.size).toBe(3_000));
    expect(spread.value.byId.size).toBe(0);
  });
});

describe('readers of figures that lag the thread', () => {
  const thread = threadOf(10);
  // The figures of the first five comments only: the second thread came after them.
  const behind = subthreadFigures(threadOf(5), 'shown');

  it('rows draw no bar for a comment without figures', () => {
    expect(rowVotes(noSpread('shown'), 1)).toBeNull();
    expect(rowVotes(behind, 6)).toBeNull();
    expect(rowVotes(behind, 1)).not.toBeNull();
  });

  it('sorting counts a comment without figures as nothing', () => {
    // 1 has a subthread score of 5, 6 none yet: 1 first.
    expect(siblingComparator('score', behind)!(1, 6)).toBeLessThan(0);
    expect(siblingComparator('controversy', noSpread('shown'))!(1, 6)).toBe(0);
  });

  it('the subthreads table leaves out subthreads without figures yet', () => {
    const host = document.createElement('div');
    const table = (spread: Spread) => {
      render(<Subthreads roots={thread.roots} byId={thread.byId} spread={spread} onShow={() => {}} />, host);
      return [...host.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-comment-id'));
    };
    expect(table(noSpread('shown'))).toEqual([]);
    expect(table(behind)).toEqual(['1']);
    expect(table(subthreadFigures(thread, 'shown'))).toEqual(['6', '1']);
    render(null, host);
  });
});
