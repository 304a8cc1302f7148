import { describe, expect, it } from 'vitest';
import { initialCollapsed } from '../../../utils/features/collapse/rules';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { buildThread } from '../../../utils/thread/build';
import { makeComment as c } from '../../support/make-comment';

const score = (value: number) => ({ up: null, down: null, score: { value, approx: false } });
// 1 ─ 2 ─ 3 ─ 4      5 (bot) ─ 6      7 (deleted) ─ 8      9 (score -3) ─ 10      11 (leaf bot)
const thread = buildThread(null, [
  c(1, null),
  c(2, 1, { depth: 1 }),
  c(3, 2, { depth: 2 }),
  c(4, 3, { depth: 3 }),
  c(5, null, { badges: { op: false, mod: false, admin: false, bot: true, banned: false } }),
  c(6, 5, { depth: 1 }),
  c(7, null, { deleted: true }),
  c(8, 7, { depth: 1 }),
  c(9, null, { votes: score(-3) }),
  c(10, 9, { depth: 1 }),
  c(11, null, { badges: { op: false, mod: false, admin: false, bot: true, banned: false } }),
]);
const rules = (patch: Partial<typeof DEFAULT_SETTINGS.collapse>) => ({ ...DEFAULT_SETTINGS.collapse, ...patch });
const ids = (patch: Partial<typeof DEFAULT_SETTINGS.collapse>) => [...initialCollapsed(thread, rules(patch))].sort((a, b) => a - b);

describe('collapse rules on open', () => {
  it('collapses nothing by default', () => {
    expect(ids({})).toEqual([]);
  });

  it('collapses below the default depth', () => {
    expect(ids({ defaultDepth: 1 })).toEqual([2, 3]);
    expect(ids({ defaultDepth: 0 })).toEqual([1, 2, 3, 5, 7, 9]);
  });

  it('collapses low scores, bots and deleted comments, only where there are replies', () => {
    expect(ids({ belowScore: 0 })).toEqual([9]);
    expect(ids({ bots: true })).toEqual([5]);
    expect(ids({ deleted: true })).toEqual([7]);
  });

  it('combines rules as a union', () => {
    expect(ids({ defaultDepth: 2, bots: true, deleted: true, belowScore: 0 })).toEqual([3, 5, 7, 9]);
  });
});
