import { describe, expect, it } from 'vitest';
import { binLabel } from '../../../components/votes/Histogram';
import { binWidth, histogram, histogramShape } from '../../../utils/votes/histogram';

describe('histogram bins', () => {
  it('picks the smallest round width that fits', () => {
    expect(binWidth(1, 10)).toBe(1);
    expect(binWidth(10, 10)).toBe(1);
    expect(binWidth(11, 10)).toBe(2);
    expect(binWidth(26, 10)).toBe(5);
    expect(binWidth(3001, 10)).toBe(500);
  });

  it('puts every score in exactly one bin', () => {
    const scores = [-17, 0, 3, 99, 100, 212];
    const bins = histogram(scores, -17, 212);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(scores.length);
    for (const s of scores) expect(bins.filter((b) => b.from <= s && s <= b.to)).toHaveLength(1);
    // Round edges can add one bin to the at most 12 the width allows.
    expect(bins.length).toBeLessThanOrEqual(13);
  });

  it('has one bin for one value', () => {
    expect(histogram([4, 4], 4, 4)).toEqual([{ from: 4, to: 4, count: 2 }]);
  });

  it('labels ranges readably', () => {
    expect(binLabel({ from: 5, to: 9, count: 0 })).toBe('5–9');
    expect(binLabel({ from: -20, to: -11, count: 0 })).toBe('-20 to -11');
    expect(binLabel({ from: 3, to: 3, count: 0 })).toBe('3');
  });
});

describe('histogram geometry', () => {
  const bins = [
    { from: 0, to: 4, count: 2 },
    { from: 5, to: 9, count: 0 },
    { from: 10, to: 14, count: 4 },
  ];
  const shape = histogramShape(bins, { width: 300, height: 100, axis: 20, top: 10, gap: 0 });

  it('scales bars to the tallest bin and stands them on the axis', () => {
    expect(shape.baseline).toBe(80);
    expect(shape.bars.map((b) => b.height)).toEqual([35, 0, 70]);
    for (const b of shape.bars) expect(b.y + b.height).toBe(80);
    expect(shape.bars.map((b) => [b.x, b.width])).toEqual([[0, 100], [100, 100], [200, 100]]);
    expect(shape.tallest).toBe(4);
  });
});
