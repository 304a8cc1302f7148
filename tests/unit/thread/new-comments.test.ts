import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread, preorder } from '../../../utils/thread/build';
import { stepIn } from '../../../utils/thread/navigate';
import { collapseWithoutNew, highestId, newBelow, newComments } from '../../../utils/thread/new-comments';
import { ancestors, visibleRows } from '../../../utils/thread/outline';
import { makeComment as c } from '../../support/make-comment';

// 10 ─ 11 ─ 30        (30 arrived after the visit)
//    └ 12
// 20 ─ 21
// 25                  (25 too, a new top-level comment)
const thread = buildThread(null, [c(10, null), c(11, 10), c(30, 11), c(12, 10), c(20, null), c(21, 20), c(25, null)]);

describe('new since the last visit', () => {
  it('is every comment above the last visit’s highest id, and nothing on a first visit', () => {
    expect([...newComments(thread, 24)].sort()).toEqual([25, 30]);
    expect(newComments(thread, 30).size).toBe(0);
    expect(newComments(thread, null).size).toBe(0);
    expect(highestId(thread)).toBe(30);
    expect(highestId(buildThread(null, []))).toBeNull();
  });

  it('counts the new comments below each comment, not the comment itself', () => {
    const below = newBelow(thread, new Set([30, 12]));
    expect(Object.fromEntries(below)).toEqual({ 10: 2, 11: 1 });
  });

  it('collapses what has nothing new below it, keeping each new comment and its path open', () => {
    const fresh = newComments(thread, 24);
    expect([...collapseWithoutNew(thread, fresh)].sort()).toEqual([20]);
    const rows = visibleRows(thread, collapseWithoutNew(thread, fresh)).map((r) => r.id);
    expect(rows).toEqual([10, 11, 30, 12, 20, 25]);
    expect(collapseWithoutNew(thread, new Set()).size).toBe(0);
  });

  it('never hides a new comment, whatever the tree (property)', () => {
    const links = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(links, fc.integer({ min: 0, max: 45 }), (parents, baseline) => {
        // Comment i+1's parent is an earlier comment (or none), so ids grow down the page like Lemmy's.
        const comments = parents.map((p, i) => c(i + 1, p === 0 || p > i ? null : p));
        const t = buildThread(null, comments);
        const fresh = newComments(t, baseline);
        const collapsed = collapseWithoutNew(t, fresh);
        for (const id of fresh) expect(ancestors(t, id).filter((a) => collapsed.has(a))).toEqual([]);
        // and everything it collapses has replies, none of them new
        for (const id of collapsed) expect(newBelow(t, fresh).get(id) ?? 0).toBe(0);
      }),
    );
  });

  it('steps through new comments in reading order, wrapping, from anywhere', () => {
    const fresh = new Set([30, 25]);
    expect(stepIn(thread, fresh, null, 1)).toBe(30);
    expect(stepIn(thread, fresh, null, -1)).toBe(25);
    expect(stepIn(thread, fresh, 30, 1)).toBe(25);
    expect(stepIn(thread, fresh, 25, 1)).toBe(30);
    expect(stepIn(thread, fresh, 12, 1)).toBe(25); // from an old comment: the next new one after it
    expect(stepIn(thread, fresh, 12, -1)).toBe(30);
    expect(stepIn(thread, new Set(), 12, 1)).toBeNull();
  });

  it('handles a chain 60 deep without recursion limits', () => {
    const chain = buildThread(null, Array.from({ length: 60 }, (_, i) => c(i + 1, i === 0 ? null : i, { depth: i })));
    const fresh = newComments(chain, 59);
    expect([...fresh]).toEqual([60]);
    expect(newBelow(chain, fresh).get(1)).toBe(1);
    expect(collapseWithoutNew(chain, fresh).size).toBe(0);
    expect(stepIn(chain, fresh, 1, 1)).toBe(60);
    expect(preorder(chain)).toHaveLength(60);
  });
});
