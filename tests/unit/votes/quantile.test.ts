import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile, selectKth } from '../../../utils/votes/quantile';

/** Reference: sort, then interpolate between neighbouring ranks. */
function sorted(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[lo + 1] ?? s[lo]!) - s[lo]!);
}

describe('quantiles by quickselect', () => {
  it('agree with sorting for any list of scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -500, max: 5000 }), { minLength: 1, maxLength: 200 }), fc.constantFrom(0, 0.25, 0.5, 0.75, 1), (values, p) => {
        expect(quantile(Float64Array.from(values), p)).toBeCloseTo(sorted(values, p), 9);
      }),
    );
  });

  it('selects the k-th smallest in sorted, reversed and constant input', () => {
    const n = 10_000;
    const up = Float64Array.from({ length: n }, (_, i) => i);
    expect(selectKth(up, 1234)).toBe(1234);
    expect(selectKth(Float64Array.from({ length: n }, (_, i) => n - i), 0)).toBe(1);
    expect(selectKth(new Float64Array(n).fill(7), 5000)).toBe(7);
  });

  it('is NaN for no values', () => {
    expect(quantile(new Float64Array(0), 0.5)).toBeNaN();
  });
});
