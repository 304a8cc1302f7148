import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread, preorder } from '../../../utils/thread/build';
import { makeComment as c } from '../../support/make-comment';

describe('buildThread', () => {
  it('links children in page order and recomputes depth from parents', () => {
    const t = buildThread(null, [c(1, null), c(2, 1), c(3, 2), c(4, 1), c(5, null)]);
    expect(t.roots).toEqual([1, 5]);
    expect(t.children.get(1)).toEqual([2, 4]);
    expect([...t.byId.values()].map((x) => [x.id, x.depth])).toEqual([[1, 0], [2, 1], [3, 2], [4, 1], [5, 0]]);
    expect(preorder(t)).toEqual([1, 2, 3, 4, 5]);
  });

  it('makes a comment whose parent is missing a root (blocked user, context view)', () => {
    const t = buildThread(null, [c(1, null), c(3, 2), c(4, 3)]);
    expect(t.roots).toEqual([1, 3]);
    expect(t.byId.get(4)!.depth).toBe(1);
  });

  it('keeps the first of duplicate ids', () => {
    const t = buildThread(null, [c(1, null, { text: 'first' }), c(1, null, { text: 'second' })]);
    expect(t.byId.size).toBe(1);
    expect(t.byId.get(1)!.text).toBe('first');
  });

  it('does not loop on a parent cycle in bad input', () => {
    const t = buildThread(null, [c(1, 2), c(2, 1), c(3, 3)]);
    expect([...preorder(t)].sort()).toEqual([1, 2, 3]);
    expect(t.roots).toContain(3);
  });

  it('roots exactly the comments whose chain of parents loops or ends off the page, on random parent links', () => {
    // The definition, walked per comment: a chain loops when it comes back to a comment it passed.
    const loops = (parents: Map<number, number | null>, id: number) => {
      const seen = new Set([id]);
      for (let cur = parents.get(id) ?? null; cur !== null && parents.has(cur); cur = parents.get(cur) ?? null) {
        if (seen.has(cur)) return true;
        seen.add(cur);
      }
      return false;
    };
    const links = fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 14 }))), { maxLength: 14 });
    fc.assert(
      fc.property(links, (pairs) => {
        const t = buildThread(null, pairs.map(([id, parent]) => c(id, parent)));
        const parents = new Map([...t.byId.values()].map((x) => [x.id, x.parentId]));
        const want = [...parents].filter(([id, p]) => p === null || p === id || !parents.has(p) || loops(parents, id)).map(([id]) => id);
        expect(t.roots).toEqual(want);
        expect([...preorder(t)].sort((a, b) => a - b)).toEqual([...parents.keys()].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });

  it('gives every comment its number of ancestors as depth, whatever depth it came with and in any order', () => {
    // A forest listed parents first (as page order and the data are), each with a wrong depth, and the same comments shuffled.
    const forest = fc
      .array(fc.tuple(fc.nat(), fc.boolean(), fc.nat({ max: 9 })), { minLength: 1, maxLength: 30 })
      .map((specs) => specs.map(([pick, root, depth], i) => c(i + 1, root || i === 0 ? null : (pick % i) + 1, { depth })));
    const ancestors = (comments: ReturnType<typeof c>[], id: number) => {
      let n = 0;
      for (let p = comments[id - 1]!.parentId; p !== null; p = comments[p - 1]!.parentId) n++;
      return n;
    };
    fc.assert(
      fc.property(forest, fc.nat(), (comments, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(comments, { minLength: comments.length }), { seed, numRuns: 1 })[0]!;
        for (const list of [comments, shuffled]) {
          const t = buildThread(null, list);
          for (const x of t.byId.values()) expect(x.depth).toBe(ancestors(comments, x.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('accepts children listed before their parent (ids out of order)', () => {
    const t = buildThread(null, [c(9, 3), c(3, null)]);
    expect(t.roots).toEqual([3]);
    expect(t.children.get(3)).toEqual([9]);
  });

  it('handles a depth-60 chain and 10,000 comments', () => {
    const chain = Array.from({ length: 60 }, (_, i) => c(i + 1, i === 0 ? null : i));
    const deep = buildThread(null, chain);
    expect(deep.byId.get(60)!.depth).toBe(59);
    const wide = buildThread(null, Array.from({ length: 10_000 }, (_, i) => c(i + 1, i % 10 === 0 ? null : i)));
    expect(wide.byId.size).toBe(10_000);
    expect(wide.roots.length).toBe(1000);
    expect(preorder(wide).length).toBe(10_000);
  });
});
