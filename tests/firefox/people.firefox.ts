import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { serveFixtures, type FixtureServer } from '../e2e/server';
import { enableInstance, launchFirefox, waitForSidebar, type FirefoxWithExtension } from './firefox';

/**
 * Mute in a real Firefox: the control beside a name opens the editor in the
 * sidebar, and muting folds every comment of that person behind a line of
 * ours that opens one again. Waits are on the page's own attributes.
 */
const post = `/post/${demoThread.post.id}`;
const quinn = demoThread.comments.filter((c) => c.author.name === 'quinnfromtheridge').map((c) => c.id);

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

const mutedInPage = (page: Page) => page.evaluate(() => [...document.querySelectorAll('li[data-threadlens-muted] > article')].map((a) => Number(a.id.slice(8))));
/** The `index`-th element matching `selector` in the sidebar's shadow root, or null. */
const inSidebar = async (page: Page, selector: string, index = 0) =>
  (await page.evaluateHandle((s, i) => document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll(s)[i] ?? null, selector, index)).asElement() as ElementHandle<Element> | null;

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

describe('mute in Firefox', () => {
  it('folds a muted person’s comments, and the line of ours opens one', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.origin + post);
    await waitForSidebar(page);
    const control = `#comment-${quinn[0]} [data-threadlens-ui="person"] button`;
    await page.waitForSelector(control);
    await page.click(control);
    await until(async () => (await inSidebar(page, '.tl-person-editor')) !== null, Boolean, 'the editor');
    // The second checkbox: mute.
    await (await inSidebar(page, '.tl-person-editor input[type="checkbox"]', 1))!.click();
    await (await inSidebar(page, '.tl-person-editor button[type="submit"]'))!.click();
    expect(await until(() => mutedInPage(page), (ids) => ids.length === quinn.length, 'muted comments')).toEqual(quinn);
    await page.click(`#comment-${quinn[0]} button[data-threadlens-ui="muted"]`);
    expect(await until(() => mutedInPage(page), (ids) => ids.length === quinn.length - 1, 'the opened comment')).toEqual(quinn.slice(1));
    await page.close();
  });
});
