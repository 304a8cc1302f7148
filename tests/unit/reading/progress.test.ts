import { describe, expect, it } from 'vitest';
import { collapseRead, collapseToUnread, knownIds, progressOf } from '../../../utils/reading/progress';
import { fromIds } from '../../../utils/reading/ranges';
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
