import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fromIds, has } from '../../../utils/reading/ranges';
import { bounded, loadRead, MAX_BYTES, parseRead, readItem, saveRead, withChanges, type ReadRecord } from '../../../utils/settings/reading-store';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;
const record = (post: string, at: number, ids: number[]): ReadRecord => withChanges([], post, [{ add: fromIds(ids) }], at, 3650)[0]!;

describe('read-state storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stays within about 1 MB, the least recently read posts dropped first', () => {
    // Scattered ids make long records: about 1,400 characters each.
    const scattered = Array.from({ length: 300 }, (_, i) => i * 7);
    const many = Array.from({ length: 2000 }, (_, i) => record(`lemmy.test/post/${i}`, NOW - i * 1000, scattered));
    const kept = bounded(many, 3650, NOW);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(MAX_BYTES);
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.length).toBeLessThan(many.length);
    expect(kept.map((r) => r.post)).toEqual(many.slice(0, kept.length).map((r) => r.post));
  });

  it('forgets posts older than the age limit', () => {
    const records = [record('a/post/1', NOW - 2 * DAY, [1]), record('a/post/2', NOW - 40 * DAY, [2])];
    expect(bounded(records, 30, NOW).map((r) => r.post)).toEqual(['a/post/1']);
  });

  it('keeps a fully read post in a few characters once its gaps are bridged', () => {
    const post = Array.from({ length: 1900 }, (_, i) => 5_000_000 + i * 13);
    const [r] = withChanges([], 'a/post/1', [{ add: fromIds(post) }], NOW, 90, post);
    expect(r!.read.length).toBeLessThan(20);
  });

  it('loses no update when two tabs read the same post at once', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 40 }), async (one, two) => {
      await readItem.setValue([]);
      // Both tabs loaded before either wrote; each writes only what it marked.
      await Promise.all([saveRead('a/post/1', [{ add: fromIds(one) }], 90, null, NOW), saveRead('a/post/1', [{ add: fromIds(two) }], 90, null, NOW)]);
      const { ranges } = await loadRead('a/post/1', 90, NOW);
      for (const id of [...one, ...two]) expect(has(ranges, id)).toBe(true);
    }), { numRuns: 20 });
  });

  it('takes marking unread from another tab, and keeps what this tab marked after it', async () => {
    await saveRead('a/post/1', [{ add: fromIds([1, 2, 3, 4]) }], 90, null, NOW);
    const after = await saveRead('a/post/1', [{ remove: fromIds([3, 4]) }, { add: fromIds([4]) }], 90, null, NOW);
    expect([1, 2, 3, 4].filter((id) => has(after, id))).toEqual([1, 2, 4]);
  });

  it('drops corrupt or foreign values, reports how many, and reads the rest', async () => {
    const good = record('a/post/1', NOW, [7]);
    await readItem.setValue([good, null, 'x', { post: 'a/post/2', at: NOW, read: '<img>' }, { post: 'a/post/3', at: 'now', read: '1.0' }, { ...good, post: 'b'.repeat(400) }]);
    expect(parseRead(await readItem.getValue()).dropped).toBe(5);
    expect(await loadRead('a/post/1', 90, NOW)).toEqual({ ranges: [7, 7], dropped: 5 });
    await readItem.setValue({ not: 'a list' });
    expect(await loadRead('a/post/1', 90, NOW)).toEqual({ ranges: [], dropped: 1 });
    // The next write starts from what could be read.
    expect(await saveRead('a/post/1', [{ add: fromIds([9]) }], 90, null, NOW)).toEqual([9, 9]);
  });

  it('drops a post left with nothing read', () => {
    const records = withChanges([record('a/post/1', NOW, [1, 2])], 'a/post/1', [{ remove: fromIds([1, 2]) }], NOW, 90);
    expect(records).toEqual([]);
  });
});
