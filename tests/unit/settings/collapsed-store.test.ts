import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  collapsedByPost,
  loadCollapsed,
  MAX_POSTS,
  parseCollapsed,
  saveCollapsed,
  withCollapsed,
} from '../../../utils/settings/collapsed-store';

describe('collapsed subthreads per post', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through extension storage', async () => {
    await saveCollapsed('lemmy.test/post/1', [3, 4]);
    await saveCollapsed('lemmy.test/post/2', [9]);
    expect(await loadCollapsed('lemmy.test/post/1')).toEqual([3, 4]);
    expect(await loadCollapsed('lemmy.test/post/3')).toEqual([]);
  });

  it('removes a post when nothing is collapsed', async () => {
    await saveCollapsed('p', [1]);
    await saveCollapsed('p', []);
    expect(await collapsedByPost.getValue()).toEqual([]);
  });

  it('survives corrupt storage, field by field', async () => {
    await fakeBrowser.storage.local.set({
      collapsedByPost: [{ post: 'ok', ids: [1], at: 1 }, { post: 'bad', ids: ['x'], at: 1 }, 'junk', null],
    });
    expect(await loadCollapsed('ok')).toEqual([1]);
    expect(await loadCollapsed('bad')).toEqual([]);
    expect(parseCollapsed({ not: 'an array' })).toEqual([]);
  });

  it('keeps the newest posts only', () => {
    let entries = withCollapsed([], 'first', [1], 0);
    for (let i = 0; i < MAX_POSTS + 5; i++) entries = withCollapsed(entries, `p${i}`, [i], i + 1);
    expect(entries.length).toBe(MAX_POSTS);
    expect(entries[0]!.post).toBe(`p${MAX_POSTS + 4}`);
    expect(entries.some((e) => e.post === 'first')).toBe(false);
  });
});
