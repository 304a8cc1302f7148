import { describe, expect, it } from 'vitest';
import { keepUnderPageCollapse } from '../../../utils/session/keep-collapsed';
import { buildThread } from '../../../utils/thread/build';
import { makeComment as c } from '../../support/make-comment';

describe('keepUnderPageCollapse', () => {
  const before = buildThread(null, [c(1, null), c(2, 1), c(3, 2), c(4, null)]);

  it("keeps replies lemmy-ui removed from the DOM when it collapsed their parent", () => {
    const now = [c(1, null, { collapsedInPage: true }), c(4, null)];
    expect(keepUnderPageCollapse(before, now).map((x) => x.id)).toEqual([1, 2, 3, 4]);
  });

  it('drops comments whose parent is gone or not collapsed (new sort, new post)', () => {
    expect(keepUnderPageCollapse(before, [c(4, null)]).map((x) => x.id)).toEqual([4]);
    expect(keepUnderPageCollapse(before, [c(1, null), c(4, null)]).map((x) => x.id)).toEqual([1, 4]);
  });

  it("keeps a collapsed comment's \"more replies\" count: lemmy-ui's collapse took its button away, not its replies", () => {
    const open = buildThread(null, [c(1, null, { moreReplies: 5 }), c(4, null)]);
    const now = [c(1, null, { collapsedInPage: true, moreReplies: 0 }), c(4, null)];
    expect(keepUnderPageCollapse(open, now)[0]!.moreReplies).toBe(5);
    expect(keepUnderPageCollapse(open, [c(1, null), c(4, null)])[0]!.moreReplies).toBe(0);
  });

  it('leaves comments known only from the data to the data', () => {
    const known = buildThread(null, [c(1, null), c(2, 1, { offPage: true })]);
    expect(keepUnderPageCollapse(known, [c(1, null, { collapsedInPage: true })]).map((x) => x.id)).toEqual([1]);
  });

  it('returns the current read on a first read', () => {
    const empty = buildThread(null, []);
    expect(keepUnderPageCollapse(empty, [c(7, null)]).map((x) => x.id)).toEqual([7]);
  });
});
