import { describe, expect, it } from 'vitest';
import { matchQuotes, quoteMatcher } from '../../../utils/quotes';
import { bigThread } from './gen';
import { post, thread } from './helpers';

describe('quoteMatcher in slices', () => {
  for (const seed of [1, 2, 3]) {
    it(`finds the links of one whole run when every slice is already late (seed ${seed})`, () => {
      const big = bigThread(300, 60, seed);
      const t = thread(null, big.comments);
      t.post = post(big.post);
      const whole = matchQuotes(t);
      expect(whole.length).toBeGreaterThan(10);
      // A deadline already past: each call does the least it may, and must still get on.
      const matcher = quoteMatcher(t);
      let calls = 0;
      while (!matcher.step(0)) expect(++calls).toBeLessThan(10_000);
      expect(calls).toBeGreaterThan(300 / 8);
      expect(matcher.links).toEqual(whole);
    });
  }
});
