import { describe, expect, it } from 'vitest';
import { threadFigures } from '../../../utils/votes/figures';
import { honestyNotes } from '../../../components/votes/words';
import { approx, exact, tree, upDown } from './trees';

describe('thread figures with downvotes shown', () => {
  // 1 (40/2) ─ 2 (10/12) ─ 3 (6/6);  4 (3/0) by the same author as 1
  const t = tree([
    [1, null, upDown(40, 2), 'ann'],
    [2, 1, upDown(10, 12), 'bo'],
    [3, 2, upDown(6, 6), 'cy'],
    [4, null, upDown(3, 0), 'ann'],
  ]);
  const f = threadFigures(t);

  it('counts comments, participants and up/down totals', () => {
    expect(f.mode).toBe('shown');
    expect([f.comments, f.participants]).toEqual([4, 3]);
    expect(f.up).toEqual({ value: 59, approx: false, missing: 0 });
    expect(f.down).toEqual({ value: 20, approx: false, missing: 0 });
    expect(f.score.value).toBe(39);
  });

  it('computes median and quartiles of the scores 38, -2, 0, 3', () => {
    expect(f.stats).toMatchObject({ n: 4, min: -2, max: 38, median: 1.5, q1: -0.5, q3: 11.75 });
  });

  it('lists top comments by score and controversial ones by the rule', () => {
    expect(f.top).toEqual([1, 4, 3, 2]);
    // 10/12 and 6/6 both have ≥5 on each side and balance ≥ 1/3; 10/12 has the larger minority.
    expect(f.controversial).toEqual([2, 3]);
  });

  it('bins negative scores too, on round edges', () => {
    expect(f.bins[0]).toEqual({ from: -5, to: -1, count: 1 });
    expect(f.bins.reduce((n, b) => n + b.count, 0)).toBe(4);
    expect(f.bins.at(-1)).toEqual({ from: 35, to: 39, count: 1 });
  });

  it('says everything is exact and loaded', () => {
    expect(honestyNotes(f)).toEqual(['Every comment is loaded and every count is exact.']);
  });
});

describe('thread figures with downvotes off or hidden', () => {
  it('site off: no down total and no controversy even when comments carry downvotes', () => {
    const f = threadFigures(tree([[1, null, upDown(20, 10)], [2, null, upDown(9, 8)]]), false);
    expect(f.mode).toBe('disabled');
    expect(f.down).toBeNull();
    expect(f.controversial).toEqual([]);
    expect(f.up.value).toBe(29);
  });

  it('hidden (score only, as lemmy-ui 0.18 anonymously): scores count, upvotes are missing, not zero', () => {
    const scoreOnly = (s: number) => ({ up: null, down: null, score: exact(s) });
    const f = threadFigures(tree([[1, null, scoreOnly(12)], [2, 1, scoreOnly(-3)], [3, null, scoreOnly(4)]]));
    expect(f.mode).toBe('hidden');
    expect(f.up).toEqual({ value: 0, approx: false, missing: 3 });
    expect(f.down).toBeNull();
    expect(f.score.value).toBe(13);
    expect(f.stats?.median).toBe(4);
  });

  it('derived zero downvotes alone do not prove downvotes are shown, unless the site says they are on', () => {
    const t = tree([[1, null, upDown(5, 0)], [2, null, upDown(3, 0)]]);
    expect(threadFigures(t).mode).toBe('hidden');
    expect(threadFigures(t, true).mode).toBe('shown');
    expect(threadFigures(t, true).down).toEqual({ value: 0, approx: false, missing: 0 });
  });

  it('the site saying "on" is not enough when comments carry no downvote figure', () => {
    const t = tree([[1, null, { up: exact(4), down: null, score: null }]]);
    expect(threadFigures(t, true).mode).toBe('hidden');
  });
});

describe('what the figures cannot know', () => {
  it('abbreviated counts make totals and statistics approximate', () => {
    const t = tree([
      [1, null, { up: approx(1200), down: exact(30), score: approx(1170) }],
      [2, null, upDown(8, 1)],
    ]);
    const f = threadFigures(t);
    expect(f.up).toEqual({ value: 1208, approx: true, missing: 0 });
    expect(f.down).toEqual({ value: 31, approx: false, missing: 0 });
    expect(f.stats?.approx).toBe(true);
    expect(f.abbreviated).toBe(1);
    expect(honestyNotes(f)).toContain('1 count was abbreviated by the page (like 1.2K): figures marked ≈ are approximate.');
  });

  it('replies not loaded are counted as unknown, not as zero', () => {
    const f = threadFigures(tree([[1, null, upDown(5, 1), undefined, { moreReplies: 7 }], [2, 1, upDown(2, 0)]]));
    expect(f.comments).toBe(2);
    expect(f.unloaded).toBe(7);
    expect(f.stats?.n).toBe(2);
    expect(honestyNotes(f)).toEqual(['7 replies are not loaded yet: counted as unknown, not as zero.']);
  });

  it("counts what the post's comment count says is missing, also where no loaded comment knows of it", () => {
    const t = tree([[1, null, upDown(5, 1), undefined, { moreReplies: 1 }], [2, null, upDown(2, 0)]]);
    expect(threadFigures({ ...t, total: 40 }).unloaded).toBe(38);
    expect(threadFigures({ ...t, total: 2 }).unloaded).toBe(0);
    expect(honestyNotes(threadFigures({ ...t, total: 2 }))).toEqual(['Every comment is loaded and every count is exact.']);
  });

  it('a comment with no score at all is left out of the statistics and said so', () => {
    const f = threadFigures(tree([[1, null, { up: null, down: null, score: null }], [2, null, upDown(4, 1)]]));
    expect(f.score.missing).toBe(1);
    expect(f.stats?.n).toBe(1);
    expect(honestyNotes(f)).toContain('1 comment shows no score and is left out.');
  });

  it('an empty thread has no statistics and no bins', () => {
    const f = threadFigures(tree([]));
    expect([f.stats, f.bins, f.top]).toEqual([null, [], []]);
  });
});

describe('top lists', () => {
  it('keep five, highest first, the earlier comment winning a tie', () => {
    const rows = [3, 9, 9, 1, 7, 5, 9, 2].map((s, i) => [i + 1, null, upDown(s, 0)] as const);
    const f = threadFigures(tree(rows.map((r) => [...r])));
    expect(f.top).toEqual([2, 3, 7, 5, 6]);
  });
});
