import { describe, expect, it } from 'vitest';
import { badgeText, isCountsNotice, isPageStatus } from '../../../utils/messages';

/** Messages come from content scripts in pages Threadlens does not control: each is checked before use. */
describe('messages between the tab, the popup and the background', () => {
  const ok = { lemmy: true, postId: 7, version: '0.19.20', comments: 12, participants: 4 };

  it('accepts a well-formed status, with or without the new-comment count', () => {
    expect(isPageStatus(ok)).toBe(true);
    expect(isPageStatus({ ...ok, fresh: 0 })).toBe(true);
    expect(isPageStatus({ ...ok, fresh: 3 })).toBe(true);
  });

  it('refuses a status with a field of the wrong kind', () => {
    for (const bad of [null, 'status', { ...ok, comments: '12' }, { ...ok, postId: '7' }, { ...ok, fresh: -1 }, { ...ok, fresh: 1.5 }, { ...ok, fresh: '2' }]) {
      expect(isPageStatus(bad)).toBe(false);
    }
  });

  it('checks count notices and shortens badge counts', () => {
    expect(isCountsNotice({ type: 'threadlens:counts', comments: 5 })).toBe(true);
    expect(isCountsNotice({ type: 'threadlens:counts', comments: '5' })).toBe(false);
    expect([badgeText(null), badgeText(999), badgeText(1000), badgeText(1250), badgeText(12_345)]).toEqual(['', '999', '1k', '1.3k', '12k']);
  });
});
