import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KEEP_DAYS, loadVisit, MAX_VISITS, parseVisits, saveVisit, visitsItem, withVisit, type Visit } from '../../../utils/settings/new-comments-store';

const DAY = 86_400_000;
const now = 1_800_000_000_000;

describe('last visits per post', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves the visited post to the front and never lowers its highest id', () => {
    const list: Visit[] = [
      { post: 'a/post/1', maxId: 50, at: now - 10 },
      { post: 'a/post/2', maxId: 70, at: now - 20 },
    ];
    expect(withVisit(list, 'a/post/2', 60, now)).toEqual([
      { post: 'a/post/2', maxId: 70, at: now }, // a reload that read fewer comments does not make old ones new
      { post: 'a/post/1', maxId: 50, at: now - 10 },
    ]);
    expect(withVisit(list, 'a/post/1', 90, now)[0]).toEqual({ post: 'a/post/1', maxId: 90, at: now });
    expect(withVisit([{ post: 'p', maxId: null, at: 0 }], 'p', 5, now)[0]!.maxId).toBe(5);
  });

  it('stays bounded: old entries expire, and at most MAX_VISITS are kept', () => {
    const old = { post: 'old', maxId: 1, at: now - (KEEP_DAYS + 1) * DAY };
    expect(withVisit([old], 'new', 2, now).map((v) => v.post)).toEqual(['new']);
    const many = Array.from({ length: MAX_VISITS + 5 }, (_, i) => ({ post: `p${i}`, maxId: i, at: now - i }));
    const kept = withVisit(many, 'fresh', 1, now);
    expect(kept).toHaveLength(MAX_VISITS);
    expect(kept[0]!.post).toBe('fresh');
  });

  it('drops whatever is malformed in storage instead of throwing', async () => {
    const junk = [null, 3, 'x', { post: 1 }, { post: 'a', maxId: 1.5, at: 1 }, { post: 'b', maxId: 2, at: 'now' }, { post: 'c', maxId: null, at: now }];
    expect(parseVisits(junk)).toEqual([{ post: 'c', maxId: null, at: now }]);
    expect(parseVisits({ not: 'a list' })).toEqual([]);
    await fakeBrowser.storage.local.set({ visits: 'garbage' });
    expect(await loadVisit('c')).toBeNull();
    await saveVisit('c', 9, now);
    expect(await visitsItem.getValue()).toEqual([{ post: 'c', maxId: 9, at: now }]);
  });

  it('loads the last visit, or null on a first visit or after the retention', async () => {
    await saveVisit('lemmy.test/post/1', 40, now);
    expect(await loadVisit('lemmy.test/post/1', now + DAY)).toEqual({ post: 'lemmy.test/post/1', maxId: 40, at: now });
    expect(await loadVisit('lemmy.test/post/2', now)).toBeNull();
    expect(await loadVisit('lemmy.test/post/1', now + (KEEP_DAYS + 1) * DAY)).toBeNull();
  });
});
