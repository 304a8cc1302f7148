/**
 * Which sources could hold a quote, from the word index alone. A match with at
 * most k word edits misses at most k of the quote's distinct words, so of any
 * k + 1 of them at least one is in the source: the sources containing one of
 * the k + 1 rarest are the only candidates (k = 0 for exact: the rarest word).
 */
import type { SourceIndex } from './index-sources';
import type { Plan } from './plan';

export interface Candidates {
  /** 1 at each source position that may hold the plan. */
  mark: Uint8Array;
  /** The same positions, ascending (reading order). */
  list: number[];
}

export function candidatesFor(index: SourceIndex, plan: Plan, fuzzy: boolean): Candidates {
  const mark = new Uint8Array(index.sources.length);
  const list: number[] = [];
  // Words the thread does not have are the rarest of all and are certainly among the misses.
  const take = (fuzzy ? plan.budget + 1 : 1) - plan.unknown;
  if (take <= 0) return { mark, list };
  const lists = plan.known.map((id) => index.postings[id] ?? []).sort((a, b) => a.length - b.length);
  for (const posting of lists.slice(0, take)) {
    for (const at of posting) if (!mark[at]) (mark[at] = 1), list.push(at);
  }
  const kept = fuzzy ? list.filter(holdsEnough(lists, plan.known.length - take + 1, index.sources.length)) : list;
  if (kept !== list) for (const at of list) mark[at] = 0;
  for (const at of kept) mark[at] = 1;
  return { mark, list: kept.sort((a, b) => a - b) };
}

/**
 * Fuzzy candidates may miss at most `take - 1` known distinct words, so they
 * must hold at least `need` of them: counting them is far cheaper than the
 * dynamic programme it saves.
 */
function holdsEnough(lists: readonly (readonly number[])[], need: number, size: number): (at: number) => boolean {
  const counts = new Int32Array(size);
  for (const posting of lists) for (const at of posting) counts[at]!++;
  return (at) => counts[at]! >= need;
}
