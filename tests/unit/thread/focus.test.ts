import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import { collapseAround } from '../../../utils/thread/collapse';
import { visibleRows } from '../../../utils/thread/outline';
import { makeComment as c } from '../../support/make-comment';

// 1 ─ 2 ─ 3 ─ 8
//   │   └ 9 ─ 10
//   └ 4 ─ 11
// 5 ─ 6
// 7
const thread = buildThread(null, [c(1, null), c(2, 1), c(3, 2), c(8, 3), c(9, 2), c(10, 9), c(4, 1), c(11, 4), c(5, null), c(6, 5), c(7, null)]);
const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('focus on a linked comment', () => {
  it('folds every subthread off the path to the comment, and nothing on it or below it', () => {
    expect(sorted(collapseAround(thread, 3))).toEqual([4, 5, 9]);
    const rows = visibleRows(thread, collapseAround(thread, 3)).map((r) => r.id);
    expect(rows).toEqual([1, 2, 3, 8, 9, 4, 5, 7]);
  });

  it('keeps the whole subthread below the comment open', () => {
    expect(sorted(collapseAround(thread, 2))).toEqual([4, 5]);
    expect(visibleRows(thread, collapseAround(thread, 2)).map((r) => r.id)).toEqual([1, 2, 3, 8, 9, 10, 4, 5, 7]);
  });

  it('folds the other top-level threads when the comment is one', () => {
    expect(sorted(collapseAround(thread, 5))).toEqual([1]);
  });

  it('folds the siblings of a leaf deep in a thread', () => {
    expect(sorted(collapseAround(thread, 10))).toEqual([3, 4, 5]);
  });

  it('folds nothing for a comment the thread does not hold', () => {
    expect(collapseAround(thread, 99).size).toBe(0);
  });

  it('ends on a parent loop in bad data', () => {
    const loop = buildThread(null, [c(1, 2), c(2, 1), c(3, null), c(4, 3)]);
    expect(() => collapseAround(loop, 1)).not.toThrow();
    expect(collapseAround(loop, 1).has(3)).toBe(true);
  });
});
