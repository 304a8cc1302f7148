/**
 * Sets of comment ids as sorted, disjoint, inclusive ranges, flattened:
 * [lo1, hi1, lo2, hi2, …] with hi1 + 1 < lo2. A post's comments share the
 * instance's id sequence with every other post, so a read thread is a few
 * ranges once the gaps that hold no comment of the post are bridged
 * (`bridged`), not one entry per comment. Pure.
 */
export type Ranges = readonly number[];

export const EMPTY: Ranges = [];

/** The ranges holding exactly `ids` (any order, repeats allowed). */
export function fromIds(ids: Iterable<number>): Ranges {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out: number[] = [];
  for (const id of sorted) {
    if (out.length && out[out.length - 1]! + 1 === id) out[out.length - 1] = id;
    else out.push(id, id);
  }
  return out;
}

/** Whether `id` is in the ranges (binary search). */
export function has(ranges: Ranges, id: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (id < ranges[2 * mid]!) hi = mid - 1;
    else if (id > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Appends [lo, hi] to sorted output, joining it to the last range when they touch or overlap. */
function push(out: number[], lo: number, hi: number): void {
  const last = out.length - 1;
  if (last > 0 && lo <= out[last]! + 1) out[last] = Math.max(out[last]!, hi);
  else out.push(lo, hi);
}

/** Every id in `a` or `b`. */
export function union(a: Ranges, b: Ranges): Ranges {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i]! <= b[j]!);
    if (fromA) push(out, a[i]!, a[i + 1]!), (i += 2);
    else push(out, b[j]!, b[j + 1]!), (j += 2);
  }
  return out;
}

/** Every id in `a` and not in `b`. */
export function subtract(a: Ranges, b: Ranges): Ranges {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i]!;
    const hi = a[i + 1]!;
    while (j < b.length && b[j + 1]! < lo) j += 2;
    for (let k = j; k < b.length && b[k]! <= hi && lo <= hi; k += 2) {
      if (b[k]! > lo) out.push(lo, b[k]! - 1);
      lo = Math.max(lo, b[k + 1]! + 1);
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}

/**
 * Joins neighbouring ranges when no id of `known` (sorted ascending: every
 * comment of the post) lies between them: the ids in that gap belong to other
 * posts. Only safe when `known` is the whole post; a comment not known yet
 * could sit in a gap and would count as read.
 */
export function bridged(ranges: Ranges, known: readonly number[]): Ranges {
  if (ranges.length < 4) return ranges;
  const out: number[] = [ranges[0]!, ranges[1]!];
  let k = 0;
  for (let i = 2; i < ranges.length; i += 2) {
    const gapFrom = out[out.length - 1]!;
    const gapTo = ranges[i]!;
    while (k < known.length && known[k]! <= gapFrom) k++;
    if (k < known.length && known[k]! < gapTo) out.push(ranges[i]!, ranges[i + 1]!);
    else out[out.length - 1] = ranges[i + 1]!;
  }
  return out;
}

/** How many ranges there are. */
export const rangeCount = (ranges: Ranges): number => ranges.length / 2;

/**
 * Text for storage: the numbers as differences from the one before, in base
 * 36, joined by dots (a thread read from end to end is a few characters).
 */
export function encode(ranges: Ranges): string {
  return ranges.map((n, i) => (n - (i ? ranges[i - 1]! : 0)).toString(36)).join('.');
}

const DIGITS = /^[0-9a-z]{1,11}$/;

/** The ranges `encode` wrote, or null when the text is not such a list. */
export function decode(text: string): Ranges | null {
  if (text === '') return EMPTY;
  const out: number[] = [];
  for (const part of text.split('.')) {
    if (!DIGITS.test(part)) return null;
    const n = parseInt(part, 36) + (out.length ? out[out.length - 1]! : 0);
    // Each range starts past the last one's end plus one (disjoint, not touching); lo ≤ hi.
    const gapOk = out.length % 2 === 0 ? out.length === 0 || n > out[out.length - 1]! + 1 : true;
    if (!Number.isSafeInteger(n) || !gapOk) return null;
    out.push(n);
  }
  return out.length % 2 === 0 ? out : null;
}
