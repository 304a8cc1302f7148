import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import { collapseAll, collapseBelowScore, collapseToDepth, toggle } from '../../../utils/thread/collapse';
import { afterCollapse, move } from '../../../utils/thread/navigate';
import { ancestors, descendantCounts, rootOf, visibleRows } from '../../../utils/thread/outline';
import { makeComment as c } from '../../support/make-comment';

// 1 ─ 2 ─ 3
//   └ 4
// 5 ─ 6
// 7
const score = (n: number) => ({ votes: { up: { value: n, approx: false }, down: { value: 0, approx: false }, score: { value: n, approx: false } } });
const thread = buildThread(null, [c(1, null, score(10)), c(2, 1, score(-3)), c(3, 2), c(4, 1), c(5, null, score(-1)), c(6, 5), c(7, null)]);
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

describe('outline rows', () => {
  it('lists every comment depth-first with ARIA positions', () => {
    const rows = visibleRows(thread, new Set());
    expect(ids(rows)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.find((r) => r.id === 4)).toMatchObject({ depth: 1, posinset: 2, setsize: 2, hasChildren: false });
    expect(rows.find((r) => r.id === 1)).toMatchObject({ depth: 0, posinset: 1, setsize: 3, expanded: true });
  });

  it('leaves out the replies of collapsed comments', () => {
    const rows = visibleRows(thread, new Set([1]));
    expect(ids(rows)).toEqual([1, 5, 6, 7]);
    expect(rows[0]).toMatchObject({ expanded: false, hasChildren: true });
  });

  it('counts descendants', () => {
    expect(Object.fromEntries(descendantCounts(thread))).toEqual({ 1: 3, 2: 1, 3: 0, 4: 0, 5: 1, 6: 0, 7: 0 });
  });

  it('works the counts out once per tree, and again for a tree with other lists', () => {
    const counts = descendantCounts(thread);
    // Settled or given its total, a thread keeps its lists: the counts worked out ahead hold.
    expect(descendantCounts({ ...thread, total: 99 })).toBe(counts);
    // A new tree (a join, a reply) has lists of its own, whatever its comments.
    const grown = buildThread(null, [...thread.byId.values(), c(8, 7)]);
    expect(descendantCounts(grown)).not.toBe(counts);
    expect(descendantCounts(grown).get(7)).toBe(1);
    // Same children, other roots (a root left the page): counted again, not taken from the cache.
    const fewer = { ...thread, roots: thread.roots.filter((id) => id !== 7) };
    expect(descendantCounts(fewer)).not.toBe(counts);
    expect(descendantCounts(fewer).has(7)).toBe(false);
  });

  it('finds ancestors and roots', () => {
    expect(ancestors(thread, 3)).toEqual([2, 1]);
    expect(rootOf(thread, 3)).toBe(1);
    expect(rootOf(thread, 7)).toBe(7);
  });
});

describe('collapse rules', () => {
  it('collapses all, to a depth, below a score', () => {
    expect([...collapseAll(thread)].sort()).toEqual([1, 2, 5]);
    expect([...collapseToDepth(thread, 0)].sort()).toEqual([1, 2, 5]);
    expect([...collapseToDepth(thread, 1)].sort()).toEqual([2]);
    expect([...collapseBelowScore(thread, 0)].sort()).toEqual([2, 5]);
  });
  it('toggles one', () => {
    expect([...toggle(new Set([1]), 1)]).toEqual([]);
    expect([...toggle(new Set(), 1)]).toEqual([1]);
    expect([...toggle(new Set([1]), 1, true)]).toEqual([1]);
  });
});

describe('navigation', () => {
  const rows = visibleRows(thread, new Set());
  it.each([
    [1, 'next', 2],
    [4, 'next', 5],
    [2, 'prev', 1],
    [1, 'prev', null],
    [7, 'next', null],
    [2, 'nextSibling', 4],
    [4, 'nextSibling', null],
    [4, 'prevSibling', 2],
    [3, 'parent', 2],
    [1, 'parent', null],
    [3, 'root', 1],
    [3, 'nextThread', 5],
    [6, 'prevThread', 1],
    [7, 'nextThread', null],
    [4, 'first', 1],
    [1, 'last', 7],
  ] as const)('from %i, %s → %s', (from, how, to) => {
    expect(move(thread, rows, from, how)).toBe(to);
  });

  it('skips collapsed replies and starts at the top with nothing selected', () => {
    const folded = visibleRows(thread, new Set([1]));
    expect(move(thread, folded, 1, 'next')).toBe(5);
    expect(move(thread, folded, null, 'next')).toBe(1);
  });

  it('moves on to the next sibling after collapsing', () => {
    expect(afterCollapse(thread, rows, 1)).toBe(5);
    expect(afterCollapse(thread, rows, 4)).toBe(5);
  });

  it('moves past the collapsed subtree when there is no next sibling, not into a reply it hides', () => {
    // 1 ─ 2 ─ 3 ─ 8     (2 is its parent's only reply here: no next sibling)
    // 5 ─ 6             the rows are those from before the collapse, as the outline passes them
    const deep = buildThread(null, [c(1, null), c(2, 1), c(3, 2), c(8, 3), c(5, null), c(6, 5)]);
    const before = visibleRows(deep, new Set());
    expect(afterCollapse(deep, before, 2)).toBe(5);
    expect(afterCollapse(deep, before, 3)).toBe(5);
    expect(afterCollapse(deep, before, 5)).toBe(5); // the last thread: nowhere further, it stays
  });
});
