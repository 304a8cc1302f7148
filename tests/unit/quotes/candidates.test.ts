import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatesFor, holds, mergeSorted } from '../../../utils/quotes/candidates';
import type { SourceIndex } from '../../../utils/quotes/index-sources';
import type { Plan } from '../../../utils/quotes/plan';

/** The definition: sources holding one of the `take` rarest known words; fuzzy ones also hold enough of them all. */
function reference(postings: number[][], plan: Plan, fuzzy: boolean): number[] {
  const take = (fuzzy ? plan.budget + 1 : 1) - plan.unknown;
  if (take <= 0) return [];
  const lists = plan.known.map((id) => postings[id] ?? []).sort((a, b) => a.length - b.length);
  const union = [...new Set(lists.slice(0, take).flat())];
  const count = (at: number) => lists.filter((l) => l.includes(at)).length;
  return union.filter((at) => !fuzzy || count(at) >= plan.known.length - take + 1).sort((a, b) => a - b);
}

const SOURCES = 40;
const ascending = fc.uniqueArray(fc.integer({ min: 0, max: SOURCES - 1 }), { maxLength: SOURCES }).map((l) => l.sort((a, b) => a - b));

describe('candidatesFor', () => {
  it('finds exactly the sources of the definition, exact and fuzzy', () => {
    const input = fc.record({
      postings: fc.array(ascending, { minLength: 1, maxLength: 12 }),
      known: fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 8 }),
      unknown: fc.integer({ min: 0, max: 3 }),
      budget: fc.integer({ min: 0, max: 4 }),
      fuzzy: fc.boolean(),
    });
    fc.assert(
      fc.property(input, ({ postings, known, unknown, budget, fuzzy }) => {
        const index = { postings, sources: Array(SOURCES) } as unknown as SourceIndex;
        const plan = { known, unknown, budget } as Plan;
        const got = candidatesFor(index, plan, fuzzy);
        const want = reference(postings, plan, fuzzy);
        expect(got.list).toEqual(want);
        for (let at = 0; at < SOURCES; at++) expect(holds(got, at)).toBe(want.includes(at));
      }),
      { numRuns: 3000 },
    );
  });
  it('merges ascending lists into one, without repeats', () => {
    fc.assert(
      fc.property(fc.array(ascending, { maxLength: 5 }), (lists) => {
        expect(mergeSorted(lists)).toEqual([...new Set(lists.flat())].sort((a, b) => a - b));
      }),
    );
  });
});
