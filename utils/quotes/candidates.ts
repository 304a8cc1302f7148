/**
 * Which sources could hold a quote, from the word index alone. A match with at
 * most k word edits misses at most k of the quote's distinct words, so of any
 * k + 1 of them at least one is in the source: the sources containing one of
 * the k + 1 rarest are the only candidates (k = 0 for exact: the rarest word).
 * A quote's candidates cost what they hold: no array the size of the thread
 * per quote (10,000 sources × thousands of quotes made most of the garbage
 * of a big thread); fuzzy counting uses one counter array per thread.
 */
import type { SourceIndex } from './index-sources';
import type { Plan } from './plan';

export interface Candidates {
  /** Source positions that may hold the plan, ascending (reading order). */
  list: readonly number[];
}

const NONE: readonly number[] = [];

export function candidatesFor(index: SourceIndex, plan: Plan, fuzzy: boolean): Candidates {
  // Words the thread does not have are the rarest of all and are certainly among the misses.
  const take = (fuzzy ? plan.budget + 1 : 1) - plan.unknown;
  if (take <= 0) return { list: [] };
  const lists = plan.known.map((id) => index.postings[id] ?? NONE).sort((a, b) => a.length - b.length);
  if (!fuzzy) return { list: lists[0] ?? NONE };
  // Fuzzy candidates may miss at most `take - 1` known distinct words, so they must hold
  // at least `need` of them: counting them is far cheaper than the dynamic programme it saves.
  const need = plan.known.length - take + 1;
  const counts = countsOf(index);
  for (const posting of lists) for (const at of posting) counts[at]!++;
  const list: number[] = [];
  for (let l = 0; l < take && l < lists.length; l++) {
    for (const at of lists[l]!) {
      // Positive until looked at here once (a source in several of these lists is taken once).
      if (counts[at]! > 0 && counts[at]! >= need) list.push(at);
      counts[at] = -1;
    }
  }
  for (const posting of lists) for (const at of posting) counts[at] = 0;
  return { list: list.sort((a, b) => a - b) };
}

/** One counter per source, shared by every quote of a thread and left all zero after each use. */
const scratch = new WeakMap<SourceIndex, Int32Array>();
function countsOf(index: SourceIndex): Int32Array {
  let counts = scratch.get(index);
  if (!counts || counts.length < index.sources.length) scratch.set(index, (counts = new Int32Array(index.sources.length)));
  return counts;
}

/** Whether `at` is among the candidates (binary search). */
export function holds(candidates: Candidates, at: number): boolean {
  return indexOf(candidates.list, at) >= 0;
}

/** The union of ascending lists, ascending, without repeats (a lone list is returned as it is). */
export function mergeSorted(lists: readonly (readonly number[])[]): readonly number[] {
  let out = lists[0] ?? NONE;
  for (let l = 1; l < lists.length; l++) out = mergeTwo(out, lists[l]!);
  return out;
}

function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

function indexOf(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
