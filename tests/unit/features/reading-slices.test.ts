import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchInSlices } from '../../../utils/features/reading/page';

/**
 * Watching the unread articles of a big thread: handed to the one
 * IntersectionObserver a slice per task, the top of the page first, and a
 * newer list stops the older one.
 */
const articles = (n: number) => Array.from({ length: n }, () => document.createElement('article'));
/** A clock that moves 2 ms each time it is read: a slice's deadline comes after a few chunks. */
const slowClock = () => {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 2));
};
const recorder = () => {
  const seen: Element[] = [];
  return { seen, watcher: { observe: (list: Iterable<Element>) => void seen.push(...list), forget: () => {} } };
};

afterEach(() => vi.restoreAllMocks());

describe('watching unread articles in slices', () => {
  it('hands every article over, in order, none in the task that asked', async () => {
    slowClock();
    const list = articles(5000);
    const { seen, watcher } = recorder();
    watchInSlices(watcher, list, new AbortController().signal);
    expect(seen).toHaveLength(0);
    await vi.waitFor(() => expect(seen).toHaveLength(5000));
    expect(seen).toEqual(list);
  });

  it('stops an older feed when it is aborted (a newer list, the session’s end)', async () => {
    slowClock();
    const seen: Element[] = [];
    // Aborted as its first slice hands articles over: no slice after that one.
    const feed: AbortController = watchInSlices({ observe: (list) => (seen.push(...list), feed.abort()), forget: () => {} }, articles(20_000), new AbortController().signal);
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    const stoppedAt = seen.length;
    expect(stoppedAt).toBeLessThan(20_000);
    // A second feed, queued after the first one's next slice would have been: once it is done, that slice had its turn.
    const second = recorder();
    watchInSlices(second.watcher, articles(600), new AbortController().signal);
    await vi.waitFor(() => expect(second.seen).toHaveLength(600));
    expect(seen).toHaveLength(stoppedAt);
  });
});
