import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateThread } from '../fixtures/generate';
import { firstFetchIsoScript, liveThread } from '../fixtures/live-lemmy';
import type { ThreadSpec } from '../fixtures/thread-spec';
import { fakeLemmyApi, type FakeLemmyApi } from '../support/fake-lemmy-api';
import { enableInstance, launchFirefox, waitForSidebar, type FirefoxWithExtension } from './firefox';

/**
 * Loading the whole thread in firefox-esr: the lemmy-ui-shaped live page and
 * the fake Lemmy API on one origin. Firefox gives a content script the
 * extension's own fetch, whose requests come from the extension; the page's
 * (content.fetch) must be used, so the instance sees a request of its own page.
 */
let server: Server;
let origin: string;
let spec: ThreadSpec;
let api: FakeLemmyApi;
let ff: FirefoxWithExtension;
/** Each API request's headers, as the server received them. */
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  // A server of its own: the fixture server hands routes the URL only, and this test reads the request's headers.
  let page = '';
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === `/post/${spec.post.id}`) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    if (!url.pathname.startsWith('/api/')) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    seen.push(req.headers);
    api.answer(url).then((r) => void (res.destroyed || res.writeHead(r.status ?? 200, r.headers).end(r.body)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Local authors read from the page and from the API agree only when the spec's host is the page's.
  spec = generateThread({ comments: 800, maxDepth: 24, seed: 2, host: new URL(origin).host });
  page = liveThread(spec, { version: 'B', view: 'tree', theme: 'light', path: `/post/${spec.post.id}`, isoScript: firstFetchIsoScript(spec) }).html;
  api = fakeLemmyApi(spec);
  ff = await launchFirefox();
  await enableInstance(ff, 'http://127.0.0.1');
});
afterAll(async () => {
  await ff?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const sidebarText = (page: Page, selector: string) =>
  page.evaluate((sel) => [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll(sel)].map((el) => el.textContent ?? ''), selector);

describe('the whole thread in Firefox', () => {
  it('loads every comment through the page’s own fetch', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${origin}/post/${spec.post.id}`);
    await waitForSidebar(page);
    const total = spec.comments.length.toLocaleString('en');
    const handle = await page.waitForFunction(
      (name) => [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === name) ?? null,
      {},
      `Load the whole thread (${total} comments)`,
    );
    const onPage = await page.evaluate(() => document.querySelectorAll('article[id^="comment-"]').length);
    expect(api.stats.requests).toBe(0);
    await (handle as ElementHandle<HTMLButtonElement>).click();
    await page.waitForFunction(
      (done) => [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('.tl-whole-note')].some((n) => n.textContent === done),
      { timeout: 30_000 },
      `Loaded the whole thread: ${total} comments.`,
    );
    const people = new Set(spec.comments.map((c) => `${c.author.name}@${c.author.instance ?? spec.host}`)).size;
    expect(await sidebarText(page, '.tl-summary')).toEqual([
      `${onPage} of ${total} comments on the page · ${(spec.comments.length - onPage).toLocaleString('en')} more in the outline · ${people} participants`,
    ]);
    // Every request came from the post's page. The content script's own fetch would send no Referer
    // (MDN, "Content scripts", XHR and fetch; an extension page's fetch here sends none either, and
    // the same sec-fetch-site): the page's sends the post's address.
    expect(seen.length).toBe(api.stats.requests);
    expect(seen.length).toBeGreaterThanOrEqual(Math.ceil(spec.comments.length / 50));
    for (const headers of seen) {
      expect(headers.referer).toBe(`${origin}/post/${spec.post.id}`);
      expect(headers['sec-fetch-site']).toBe('same-origin');
      expect(headers.origin ?? origin).toBe(origin);
      expect(headers.cookie).toBeUndefined();
    }
    await page.close();
  });
});
