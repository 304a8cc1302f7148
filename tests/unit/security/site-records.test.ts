import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { collapsedByPost } from '../../../utils/settings/collapse-store';
import { siteTokens } from '../../../utils/settings/site-records';
import { visitsItem } from '../../../utils/settings/new-comments-store';
import { renderPage, type ThreadSpec } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { captureConsole, loadPage, ready, resetWorld, settle, start } from '../../support/app-harness';

/**
 * The page as attacker, with stored state. A page can make Threadlens record
 * a number of its choosing (one article with a forged id on a made-up post)
 * and read it back later through the "new" marks, one probe at a time. That
 * is a tracking identifier only if it outlives the site's own data: here it
 * does not. Each case has its control (the same steps without clearing the
 * site's data), so each check can fail.
 */
const chosen = 1_234_567; // the number the page wants to store
const madeUp: ThreadSpec = {
  ...demoThread,
  post: { ...demoThread.post, id: 999 },
  comments: [{ id: chosen, parentId: null, author: { name: 'page' }, up: 1, down: 0, body: 'A forged comment.' }],
};
const probe = (id: number): ThreadSpec => ({ ...madeUp, comments: [{ ...madeUp.comments[0]!, id }] });

async function visit(spec: ThreadSpec, path: string) {
  loadPage(renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
  const ctx = start();
  await ready();
  await settle();
  return ctx;
}
/** What the page sees of its probe: is the article above the recorded number marked new? */
async function probeReadsBack(id: number): Promise<boolean> {
  const ctx = await visit(probe(id), `/post/999/${id}`); // a context view marks but does not record
  await settle();
  const seen = document.getElementById(`comment-${id}`)!.hasAttribute('data-threadlens-new');
  ctx.abort();
  return seen;
}
const clearSiteData = () => localStorage.clear();

let logs: string[];
beforeEach(() => {
  resetWorld();
  localStorage.clear();
  logs = captureConsole();
});
afterEach(async () => {
  await settle(); // writes still on their way land in this test's storage, not the next one's
  vi.unstubAllGlobals();
  expect(logs).toEqual([]);
});

describe('what a page makes Threadlens record does not outlive the site’s data', () => {
  it('a forged visit record is gone once the site’s data is cleared; kept (and readable) while it is not', async () => {
    (await visit(madeUp, '/post/999')).abort();
    await vi.waitFor(async () => expect((await visitsItem.getValue())[0]).toMatchObject({ post: '127.0.0.1/post/999', maxId: chosen }));
    expect(await probeReadsBack(chosen + 1)).toBe(true); // control: the site's data is still there

    clearSiteData();
    expect(await probeReadsBack(chosen + 1)).toBe(false);
    expect(await probeReadsBack(1)).toBe(false);
    expect(await visitsItem.getValue()).toEqual([]);
  });

  it('collapsed subthreads saved for a site go with its data too', async () => {
    const path = `/post/${demoThread.post.id}`;
    const root = demoThread.comments.find((c) => demoThread.comments.some((r) => r.parentId === c.id))!.id;
    const ctx = await visit(demoThread, path);
    document.getElementById(`comment-${root}`)!.parentElement!.querySelector<HTMLElement>(':scope > ul.comments')!.click();
    await vi.waitFor(async () => expect((await collapsedByPost.getValue())[0]?.ids).toEqual([root]));
    ctx.abort();
    const collapsed = () => document.querySelectorAll('li.comment[data-threadlens-collapsed]').length;

    (await visit(demoThread, path)).abort(); // control: restored on a revisit
    await visit(demoThread, path).then(async (c) => {
      await vi.waitFor(() => expect(collapsed()).toBe(1));
      c.abort();
    });
    clearSiteData();
    const again = await visit(demoThread, path);
    await settle();
    expect(collapsed()).toBe(0);
    expect(await collapsedByPost.getValue()).toEqual([]);
    again.abort();
  });

  it('keeps the records of other sites when one site’s data is cleared', async () => {
    const other = { post: 'lemmy.example/post/5', maxId: 77, at: Date.now() };
    await visitsItem.setValue([other]);
    await siteTokens.setValue({ 'lemmy.example': 'their-token' });
    (await visit(madeUp, '/post/999')).abort();
    clearSiteData();
    (await visit(madeUp, '/post/999')).abort();
    await vi.waitFor(async () => expect(await visitsItem.getValue()).toEqual([expect.objectContaining({ post: '127.0.0.1/post/999' }), other]));
  });

  it('records nothing in a private window: extension storage outlives it', async () => {
    (fakeBrowser.extension as { inIncognitoContext?: boolean }).inIncognitoContext = true;
    try {
      (await visit(madeUp, '/post/999')).abort();
      await settle();
      expect(await visitsItem.getValue()).toEqual([]);
      expect(localStorage.length).toBe(0);
    } finally {
      (fakeBrowser.extension as { inIncognitoContext?: boolean }).inIncognitoContext = false;
    }
  });

  it('records nothing, and says nothing, where the site’s storage is blocked', async () => {
    // What a browser does when the reader blocks the site's storage: the getter throws.
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const ctx = await visit(madeUp, '/post/999');
    await settle();
    expect(await visitsItem.getValue()).toEqual([]);
    ctx.abort();
  });

  it('adopts records made before there were tokens, once, instead of losing them on update', async () => {
    const earlier = { post: '127.0.0.1/post/999', maxId: chosen - 1, at: Date.now() };
    await visitsItem.setValue([earlier]);
    expect(await probeReadsBack(chosen)).toBe(true);
    expect(await siteTokens.getValue()).toEqual({ '127.0.0.1': localStorage.getItem('threadlens:site') });
  });
});
