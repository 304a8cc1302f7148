import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateThread, renderPage } from '../fixtures/build-thread';
import type { ThreadSpec } from '../fixtures/thread-spec';
import { launchWithExtension, sidebarStatus, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/** Big and deep threads in the real browser: everything read, the page still responsive. */
const big = generateThread({ comments: 10_000, maxDepth: 8, seed: 10, quoteEvery: 5, host: '127.0.0.1' });
const deep: ThreadSpec = {
  ...generateThread({ comments: 1, maxDepth: 1, seed: 60, host: '127.0.0.1' }),
  comments: Array.from({ length: 60 }, (_, i) => ({ id: 900 + i, parentId: i ? 899 + i : null, author: { name: `level${i}` }, body: `Reply at level ${i}.`, up: i, down: 0 })),
};

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await serveFixtures({
    [`/post/${big.post.id}`]: renderPage(big, { version: 'B', view: 'tree', theme: 'light' }),
    [`/post/${deep.post.id}`]: renderPage(deep, { version: 'B', view: 'tree', theme: 'dark' }),
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('big and deep threads in Chromium', () => {
  it('reads all 10,000 comments of a thread, with the right parents', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.origin + `/post/${big.post.id}`);
    await waitForSidebar(page);
    await expect.poll(async () => Number((await sidebarStatus(page)).comments), { timeout: 30_000 }).toBe(10_000);
    // The first rows of the outline are the first comments, at their depths.
    const levels = await page.evaluate(() =>
      [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"]')]
        .slice(0, 10)
        .map((r) => [Number(r.getAttribute('data-comment-id')), Number(r.getAttribute('aria-level'))]),
    );
    const depth = new Map<number, number>();
    for (const c of big.comments) depth.set(c.id, c.parentId === null ? 0 : depth.get(c.parentId)! + 1);
    expect(levels.map(([id]) => id)).toEqual(big.comments.slice(0, 10).map((c) => c.id));
    for (const [id, level] of levels) expect(level).toBe(depth.get(id!)! + 1);
    await page.close();
  });

  it('reads a chain 60 replies deep and navigates it with the keys', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.origin + `/post/${deep.post.id}`);
    await waitForSidebar(page);
    expect(Number((await sidebarStatus(page)).comments)).toBe(60);
    // From the top of the page the first j lands on the first comment, each next one a level deeper.
    for (let i = 0; i < 60; i++) await page.keyboard.press('j');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const selected = await page.evaluate(() => {
      const row = document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]');
      return [row?.getAttribute('data-comment-id'), row?.getAttribute('aria-level')];
    });
    expect(selected).toEqual(['959', '60']);
    await page.keyboard.press('t');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(await page.evaluate(() => document.getElementById('comment-900')!.offsetTop + 10));
    await page.close();
  });
});
