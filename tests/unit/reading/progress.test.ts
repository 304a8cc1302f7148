import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseRead, collapseToUnread, knownIds, progressOf } from '../../../utils/reading/progress';
import { fromIds, has } from '../../../utils/reading/ranges';
import { buildThread } from '../../../utils/thread/build';
import { makeComment as c } from '../../support/make-comment';

// 10 ─ 11 ─ 13
//    └ 12
// 20 ─ 21
// 25           (25 known from the data only, not on the page)
const comments = [c(10, null), c(11, 10), c(13, 11), c(12, 10), c(20, null), c(21, 20), { ...c(25, null), offPage: true }];
const thread = buildThread(null, comments);

describe('reading progress over a thread', () => {
  it('counts every comment known, those off the page too', () => {
    const p = progressOf(thread, fromIds([10, 11, 25, 999]));
    expect({ read: p.read, total: p.total }).toEqual({ read: 3, total: 7 });
    expect([...p.unread].sort()).toEqual([12, 13, 20, 21]);
  });

  it('gives the last progress back when nothing changed for the thread, a new one when something did', () => {
    const before = progressOf(thread, fromIds([10, 11, 25]));
    // Other posts' ids, or the gap between 11 and 25 bridged: the same for this thread.
    expect(progressOf(thread, fromIds([10, 11, 25, 500, 501]), before)).toBe(before);
    expect(progressOf(thread, [10, 11, 14, 19, 25, 25], before)).toBe(before);
    const after = progressOf(thread, fromIds([10, 11, 12, 25]), before);
    expect(after).not.toBe(before);
    expect([...after.unread].sort()).toEqual([13, 20, 21]);
    // Another thread of the same size: its own ids are checked, not the count alone.
    const other = buildThread(null, comments.map((x) => ({ ...x, id: x.id + 1000, parentId: x.parentId === null ? null : x.parentId + 1000 })));
    expect(progressOf(other, fromIds([10, 11, 25]), before)).not.toBe(before);
  });

  it('collapses what was read: a read comment whose replies are all read', () => {
    const { unread } = progressOf(thread, fromIds([10, 11, 13, 20]));
    // 11 and everything below it are read; 10 has 12 unread below; 20 has 21 unread.
    expect([...collapseRead(thread, unread)]).toEqual([11]);
  });

  it('leaves only unread comments and the paths to them open', () => {
    const { unread } = progressOf(thread, fromIds([10, 11, 13, 12]));
    expect([...collapseToUnread(thread, unread)].sort()).toEqual([10, 11]);
  });

  it('knows every id only when the thread has all its comments', () => {
    expect(knownIds(thread)).toBeNull();
    expect(knownIds({ ...thread, total: 7 })).toEqual([10, 11, 12, 13, 20, 21, 25]);
  });
});

describe('reading progress counted from the ranges', () => {
  // What the progress was before it was counted from the ranges: a set of every unread id.
  const unreadSet = (t: typeof thread, ranges: readonly number[]) => new Set([...t.byId.keys()].filter((id) => !has(ranges, id)));
  const big = buildThread(null, Array.from({ length: 60 }, (_, i) => c(100 + 3 * i, i % 4 ? 100 + 3 * (i - 1) : null)));
  const someIds = fc.array(fc.integer({ min: 90, max: 290 }), { maxLength: 80 });

  it('counts, marks and lists the same unread comments as the set of every unread id', () => {
    fc.assert(fc.property(someIds, (ids) => {
      const ranges = fromIds(ids);
      const p = progressOf(big, ranges);
      const expected = unreadSet(big, ranges);
      expect(p.total).toBe(big.byId.size);
      expect(p.read).toBe(big.byId.size - expected.size);
      expect([...p.unread]).toEqual([...expected]);
      for (let id = 90; id <= 300; id++) expect(p.isUnread(id)).toBe(expected.has(id));
    }));
  });

  it('gives the last progress back exactly when the unread ids are the same', () => {
    fc.assert(fc.property(someIds, someIds, (a, b) => {
      const before = progressOf(big, fromIds(a));
      const after = progressOf(big, fromIds(b), before);
      const same = [...unreadSet(big, fromIds(a))].join() === [...unreadSet(big, fromIds(b))].join();
      expect(after === before).toBe(same);
    }));
  });
});
