import type { Count } from '../thread/types';

/**
 * A total over comments, honest about what it could not add: `approx` when any
 * part was abbreviated by the page ("1.2K"), `missing` for comments that did
 * not show this figure at all (not counted as zero).
 */
export interface Sum {
  value: number;
  approx: boolean;
  missing: number;
}

export const emptySum = (): Sum => ({ value: 0, approx: false, missing: 0 });

/** Adds one comment's figure (mutates `sum`: sums are built once, then read). */
export function addCount(sum: Sum, count: Count | null): void {
  if (!count) {
    sum.missing++;
    return;
  }
  sum.value += count.value;
  sum.approx ||= count.approx;
}

export function addSum(sum: Sum, other: Sum): void {
  sum.value += other.value;
  sum.approx ||= other.approx;
  sum.missing += other.missing;
}
