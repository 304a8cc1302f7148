import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateThread, renderComments, renderPage, visibleComments } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import type { RenderOptions } from '../fixtures/thread-spec';
import { launchWithExtension, sidebarStatus, waitForSidebar, type ExtensionBrowser } from './browser';
import { LEFT_ALONE, statusAfterDecision } from './content-status';
import { serveFixtures, type FixtureServer, type Route } from './server';

/**
 * Faults in real Chromium: every lemmy-ui version group, the extension
 * reloaded under an open tab, storage full, lemmy-ui throwing and re-rendering
 * while Threadlens starts, comment markup that is not lemmy-ui's. The page
 * keeps working, the sidebar shows what can be shown, at most one line is logged.
 */
const host = '127.0.0.1';
const demoCount = visibleComments(demoThread).length;
const versions: [string, RenderOptions, (html: string) => string][] = [
  ['0.18.5', { version: 'A', view: 'tree', theme: 'light' }, (h) => h.replace('BE: 0.19.3', 'BE: 0.18.5')],
  ['0.19.3 flat', { version: 'A', view: 'flat', theme: 'dark' }, (h) => h],
  ['0.19.20', { version: 'B', view: 'tree', theme: 'dark' }, (h) => h],
  ['0.19.20 flat', { version: 'B', view: 'flat', theme: 'light' }, (h) => h],
  ['1.0.0-beta.1', { version: 'C', view: 'tree', theme: 'light' }, (h) => h],
];
const demoPath = `/post/${demoThread.post.id}`;
const versionPath = (i: number) => `${demoPath}?v=${i}`;
const busy = generateThread({ comments: 40, maxDepth: 4, seed: 77, host });
const sorts = [3, 5, 8].map((seed) => ({ ...generateThread({ comments: 25, maxDepth: 3, seed, host }), post: busy.post }));
const post = `/post/${busy.post.id}`;
/** The restless page's last render: odd, so a list; it is sorts[(LAST >> 1) % sorts.length]. */
const LAST = 61;

/**
 * lemmy-ui at its worst while the content script starts: every 16 ms a spinner
 * or a freshly sorted list, errors thrown now and then, for about a second;
 * it ends on the last list. The lists ride in a <template>, which no reader sees.
 */
function restlessPage(): string {
  const lists = sorts.map((s) => renderComments(s, { version: 'B', view: 'tree', theme: 'light' })).join('');
  const script = `<template id="lists">${lists}</template><script>
(() => {
  const lists = [...document.getElementById('lists').content.children];
  let n = 0;
  const timer = setInterval(() => {
    const at = document.querySelector('ul.comments, .spinner-border');
    if (n % 2 === 0) at.replaceWith(Object.assign(document.createElement('div'), { className: 'spinner-border' }));
    else at.replaceWith(lists[(n >> 1) % lists.length].cloneNode(true));
    if (n % 7 === 0) setTimeout(() => { throw new Error('lemmy-ui: render failed'); });
    if (++n > ${LAST}) { clearInterval(timer); window.__settled = true; }
  }, 16);
})();
</script>`;
  return renderPage(busy, { version: 'B', view: 'tree', theme: 'light', path: post }).replace('</body>', `${script}</body>`);
}

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const versionPages = versions.map(([, opts, edit]) => edit(renderPage(demoThread, { ...opts, path: demoPath })));
  const routes: Record<string, Route> = {
    [demoPath]: (url) => versionPages[Number(url.searchParams.get('v'))]!,
    [post]: renderPage(busy, { version: 'B', view: 'tree', theme: 'light', path: post }),
    '/post/5150': restlessPage(),
    // lemmy-ui's comment markup in a page with none of lemmy-ui's own markers.
    '/comment/7001': renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light' }).replace('class="lemmy-site"', '').replace('content="Lemmy"', 'content="Forum"').replace('/js/client.js', '/js/forum.js'),
  };
  server = await serveFixtures(routes);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page and every console line or uncaught error that mentions Threadlens or the extension. */
