import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgesOf, exactCount, NO_QUOTES } from '../../../utils/lemmy/shared-values';

describe('values comments share', () => {
  it('gives every exact count its value, shared and frozen in the common range, new outside it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.constant(-0), fc.double({ noNaN: true })), (value) => {
        const count = exactCount(value);
        expect(count).toEqual({ value, approx: false });
        const shared = Number.isInteger(value) && value >= -1024 && value < 1024 && !Object.is(value, -0);
        expect(exactCount(value) === count).toBe(shared);
        if (shared) expect(Object.isFrozen(count)).toBe(true);
      }),
    );
  });

  it('gives each of the 32 sets of badges once, frozen', () => {
    const all = new Set<object>();
    for (let key = 0; key < 32; key++) {
      const flags = [0, 1, 2, 3, 4].map((bit) => (key & (1 << bit)) !== 0) as [boolean, boolean, boolean, boolean, boolean];
      const badges = badgesOf(...flags);
      expect(badges).toEqual({ op: flags[0], mod: flags[1], admin: flags[2], bot: flags[3], banned: flags[4] });
      expect(badgesOf(...flags)).toBe(badges);
      expect(() => ((badges as { op: boolean }).op = !flags[0])).toThrow(TypeError);
      all.add(badges);
    }
    expect(all.size).toBe(32);
  });

  it('has one empty list of quotes that nothing can fill', () => {
    expect(NO_QUOTES).toEqual([]);
    expect(() => (NO_QUOTES as string[]).push('x')).toThrow(TypeError);
  });
});
