import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { axeViolations } from './axe';
import { serveFixtures, type FixtureServer } from './server';
import { decode, encode, fromIds, has } from '../../utils/reading/ranges';

/**
 * Read state in Chromium with the built extension: real scrolling marks the
 * comments that stay in view and not those flung past, `r` goes to the next
 * unread comment, a reload offers to continue at the first unread one, and
 * "collapse what I have read" folds the read subthreads. Every wait is on the
 * sidebar's own state (its read count), never a fixed time.
 */
const path = `/post/${demoThread.post.id}`;
const opts = { version: 'B', view: 'tree', theme: 'light', path } as const;
const total = demoThread.comments.length;

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

async function open(page?: Page): Promise<Page> {
  const p = page ?? (await browser.context.newPage());
  await p.setViewportSize({ width: 1280, height: 800 });
  await p.goto(server.origin + path);
  await waitForSidebar(p);
  return p;
}

/** Waits until the page no longer scrolls: its position the same two frames apart. */
const scrollStopped = (p: Page) =>
  expect.poll(() => p.evaluate(() => new Promise<boolean>((done) => {
    const y = scrollY;
    requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === y)));
  }))).toBe(true);
const readCount = (p: Page) => p.evaluate(() => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector<HTMLElement>('.tl-reading')?.dataset.read ?? -1));
const unreadRows = (p: Page) =>
  p.evaluate(() => [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"].tl-row-unread')].map((r) => Number(r.getAttribute('data-comment-id'))));
/** Unread comments as the page marks them (the option is on here): every one, where outline rows are only those drawn. */
const unreadInPage = (p: Page) => p.evaluate(() => [...document.querySelectorAll('article[data-threadlens-unread]')].map((a) => Number(a.id.slice(8))));
const collapsedRows = (p: Page) => p.evaluate(() => document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"][aria-expanded="false"]').length);
const selected = (p: Page) =>
  p.evaluate(() => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id')));
const button = (p: Page, name: string | RegExp) => p.locator('threadlens-sidebar .tl-reading').getByRole('button', { name });
/** Opens the bar's disclosure, where the less frequent actions are. */
const more = async (p: Page) => {
  const toggle = button(p, 'More reading actions');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
};
/** Comments whose article is at least half in view now. */
const inView = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll('article[id^="comment-"]')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        const seen = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
        return seen >= r.height / 2 || seen >= innerHeight / 2;
      })
      .map((a) => Number(a.id.slice(8))),
  );

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> };
type Chrome = { chrome: { storage: { local: Area; sync: Area } } };

/** Marks in the page on: the tests read unread comments from the page, where every one is drawn. */
async function markInPage(): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.sync.set({ settings: { reading: { markInPage: true } }, 'settings$': { v: 2 } }));
  await options.close();
}

/** Replaces what the extension stored as read for the post. */
async function storeRead(read: string): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const record = { post: `${new URL(server.origin).host}${path}`, at: Date.now(), read };
  await options.evaluate((record) => (globalThis as unknown as Chrome).chrome.storage.local.set({ readState: [record] }), record);
  await options.close();
}

/** What the extension stored for the post, from its options page. */
async function stored(): Promise<string | null> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const key = `${new URL(server.origin).host}${path}`;
  const result = await options.evaluate(async (key) => {
    const local = (globalThis as unknown as Chrome).chrome.storage.local;
    const list = ((await local.get('readState')).readState ?? []) as { post: string; read: string }[];
    return list.find((r) => r.post === key)?.read ?? null;
  }, key);
  await options.close();
  return result;
}

