import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridged, decode, encode, fromIds, has, subtract, union, type Ranges } from '../../../utils/reading/ranges';

const ids = fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 60 });
const members = (r: Ranges) => Array.from({ length: 202 }, (_, i) => i).filter((id) => has(r, id));
const wellFormed = (r: Ranges) => r.every((n, i) => (i % 2 ? n >= r[i - 1]! : i === 0 || n > r[i - 1]! + 1));

describe('read ranges', () => {
  it('hold exactly the ids given, as few ranges as touch', () => {
    expect(fromIds([5, 3, 4, 9, 4])).toEqual([3, 5, 9, 9]);
    fc.assert(fc.property(ids, (xs) => {
      const r = fromIds(xs);
      expect(wellFormed(r)).toBe(true);
      expect(members(r)).toEqual([...new Set(xs)].sort((a, b) => a - b));
    }));
  });

  it('unite and subtract as sets do', () => {
    fc.assert(fc.property(ids, ids, (xs, ys) => {
      const [a, b] = [fromIds(xs), fromIds(ys)];
      const u = union(a, b);
      const d = subtract(a, b);
      expect(wellFormed(u) && wellFormed(d)).toBe(true);
      expect(members(u)).toEqual(members(fromIds([...xs, ...ys])));
      expect(members(d)).toEqual(members(fromIds(xs.filter((x) => !ys.includes(x)))));
    }));
  });

  it('bridge a gap only where no comment of the post is unread', () => {
    // The post's comments: 10, 11, 20, 30, 40; read: 10, 11, 20, 40 (30 is not).
    const read = fromIds([10, 11, 20, 40]);
    expect(bridged(read, [10, 11, 20, 30, 40])).toEqual([10, 20, 40, 40]);
    fc.assert(fc.property(ids, ids, (post, readIds) => {
      const known = [...new Set(post)].sort((a, b) => a - b);
      const r = fromIds(readIds.filter((id) => known.includes(id)));
      const b = bridged(r, known);
      expect(known.filter((id) => has(b, id))).toEqual(known.filter((id) => has(r, id)));
      expect(b.length).toBeLessThanOrEqual(r.length);
    }));
  });

  it('come back from their stored text, and refuse text that is not theirs', () => {
    fc.assert(fc.property(ids, (xs) => {
      const r = fromIds(xs);
      expect(decode(encode(r))).toEqual(r);
    }));
    expect(encode([100000, 100900])).toBe('255s.p0');
    for (const bad of ['1', '1.-2', '5.1.1.1', '1.2.0.3', 'zzzzzzzzzzzz.1', 'a b', '<b>.1']) expect(decode(bad)).toBeNull();
  });
});
