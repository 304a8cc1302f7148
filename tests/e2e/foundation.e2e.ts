import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNonLemmyPage, renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { launchWithExtension, sidebarStatus, waitForSidebar, type ExtensionBrowser } from './browser';
import { LEFT_ALONE, statusAfterDecision } from './content-status';
import { serveFixtures, type FixtureServer } from './server';

let server: FixtureServer;
let browser: ExtensionBrowser;
const post = `/post/${demoThread.post.id}`;

beforeAll(async () => {
  server = await serveFixtures({
    [post]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: post }),
    '/post/1': renderNonLemmyPage('/post/1'),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the extension in Chromium', () => {
  it('mounts the sidebar in a shadow root outside #root on a Lemmy post page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.origin + post);
    await waitForSidebar(page);
    const where = await page.evaluate(() => {
      const host = document.querySelector('threadlens-sidebar')!;
      return { inRoot: !!host.closest('#root'), shadow: !!host.shadowRoot, parent: host.parentElement?.tagName };
    });
    expect(where).toEqual({ inRoot: false, shadow: true, parent: 'BODY' });
    const rendered = await page.locator('article[id^="comment-"]').count();
    expect(Number((await sidebarStatus(page)).comments)).toBe(rendered);
    // The answer the /post/1 test waits for tells the two cases apart.
    expect(await statusAfterDecision(browser, page)).toMatchObject({ lemmy: true, postId: demoThread.post.id, comments: rendered });
    await expect.poll(() => page.locator('threadlens-sidebar [role="tree"]').count()).toBe(1);
    await page.close();
  });

  it('does nothing at all on a non-Lemmy page at /post/1', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.text().includes('Threadlens') && errors.push(m.text()));
    await page.goto(server.origin + '/post/1');
    // Not a sleep: the content script itself says it read the page and stays out, then it must have left no trace.
    expect(await statusAfterDecision(browser, page)).toEqual(LEFT_ALONE);
    expect(await page.locator('threadlens-sidebar').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    expect(await page.locator('#threadlens-page-style').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens its popup and options pages', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Threadlens options');
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // Opened in a tab of its own, the popup's tab is itself: not a website, so it says what Threadlens is for.
    await expect.poll(() => page.locator('.tl-lead-line').textContent()).toMatch(/^Threadlens makes long Lemmy threads readable/);
    await page.close();
  });
});