describe('read state, in Chromium', () => {
  let page: Page;

  it('marks what stays in view as the reader scrolls, not what is flung past', async () => {
    await markInPage();
    page = await open();
    await expect.poll(() => unreadInPage(page)).toHaveLength(total);
    await expect.poll(() => readCount(page)).toBe(0);
    // Scroll to the comments with the wheel, and stay.
    await page.mouse.move(400, 400);
    const first = await page.evaluate(() => document.querySelector('article[id^="comment-"]')!.getBoundingClientRect().top + scrollY);
    await page.mouse.wheel(0, first - 20);
    await expect.poll(() => inView(page)).not.toEqual([]);
    // The wheel scrolls smoothly: what is in view is taken where the scrolling stopped, not on the way there.
    await scrollStopped(page);
    const seen = await inView(page);
    await expect.poll(() => readCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(seen.length);
    const unread = await unreadInPage(page);
    for (const id of seen) expect(unread).not.toContain(id);
    // The outline's rows say the same.
    const rows = await unreadRows(page);
    for (const id of seen) expect(rows).not.toContain(id);

    // A fling to the end: the comments at the end are read once they stay; the middle was only passed.
    const before = await readCount(page);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight)).toBe(true);
    await scrollStopped(page);
    const atEnd = await inView(page);
    await expect.poll(() => readCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(before + atEnd.filter((id) => !seen.includes(id)).length);
    const passed = (await page.evaluate(() => [...document.querySelectorAll('article[id^="comment-"]')].map((a) => Number(a.id.slice(8))))).filter(
      (id) => !seen.includes(id) && !atEnd.includes(id),
    );
    expect(passed.length).toBeGreaterThan(0);
    const stillUnread = await unreadInPage(page);
    expect(passed.every((id) => stillUnread.includes(id))).toBe(true);
  });

  it('goes to the next unread comment with r, reading it', async () => {
    const before = await readCount(page);
    const unread = await unreadInPage(page);
    await page.keyboard.press('r');
    await expect.poll(() => selected(page)).toBeGreaterThan(0);
    expect(unread).toContain(await selected(page));
    await expect.poll(() => readCount(page)).toBe(before + 1);
  });

  it('continues where the reader stopped after a reload', async () => {
    // Written in batches: the reload waits until every mark is stored.
    const storedCount = async () => {
      const ranges = decode((await stored()) ?? '') ?? [];
      return demoThread.comments.filter((c) => has(ranges, c.id)).length;
    };
    await expect.poll(async () => (await storedCount()) === (await readCount(page)), { timeout: 10_000 }).toBe(true);
    const read = await readCount(page);
    const unreadBefore = await unreadInPage(page);
    await open(page);
    await expect.poll(() => readCount(page)).toBe(read);
    const go = button(page, /^Continue where you stopped/);
    await go.click();
    await expect.poll(() => selected(page)).toBeGreaterThan(0);
    const first = await selected(page);
    expect(unreadBefore).toContain(first);
    // The first unread in reading order: every comment before it in the page is read.
    const order = await page.evaluate(() => [...document.querySelectorAll('article[id^="comment-"]')].map((a) => Number(a.id.slice(8))));
    expect(order.slice(0, order.indexOf(first)).filter((id) => unreadBefore.includes(id))).toEqual([]);
  });

  it('collapses what was read, and keeps every unread comment open', async () => {
    // A whole subthread read (what scrolling read depends on the layout): the first top-level one.
    await page.close();
    const first = demoThread.comments.find((c) => c.parentId === null)!.id;
    const under = new Set([first]);
    for (const c of demoThread.comments) if (c.parentId !== null && under.has(c.parentId)) under.add(c.id);
    await storeRead(encode(fromIds([...under])));
    page = await open();
    await expect.poll(() => readCount(page)).toBe(under.size);
    expect(await collapsedRows(page)).toBe(0);
    await more(page);
    await button(page, 'Collapse what I have read').click();
    await expect.poll(() => collapsedRows(page)).toBeGreaterThan(0);
    // What stays open holds every unread comment: none is hidden in the page.
    const hidden = await page.evaluate(() => [...document.querySelectorAll('article[data-threadlens-unread]')].filter((a) => !(a as HTMLElement).offsetParent).length);
    expect(hidden).toBe(0);
    await page.close();
  });

  it('shows the outline with its unread marks, with no axe-core violations (screenshot)', async () => {
    // The first third of the thread read on an earlier visit, in page order.
    const order = demoThread.comments.map((c) => c.id);
    await storeRead(encode(fromIds(order.slice(0, 10))));
    const again = await open();
    await expect.poll(() => readCount(again)).toBe(10);
    await expect.poll(() => unreadRows(again).then((rows) => rows.length)).toBeGreaterThan(0);
    expect(await axeViolations(again)).toEqual([]);
    const out = process.env.UPDATE_DOCS ? resolve(import.meta.dirname, '../../docs') : resolve(import.meta.dirname, 'artifacts');
    mkdirSync(out, { recursive: true });
    await again.locator('threadlens-sidebar .tl-sidebar').screenshot({ path: resolve(out, 'reading.png'), animations: 'disabled' });
    await again.close();
  });
});
