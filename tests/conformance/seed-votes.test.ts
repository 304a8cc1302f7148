import { describe, expect, it } from 'vitest';
import { downvotesEnabled } from '../../utils/lemmy/read-post';
import { readThread } from '../../utils/lemmy/read-thread';
import { threadFigures } from '../../utils/votes/figures';
import { honestyNotes } from '../../components/votes/words';
import { subthreadFigures } from '../../utils/votes/subthreads';
import { haveSharedFixtures, SEED, sharedPages } from './shared-fixtures';

// Vote spread of the real seed thread: hexbear.net has downvotes off, six comments, upvotes 30, 32, 24, 22, 18, 7.
describe.skipIf(!haveSharedFixtures)('vote spread of the real lemmy-ui 0.19.20 seed thread', () => {
  describe.each(sharedPages())('$name', ({ html }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const thread = readThread(doc, { host: SEED.host });
    const figures = threadFigures(thread, downvotesEnabled(doc));

    it('is upvotes only, because the site turned downvotes off', () => {
      expect(figures.mode).toBe('disabled');
      expect(figures.down).toBeNull();
      expect(figures.controversial).toEqual([]);
      expect(honestyNotes(figures)).toEqual(['Upvotes only: this site has downvotes turned off.', 'Every comment is loaded and every count is exact.']);
    });

    it('totals 133 exact upvotes from 6 comments by 5 participants', () => {
      expect([figures.comments, figures.participants, figures.unloaded]).toEqual([6, 5, 0]);
      expect(figures.up).toEqual({ value: 133, approx: false, missing: 0 });
      expect(figures.score).toEqual({ value: 133, approx: false, missing: 0 });
    });

    it('has median 23, middle half 19 to 28.5, range 7 to 32', () => {
      expect(figures.stats).toEqual({ n: 6, min: 7, max: 32, median: 23, q1: 19, q3: 28.5, approx: false });
    });

    it('bins the scores by 5', () => {
      expect(figures.bins.map((b) => [b.from, b.count])).toEqual([[5, 1], [10, 0], [15, 1], [20, 2], [25, 0], [30, 2]]);
    });

    it('sums the subthreads', () => {
      const s = subthreadFigures(thread, figures.mode);
      expect(s.byId.get(5912377)!.score.value).toBe(62);
      expect(s.byId.get(5912533)!.score.value).toBe(25);
      expect(s.byId.get(5912533)!.participants).toBe(2);
    });
  });
});
