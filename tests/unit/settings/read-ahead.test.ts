import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { collapsedByPost } from '../../../utils/settings/collapse-store';
import { visitsItem, type Visit } from '../../../utils/settings/new-comments-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { readItem } from '../../../utils/settings/reading-store';
import { encode, fromIds } from '../../../utils/reading/ranges';
import { readAhead } from '../../../utils/settings/read-ahead';
import { siteTokens, type SiteToken } from '../../../utils/settings/site-records';

/**
 * A post page's first storage reads, made while the page is parsed (so the "new since" bar comes
 * with the first rows), and never a way around the site's records being forgotten.
 */
const host = 'lemmy.test';
const post = `${host}/post/7`;
const visit = (maxId: number): Visit => ({ post, maxId, at: Date.now() });

/** The site's own storage, as the page side keeps the token there. */
function siteStorage(token: string | null) {
  let kept = token;
  const reads = vi.fn(() => kept);
  const site: SiteToken = {
    read: reads,
    store: (fresh) => ((kept = fresh), true),
  };
  return { site: { host, token: site, privateWindow: false }, reads };
}

describe('reading ahead for a post page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing on a URL that is not a post’s', async () => {
    const storageReads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { site, reads } = siteStorage('t1');
    readAhead(site, null);
    await new Promise((r) => setTimeout(r, 0));
    expect(storageReads).not.toHaveBeenCalled();
    expect(reads).not.toHaveBeenCalled();
  });

  it('on a bound site, gives the visit as it was when the page began, once; later asks read storage again', async () => {
    await siteTokens.setValue({ [host]: 't1' });
    await visitsItem.setValue([visit(10)]);
    const { site } = siteStorage('t1');
    const ahead = readAhead(site, post);
    await new Promise((r) => setTimeout(r, 0));
    // This tab records its own visit before the session asks (another tab could, too).
    await visitsItem.setValue([visit(20)]);
    expect(await ahead.records()).toBe(true);
    expect((await ahead.visit(post))?.maxId).toBe(10);
    expect((await ahead.visit(post))?.maxId).toBe(20);
  });

  it('reads another post’s visit when asked: lemmy-ui opened it client-side', async () => {
    await siteTokens.setValue({ [host]: 't1' });
    await visitsItem.setValue([visit(10), { post: `${host}/post/8`, maxId: 3, at: Date.now() }]);
    const ahead = readAhead(siteStorage('t1').site, post);
    expect((await ahead.visit(`${host}/post/8`))?.maxId).toBe(3);
  });

  it('does not give back records read ahead once the site’s data was cleared: binding forgets them first', async () => {
    await siteTokens.setValue({ [host]: 't1' });
    await visitsItem.setValue([visit(10)]);
    await collapsedByPost.setValue([{ post, ids: [3, 4], at: Date.now() }]);
    await readItem.setValue([{ post, at: Date.now(), read: encode(fromIds([1, 2, 3])) }]);
    // The reader cleared the site's data: its token is gone from the site's storage.
    const asked = vi.spyOn(fakeBrowser.storage.local, 'get');
    const ahead = readAhead(siteStorage(null).site, post);
    await new Promise((r) => setTimeout(r, 0));
    // Nothing of its records is read before binding has forgotten them.
    expect(JSON.stringify(asked.mock.calls)).not.toMatch(/visits|collapsedByPost|readState/);
    expect(await ahead.records()).toBe(true);
    expect(await ahead.visit(post)).toBeNull();
    expect(await ahead.collapsed(post, DEFAULT_SETTINGS.collapse)).toEqual([]);
    expect((await ahead.read(post, 30)).ranges).toEqual([]);
    expect(await visitsItem.getValue()).toEqual([]);
  });

  it('gives what was read on the post as it was read ahead, once', async () => {
    await siteTokens.setValue({ [host]: 't1' });
    await readItem.setValue([{ post, at: Date.now(), read: encode(fromIds([1, 2, 3])) }]);
    const ahead = readAhead(siteStorage('t1').site, post);
    await new Promise((r) => setTimeout(r, 0));
    await readItem.setValue([]);
    expect((await ahead.read(post, 30)).ranges).toEqual(fromIds([1, 2, 3]));
    expect((await ahead.read(post, 30)).ranges).toEqual([]);
  });

  it('gives the subthreads remembered as collapsed as they were read ahead, once, under the reader’s retention', async () => {
    await siteTokens.setValue({ [host]: 't1' });
    await collapsedByPost.setValue([{ post, ids: [3, 4], at: Date.now() }]);
    const ahead = readAhead(siteStorage('t1').site, post);
    await new Promise((r) => setTimeout(r, 0));
    await collapsedByPost.setValue([{ post, ids: [5], at: Date.now() }]);
    expect(await ahead.collapsed(post, DEFAULT_SETTINGS.collapse)).toEqual([3, 4]);
    expect(await ahead.collapsed(post, DEFAULT_SETTINGS.collapse)).toEqual([5]);
    expect(await ahead.collapsed(post, { ...DEFAULT_SETTINGS.collapse, rememberPerPost: false })).toEqual([]);
  });

  it('in a private window, reads no records, keeps none and binds nothing', async () => {
    const { site, reads } = siteStorage('t1');
    const asked = vi.spyOn(fakeBrowser.storage.local, 'get');
    const ahead = readAhead({ ...site, privateWindow: true }, post);
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).not.toHaveBeenCalled();
    expect(await ahead.records()).toBe(false);
    expect(reads).not.toHaveBeenCalled();
    expect(await siteTokens.getValue()).toBeNull();
  });
});
