import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  collapsedByPost,
  loadCollapsed,
  parseCollapsed,
  retained,
  saveCollapsed,
  withCollapsed,
} from '../../../utils/settings/collapse-store';
import { settingsItem } from '../../../utils/settings/items';
import { forgetWhatIsOff } from '../../../utils/settings/retention';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';

/** The collapse settings: the defaults unless a test says otherwise. */
let keep = DEFAULT_SETTINGS.collapse;

const DAY = 86_400_000;

describe('collapsed subthreads per post', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    keep = DEFAULT_SETTINGS.collapse;
  });

  it('round-trips through extension storage', async () => {
    await saveCollapsed('lemmy.test/post/1', [3, 4], keep);
    await saveCollapsed('lemmy.test/post/2', [9], keep);
    expect(await loadCollapsed('lemmy.test/post/1', keep)).toEqual([3, 4]);
    expect(await loadCollapsed('lemmy.test/post/3', keep)).toEqual([]);
  });

  it('removes a post when nothing is collapsed', async () => {
    await saveCollapsed('p', [1], keep);
    await saveCollapsed('p', [], keep);
    expect(await collapsedByPost.getValue()).toEqual([]);
  });

  it('survives corrupt storage, field by field', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      collapsedByPost: [{ post: 'ok', ids: [1], at: now }, { post: 'bad', ids: ['x'], at: now }, 'junk', null],
    });
    expect(await loadCollapsed('ok', keep)).toEqual([1]);
    expect(await loadCollapsed('bad', keep)).toEqual([]);
    expect(parseCollapsed({ not: 'an array' })).toEqual([]);
  });

  it('keeps the newest posts only, as many as the retention allows', () => {
    const keep = { keepPosts: 3, keepDays: 30 };
    let entries = withCollapsed([], 'first', [1], 0, keep);
    for (let i = 0; i < 5; i++) entries = withCollapsed(entries, `p${i}`, [i], i + 1, keep);
    expect(entries.map((e) => e.post)).toEqual(['p4', 'p3', 'p2']);
  });

  it('forgets posts older than the retention in days', () => {
    const now = 100 * DAY;
    const entries = [
      { post: 'today', ids: [1], at: now },
      { post: 'last week', ids: [2], at: now - 7 * DAY },
      { post: 'last month', ids: [3], at: now - 31 * DAY },
    ];
    expect(retained(entries, { keepPosts: 10, keepDays: 30 }, now).map((e) => e.post)).toEqual(['today', 'last week']);
    expect(retained(entries, { keepPosts: 10, keepDays: 1 }, now).map((e) => e.post)).toEqual(['today']);
  });

  it('follows the retention set in the options', async () => {
    keep = { ...keep, keepPosts: 1 };
    await saveCollapsed('a', [1], keep);
    await saveCollapsed('b', [2], keep);
    expect((await collapsedByPost.getValue()).map((e) => e.post)).toEqual(['b']);
  });

  it('remembers nothing, and forgets what it had, when remembering is turned off (anywhere: the background follows the setting)', async () => {
    const stop = forgetWhatIsOff();
    await saveCollapsed('a', [1], keep);
    keep = { ...keep, rememberPerPost: false };
    expect(await loadCollapsed('a', keep)).toEqual([]);
    await saveCollapsed('b', [2], keep);
    await settingsItem.setValue({ collapse: { rememberPerPost: false } });
    await vi.waitFor(async () => expect(await collapsedByPost.getValue()).toEqual([]));
    stop();
  });
});
