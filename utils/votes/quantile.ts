/**
 * Quantiles without sorting: quickselect, expected O(n). `values` is
 * reordered in place (callers pass their own scratch copy).
 */

/** The k-th smallest value (0-based); afterwards everything right of k is ≥ it. */
export function selectKth(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >> 1]!, values[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k]!;
}

// Sorted or constant input would make a fixed pivot quadratic.
function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}

/**
 * The p-quantile with linear interpolation between the two nearest ranks
 * (the common "type 7" definition: the median of an even count is the mean
 * of the middle two). NaN for no values.
 */
export function quantile(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const at = Math.floor(h);
  const low = selectKth(values, at);
  if (h === at) return low;
  let next = Infinity;
  for (let i = at + 1; i < n; i++) next = Math.min(next, values[i]!);
  return low + (h - at) * (next - low);
}
