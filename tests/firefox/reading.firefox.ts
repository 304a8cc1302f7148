import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { serveFixtures, type FixtureServer } from '../e2e/server';
import { enableInstance, launchFirefox, waitForSidebar, type FirefoxWithExtension } from './firefox';

/**
 * Read marking in a real Firefox: comments scrolled into view and left there
 * are marked read (the sidebar's count and the outline's marks), and `r`
 * goes to the next unread comment. Waits are on the sidebar's own count.
 */
const post = `/post/${demoThread.post.id}`;

let server: FixtureServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  server = await serveFixtures({ [post]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: post }) });
  ff = await launchFirefox();
  await enableInstance(ff, 'http://127.0.0.1');
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const readCount = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('threadlens-sidebar')?.shadowRoot?.querySelector<HTMLElement>('.tl-reading')?.dataset.read ?? -1));
const unreadRows = (page: Page) =>
  page.evaluate(() => [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"].tl-row-unread')].map((r) => Number(r.getAttribute('data-comment-id'))));
const selectedId = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id') ?? 0));

/** Polls `fn` until it gives what `ok` wants (errors count as "not yet"). */
async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('read marking in Firefox', () => {
  it('marks the comments that stay in view, and r goes to the next unread one', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.origin + post);
    await waitForSidebar(page);
    await until(() => readCount(page), (n) => n === 0, 'the reading bar');
    const first = demoThread.comments[0]!.id;
    await page.evaluate((id) => document.getElementById(`comment-${id}`)!.scrollIntoView({ block: 'start' }), first);
    const read = await until(() => readCount(page), (n) => n > 0, 'comments marked read');
    expect(read).toBeGreaterThan(0);
    expect(await unreadRows(page)).not.toContain(first);

    const unread = await unreadRows(page);
    await page.keyboard.press('r');
    const to = await until(() => selectedId(page), (id) => id > 0, 'a selected comment');
    expect(unread).toContain(to);
    await until(() => readCount(page), (n) => n > read, 'the jump read');
    await page.close();
  });
});
