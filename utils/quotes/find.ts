/**
 * One plan against one source: its fragments found in order, each after the
 * previous. Exact first; in fuzzy mode a fragment of enough words may then
 * match with a few word edits.
 */
import type { IndexedSource } from './index-sources';
import type { Fragment, Pattern, Plan } from './plan';
import { findExact, findFuzzy, type Hit } from './word-search';

export interface PlanMatch {
  parts: { fragment: Fragment; hit: Hit }[];
  /** Word edits used; 0 when every fragment was found as it is. */
  cost: number;
}

/** How many times a long quote's first chunk is re-anchored when the rest does not follow it. */
const CHAIN_RETRIES = 3;

function exactOf(source: IndexedSource, p: Pattern, from: number, to?: number): Hit | null {
  return findExact(source.words, source.blocked, p.words, p.fail, from, to);
}

function fuzzyOf(source: IndexedSource, p: Pattern, from: number, to: number): Hit | null {
  return exactOf(source, p, from, to) ?? findFuzzy(source.words, source.blocked, p.words, from, to, p.budget);
}

/**
 * A long fragment, chunk by chunk: the first chunk anywhere after `from`, each
 * next one right after the previous (a few words of slack), so the dynamic
 * programme never runs over a long quote × a long source.
 */
function chained(source: IndexedSource, fragment: Fragment, from: number): Hit | null {
  const n = source.words.length;
  const [head, ...rest] = fragment.chunks;
  let anchor = from;
  for (let attempt = 0; head && attempt < CHAIN_RETRIES; attempt++) {
    const first = fuzzyOf(source, head, anchor, n);
    if (!first) return null;
    let end = first.end;
    let cost = first.cost;
    for (const chunk of rest) {
      const hit = fuzzyOf(source, chunk, end, Math.min(n, end + chunk.words.length + 2 * chunk.budget + 1));
      if (!hit || hit.start > end + chunk.budget) {
        cost = -1;
        break;
      }
      end = hit.end;
      cost += hit.cost;
    }
    if (cost >= 0) return { start: first.start, end, cost };
    anchor = first.start + 1;
  }
  return null;
}

function fuzzyFragment(source: IndexedSource, fragment: Fragment, from: number): Hit | null {
  if (fragment.budget === 0) return null;
  if (fragment.chunks.length === 1) return findFuzzy(source.words, source.blocked, fragment.words, from, source.words.length, fragment.budget);
  return chained(source, fragment, from);
}

/** The plan's fragments in order within `source`, or null. */
export function matchPlan(source: IndexedSource, plan: Plan, fuzzy: boolean): PlanMatch | null {
  // Made on the first hit: most sources tried hold no fragment, and a big thread tries thousands.
  let parts: PlanMatch['parts'] | null = null;
  let cursor = 0;
  let cost = 0;
  for (const fragment of plan.fragments) {
    const hit = exactOf(source, fragment, cursor) ?? (fuzzy ? fuzzyFragment(source, fragment, cursor) : null);
    if (!hit) return null;
    (parts ??= []).push({ fragment, hit });
    cost += hit.cost;
    cursor = hit.end;
  }
  return { parts: parts ?? [], cost };
}
