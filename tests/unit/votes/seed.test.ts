import { describe, expect, it } from 'vitest';
import { threadFigures } from '../../../utils/votes/figures';
import { honestyNotes } from '../../../components/votes/words';
import { subthreadFigures } from '../../../utils/votes/subthreads';
import { SEED_UPVOTES, tree } from './trees';

// The seed thread: six comments, upvotes 30, 32, 24, 22, 18, 7, downvotes disabled on the site.
const seed = tree(SEED_UPVOTES);

describe('the seed thread (upvotes only)', () => {
  it('totals 133 upvotes from 6 comments by 5 people, with no downvote figure', () => {
    const f = threadFigures(seed, false);
    expect(f.mode).toBe('disabled');
    expect([f.comments, f.participants, f.unloaded]).toEqual([6, 5, 0]);
    expect(f.up).toEqual({ value: 133, approx: false, missing: 0 });
    expect(f.score).toEqual({ value: 133, approx: false, missing: 0 });
    expect(f.down).toBeNull();
    expect(f.controversial).toEqual([]);
  });

  it('has median 23, quartiles 19 and 28.5, range 7 to 32', () => {
    expect(threadFigures(seed, false).stats).toEqual({ n: 6, min: 7, max: 32, median: 23, q1: 19, q3: 28.5, approx: false });
  });

  it('bins the scores by 5 from 5 to 34', () => {
    expect(threadFigures(seed, false).bins).toEqual([
      { from: 5, to: 9, count: 1 },
      { from: 10, to: 14, count: 0 },
      { from: 15, to: 19, count: 1 },
      { from: 20, to: 24, count: 2 },
      { from: 25, to: 29, count: 0 },
      { from: 30, to: 34, count: 2 },
    ]);
  });

  it('ranks the top comments by score', () => {
    expect(threadFigures(seed, false).top).toEqual([5912460, 5912377, 5912398, 5912511, 5912533]);
  });

  it('says it is upvotes only: turned off when the site says so, not shown when only the comments tell', () => {
    expect(honestyNotes(threadFigures(seed, false))[0]).toBe('Upvotes only: this site has downvotes turned off.');
    const unknownSite = threadFigures(seed, null);
    expect(unknownSite.mode).toBe('hidden');
    expect(honestyNotes(unknownSite)[0]).toBe('Upvotes only: this page shows no downvotes.');
  });

  it('sums each subthread', () => {
    const s = subthreadFigures(seed, 'disabled');
    const panopticon = s.byId.get(5912377)!;
    expect(panopticon.score.value).toBe(62);
    expect([panopticon.participants, panopticon.replies]).toEqual([1, 1]);
    expect(s.byId.get(5912533)!.score.value).toBe(25);
    expect(s.byId.get(5912533)!.participants).toBe(2);
    expect(s.scale).toBe(62);
    expect([...s.byId.values()].some((f) => f.controversial)).toBe(false);
  });
});
