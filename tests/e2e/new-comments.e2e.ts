import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import type { ThreadSpec } from '../fixtures/thread-spec';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { axeViolations } from './axe';
import { serveFixtures, type FixtureServer } from './server';

/**
 * "New since your last visit" in Chromium with the built extension: the first
 * visit marks nothing; the post served again with two more comments marks
 * exactly those (page accent, outline badge, count), `u` jumps to each, and
 * the sidebar with the count shown has no axe-core violations.
 */
const path = `/post/${demoThread.post.id}`;
const opts = { version: 'B', view: 'tree', theme: 'light', path } as const;
const highest = Math.max(...demoThread.comments.map((c) => c.id));
const deepReply = demoThread.comments.find((c) => c.parentId !== null && demoThread.comments.some((r) => r.parentId === c.id))!;
const added = [highest + 3, highest + 7];
const later: ThreadSpec = {
  ...demoThread,
  comments: [
    ...demoThread.comments,
    { id: added[0]!, parentId: deepReply.id, author: { name: 'late_reader' }, up: 1, down: 0, body: 'Came back to say the vans start next week.' },
    { id: added[1]!, parentId: null, author: { name: 'newcomer' }, up: 2, down: 0, body: 'Is there a timetable for the vans yet?' },
  ],
};

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures({ [path]: renderPage(demoThread, opts) });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path);
  await waitForSidebar(page);
  return page;
}
type Visit = { post: string; maxId: number | null; at: number };
const postKey = () => `${new URL(server.origin).host}${path}`;

/** Reads or replaces the recorded visits in the extension's own storage, from its options page. */
async function visits(replace?: Visit[]): Promise<Visit[]> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const result = await options.evaluate(async (replace) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome.storage.local;
    if (replace) await local.set({ visits: replace });
    return ((await local.get('visits')).visits ?? []) as Visit[];
  }, replace);
  await options.close();
  return result;
}

const marked = (p: Page) => p.evaluate(() => [...document.querySelectorAll('article[data-threadlens-new]')].map((a) => Number(a.id.slice(8))));
const bar = (p: Page) => p.locator('threadlens-sidebar .tl-new-bar');
const selected = (p: Page) =>
  p.evaluate(() => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id')));

describe('new comments since the last visit, in Chromium', () => {
  it('marks nothing on the first visit', async () => {
    const page = await open();
    // Recorded once the last visit was looked up: from then on, marks would be there.
    await expect.poll(() => visits()).toEqual([{ post: postKey(), maxId: highest, at: expect.any(Number) }]);
    expect(await marked(page)).toEqual([]);
    expect(await bar(page).count()).toBe(0);
    await page.close();
  });

  it('marks the comments added since, and jumps to each with u', async () => {
    server.set(path, renderPage(later, opts));
    const page = await open();
    await expect.poll(() => marked(page)).toEqual(added);
    await expect.poll(() => bar(page).textContent()).toMatch(/^2 new since your last visit/);
    // The accent is drawn: an inset shadow on the article, none on an old comment.
    const shadow = (id: number) => page.evaluate((id) => getComputedStyle(document.getElementById(`comment-${id}`)!).boxShadow, id);
    expect(await shadow(added[0]!)).toContain('inset');
    expect(await shadow(deepReply.id)).toBe('none');
    const badges = await page.locator('threadlens-sidebar [role="treeitem"].tl-row-new').count();
    expect(badges).toBeGreaterThan(0);

    for (const id of added) {
      await page.keyboard.press('u');
      await expect.poll(() => selected(page)).toBe(id);
      // At the top of the viewport, or as near as the page scrolls (the last comment is near its end).
      const placed = () =>
        page.evaluate((id) => {
          const top = document.getElementById(`comment-${id}`)!.getBoundingClientRect().top;
          const atEnd = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
          return Math.abs(top) < 5 || (atEnd && top > 0 && top < innerHeight);
        }, id);
      await expect.poll(placed).toBe(true);
    }
    await page.close();
  });

  it('has no axe-core violations with the count shown, and takes a screenshot of it', async () => {
    const page = await open(); // a third visit: nothing new any more
    await expect.poll(() => bar(page).textContent()).toMatch(/^Nothing new since your last visit/);
    expect(await marked(page)).toEqual([]);
    await page.close();

    // Shown again: the record goes back to three hours ago, before the two comments.
    await visits([{ post: postKey(), maxId: highest, at: Date.now() - 3 * 3_600_000 }]);
    const again = await open();
    await expect.poll(() => bar(again).textContent()).toMatch(/^2 new since your last visit \(3 hours ago\)/);
    const violations = await axeViolations(again);
    expect(violations).toEqual([]);
    const out = process.env.UPDATE_DOCS ? resolve(import.meta.dirname, '../../docs') : resolve(import.meta.dirname, 'artifacts');
    mkdirSync(out, { recursive: true });
    await again.keyboard.press('u');
    await again.screenshot({ path: resolve(out, 'new-comments.png'), animations: 'disabled' }); // the jump's flash ended
    await again.close();
  });
});