async function open(path: string, ready = true): Promise<{ page: Page; ours: string[]; pageErrors: string[] }> {
  const page = await browser.context.newPage();
  const ours: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => /threadlens|extension context/i.test(m.text()) && ours.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.origin + path);
  if (ready) await waitForSidebar(page);
  return { page, ours, pageErrors };
}

const worker = (): Worker => browser.context.serviceWorkers()[0]!;

/** What chrome://extensions itself may call. */
interface InExtensionsPage {
  chrome: {
    management: { setEnabled(id: string, enabled: boolean): Promise<void> };
    developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> };
  };
}

/** Turns on chrome://extensions' developer mode, as anyone who loads an unpacked extension has. */
async function developerMode(): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(() => (globalThis as unknown as InExtensionsPage).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await page.close();
}

/** Comments lemmy-ui loads later ("more replies"), with ids of their own. */
const extra = generateThread({ comments: 10, maxDepth: 2, seed: 5, host });
for (const c of extra.comments) {
  c.id += 90_000;
  if (c.parentId !== null) c.parentId += 90_000;
}

/** The part of chrome.storage.local the quota test uses. */
interface LocalArea {
  QUOTA_BYTES: number;
  getBytesInUse(keys: null): Promise<number>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The mark our manifest stylesheet sets on the page's root (utils/lemmy/page-style.ts): '1' while our rules are in the page. */
const pageRulesMark = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--threadlens-page-style').trim());
/** The cursor over a reply list's own box (the thread line under a comment). */
const threadLineCursor = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('ul.comments > li.comment > ul.comments')!).cursor);
const articleCount = (page: Page) => page.locator('article[id^="comment-"]').count();

/** lemmy-ui keeps going: a batch of comments loads, a vote arrives, a body is edited. */
const lemmyUiCarriesOn = (page: Page, html: string) =>
  page.evaluate((html) => {
    const t = document.createElement('template');
    t.innerHTML = html; // test code, our own fixture markup
    document.querySelector('ul.comments')!.append(...t.content.firstElementChild!.children);
    document.querySelector('[aria-label$=" Upvotes"]')?.setAttribute('aria-label', '999 Upvotes');
    document.querySelector('.md-div p')!.append(' (edited)');
  }, html);

