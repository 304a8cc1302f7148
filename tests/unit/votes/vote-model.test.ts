import { signal, type ReadonlySignal } from '@preact/signals';
import type { Thread } from '../../../utils/thread/types';
import { describe, expect, it } from 'vitest';
import { createOutlineModel } from '../../../utils/session/outline-model';
import { createVoteModel } from '../../../utils/votes/vote-model';
import { tree, upDown, type Spec } from './trees';

const rows: Spec[] = [
  [1, null, upDown(10, 0)],
  [2, 1, upDown(3, 0)],
  [3, 1, upDown(40, 30)],
  [4, null, upDown(90, 1)],
  [5, null, upDown(20, 18)],
];

describe('vote model', () => {
  it('follows the thread as comments load, and memoises between changes', () => {
    const thread = signal(tree(rows.slice(0, 2)));
    const votes = createVoteModel(thread);
    const first = votes.figures.value;
    expect(first.up.value).toBe(13);
    expect(votes.figures.value).toBe(first);
    thread.value = tree(rows);
    expect(votes.figures.value.up.value).toBe(163);
    expect(votes.spread.value.byId.get(1)!.replies).toBe(2);
  });

  it('takes the site setting when the page reports it', () => {
    const site = signal<boolean | null>(null);
    const votes = createVoteModel(signal(tree(rows)), site);
    expect(votes.figures.value.mode).toBe('shown');
    site.value = false;
    expect(votes.figures.value.mode).toBe('disabled');
    expect(votes.spread.value.mode).toBe('disabled');
  });
});

describe('outline order', () => {
  const ids = (m: ReturnType<typeof createOutlineModel>) => m.rows.value.map((r) => r.id);
  /** The outline sorted by the thread's vote figures, as the votes feature sets it up. */
  const sorted = (thread: ReadonlySignal<Thread>) => {
    const m = createOutlineModel(thread);
    m.sortBy(createVoteModel(thread).spread);
    return m;
  };

  it('sorts siblings by subthread score, or by controversy, and back to page order', () => {
    const m = sorted(signal(tree(rows)));
    expect(ids(m)).toEqual([1, 2, 3, 4, 5]);
    m.setOrder('score');
    // Subthread scores: 1 → 10+3+10 = 23, 4 → 89, 5 → 2; under 1: 3 (10) before 2 (3).
    expect(ids(m)).toEqual([4, 1, 3, 2, 5]);
    m.setOrder('controversy');
    // 1 (53 up / 30 down) and 5 (20/18) are controversial, 1 has the larger minority; 4 is not.
    expect(ids(m)).toEqual([1, 3, 2, 5, 4]);
    m.setOrder('page');
    expect(ids(m)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps page order until it is given vote figures to sort by', () => {
    const m = createOutlineModel(signal(tree(rows)));
    m.setOrder('score');
    expect(ids(m)).toEqual([1, 2, 3, 4, 5]);
  });

  it('moves between siblings in the sorted order', () => {
    const m = sorted(signal(tree(rows)));
    m.setOrder('score');
    m.select(4);
    expect(m.move('nextSibling')).toBe(1);
    expect(m.move('next')).toBe(3);
  });

  it('keeps page order for controversy when downvotes are not shown', () => {
    const upvotesOnly = tree(rows.map(([id, p, v]) => [id, p, { ...v, down: { value: 0, approx: false } }]));
    const m = sorted(signal(upvotesOnly));
    m.setOrder('controversy');
    expect(ids(m)).toEqual([1, 2, 3, 4, 5]);
  });

  it('re-sorts live when votes change', () => {
    const thread = signal(tree(rows));
    const m = sorted(thread);
    m.setOrder('score');
    thread.value = tree([...rows.slice(0, 4), [5, null, upDown(500, 18)]]);
    expect(ids(m)[0]).toBe(5);
  });
});