describe('faults in Chromium', () => {
  it.each(versions.map(([name], i) => [name, i] as const))('reads lemmy-ui %s: the sidebar shows every comment', async (_name, i) => {
    const { page, ours } = await open(versionPath(i));
    const status = await sidebarStatus(page);
    expect(Number(status.comments)).toBe(demoCount);
    expect(await articleCount(page)).toBe(demoCount);
    expect(status.version).toBe(versions[i]![1].version);
    expect(ours).toEqual([]);
    await page.close();
  });

  it('keeps working with extension storage full: what cannot be saved still happens, and one line says why', async () => {
    // From the background: fill chrome.storage.local to its quota (key and JSON text count), or empty it again.
    const fill = (full: boolean) =>
      worker().evaluate(async (full) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
        if (!full) return local.remove('filler').then(() => false);
        const room = local.QUOTA_BYTES - (await local.getBytesInUse(null));
        await local.set({ filler: 'x'.repeat(room - 'filler'.length - 2) });
        return local.set({ probe: true }).then(() => false, () => true); // true: storage is full
      }, full);
    expect(await fill(true)).toBe(true);
    try {
      const { page, ours } = await open(post);
      await page.locator('threadlens-sidebar [role="treeitem"]').first().click();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('x');
        await page.keyboard.press('x');
        await page.keyboard.press('\\');
        await expect.poll(() => page.locator('threadlens-sidebar [role="tree"]').count()).toBe(0);
        await page.keyboard.press('\\');
        await expect.poll(() => page.locator('threadlens-sidebar [role="tree"]').count()).toBe(1);
      }
      // The first write that fails is the visit recorded on open (new comments next time); one line in all.
      expect(ours).toEqual([expect.stringMatching(/^\[Threadlens\] recording the visit .*quota/i)]);
      await page.close();
    } finally {
      await fill(false);
    }
  });

  it('ends with the tree lemmy-ui ends with when it re-renders and throws while Threadlens starts', async () => {
    const { page, ours, pageErrors } = await open('/post/5150', false);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __settled?: boolean }).__settled === true), { timeout: 10_000 }).toBe(true);
    await waitForSidebar(page);
    const last = sorts[(LAST >> 1) % sorts.length]!;
    await expect.poll(async () => Number((await sidebarStatus(page)).comments)).toBe(last.comments.length);
    expect(await articleCount(page)).toBe(last.comments.length);
    const rows = await page.evaluate(() =>
      [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((r) => Number(r.getAttribute('data-comment-id'))),
    );
    expect(rows).toEqual(visibleComments(last).map((c) => c.id).slice(0, rows.length));
    expect(pageErrors.length).toBeGreaterThan(0); // the page did throw, on its own
    expect(pageErrors.every((e) => e.includes('lemmy-ui: render failed'))).toBe(true);
    expect(ours).toEqual([]);
    await page.close();
  });

  it('leaves lemmy-ui’s comment markup alone in a page lemmy-ui did not make', async () => {
    const { page, ours } = await open('/comment/7001', false);
    expect(await statusAfterDecision(browser, page)).toEqual(LEFT_ALONE); // it ran, read the page and stays out
    expect(await page.locator('threadlens-sidebar').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    expect(ours).toEqual([]);
    await page.close();
  });

  it('hands over to the new version when the extension is reloaded under an open tab', async () => {
    await developerMode(); // Chromium keeps an unpacked extension enabled across a reload only in developer mode
    const { page, ours, pageErrors } = await open(post);
    await page.evaluate(() => document.querySelector('threadlens-sidebar')!.setAttribute('data-old', ''));
    const restarted = browser.context.waitForEvent('serviceworker');
    await worker().evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await restarted;
    // The new content script is injected into the open tab; the old one hears it start and removes its UI.
    await expect.poll(() => page.locator('threadlens-sidebar[data-state="ready"]:not([data-old])').count(), { timeout: 10_000 }).toBe(1);
    // Our page rules come from the manifest's stylesheet: no stand-in <style>, old or new.
    expect(await page.locator('threadlens-sidebar').count()).toBe(1);
    expect(await page.locator('#threadlens-page-style').count()).toBe(0);
    expect(await pageRulesMark(page)).toBe('1');
    await lemmyUiCarriesOn(page, renderComments(extra, { version: 'B', view: 'tree', theme: 'light' }));
    await expect.poll(async () => Number((await sidebarStatus(page)).comments)).toBe(busy.comments.length + extra.comments.length);
    expect(ours).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('cleans up after itself when the extension is disabled under an open tab, and the page keeps working', async () => {
    const { page, ours, pageErrors } = await open(post);
    const before = await articleCount(page);
    expect(await threadLineCursor(page)).toBe('pointer');
    const settings = await browser.context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate((id) => (globalThis as unknown as InExtensionsPage).chrome.management.setEnabled(id, false), browser.extensionId);
    // The orphaned script learns its runtime is gone at its next frame, which lemmy-ui's next change brings.
    await lemmyUiCarriesOn(page, renderComments(extra, { version: 'B', view: 'tree', theme: 'light' }));
    await expect.poll(() => page.locator('threadlens-sidebar').count(), { timeout: 10_000 }).toBe(0);
    const traces = await page.evaluate(() => ({
      style: document.documentElement.getAttribute('style'),
      ours: document.querySelectorAll('#threadlens-page-style, #threadlens-quote-style, [data-threadlens-ui], [data-threadlens-collapsed], [data-threadlens-flash]').length,
    }));
    expect(traces).toEqual({ style: null, ours: 0 });
    // Chromium leaves a disabled extension's manifest stylesheet in open pages: every rule of it must be asleep.
    expect(await threadLineCursor(page)).toBe('auto');
    await lemmyUiCarriesOn(page, '<ul class="comments"></ul>');
    expect(await articleCount(page)).toBe(before + extra.comments.length);
    expect(ours).toEqual([]);
    expect(pageErrors).toEqual([]);
    await settings.close();
    await page.close();
  });
});
