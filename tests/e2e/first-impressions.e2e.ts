import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { axeViolations } from './axe';
import { launchWithExtension, readLocal, waitForSidebar, type ExtensionBrowser } from './browser';
import { holdProbes, popupBeside, standInForClick } from './popup';
import { serveFixtures, type FixtureServer } from './server';

/**
 * What a new reader meets first, in Chromium with the built extension: the welcome page that
 * installing opens, the popup on a post page, on a site not enabled and elsewhere, and the
 * options page; each checked with axe and photographed (docs/ with UPDATE_DOCS=1; the store's
 * 1280×800 screenshots in docs/store/ too).
 */
const DOCS = resolve(import.meta.dirname, process.env.UPDATE_DOCS ? '../../docs' : 'artifacts');
const STORE = resolve(DOCS, process.env.UPDATE_DOCS ? 'store' : 'store-artifacts');
let server: FixtureServer;
let browser: ExtensionBrowser;
const post = `/post/${demoThread.post.id}`;
const plain = '/weather';

beforeAll(async () => {
  mkdirSync(STORE, { recursive: true });
  server = await serveFixtures({
    [post]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: post }),
    [plain]: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1><p>Sunny, 21 °C.</p></html>',
  });
  browser = await launchWithExtension();
  await standInForClick(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
const welcomeTabs = () => browser.context.pages().filter((p) => p.url() === extensionUrl('welcome.html'));

/** The popup in both schemes: the element alone, as the browser shows it. */
async function shootPopup(popup: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(popup, [['body']]), `${name}, ${scheme}`).toEqual([]);
    await popup.locator('.tl-popup').screenshot({ path: resolve(DOCS, `popup-${name}-${scheme}.png`) });
  }
}

describe('first impressions in Chromium', () => {
  it('opens the welcome page once when the extension is installed', async () => {
    await expect.poll(() => welcomeTabs().length).toBe(1);
    const welcome = welcomeTabs()[0]!;
    await welcome.locator('h1').waitFor();
    expect(await welcome.locator('h1').textContent()).toBe('Threadlens is installed');
    // The five keys come from the settings: the defaults here.
    expect(await welcome.locator('.tl-keylist kbd').allTextContents()).toEqual(['j', 'k', 'x', '/', '?']);
    expect(await welcome.locator('.tl-chips li').count()).toBeGreaterThanOrEqual(10);
    // The screenshot is the bundled asset, loaded.
    expect(await welcome.locator('.tl-shot img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1280);
    expect(await axeViolations(welcome, [['body']])).toEqual([]);
    await welcome.setViewportSize({ width: 1280, height: 800 });
    await welcome.screenshot({ path: resolve(DOCS, 'welcome.png'), fullPage: true });
    await welcome.screenshot({ path: resolve(STORE, 'store-welcome-1280x800.png') });
  });

  it('shows the popup on a post page, with the thread figures and quick settings', async () => {
    const lemmy = await browser.context.newPage();
    await lemmy.setViewportSize({ width: 1280, height: 800 });
    await lemmy.goto(server.origin + post);
    await waitForSidebar(lemmy);
    // The first visit is stored (after the settings, the site's records and the thread) before the second.
    await expect.poll(async () => ((await readLocal(browser, ['visits'])).visits as unknown[] | undefined)?.length ?? 0).toBeGreaterThan(0);
    await lemmy.reload(); // a second visit: "new since your last visit" has a figure
    await waitForSidebar(lemmy);
    await expect.poll(() => lemmy.locator('threadlens-sidebar [role="tree"]').count()).toBe(1);
    // The tab has read its last visit (storage, after the settings and the site's records): the popup asks the tab.
    await expect.poll(() => lemmy.locator('threadlens-sidebar .tl-new-bar').count()).toBe(1);
    await lemmy.screenshot({ path: resolve(STORE, 'store-sidebar-1280x800.png') });
    const popup = await popupBeside(browser, lemmy);
    const figures = await popup.locator('.tl-figure').allTextContents();
    expect(figures).toHaveLength(3);
    expect(figures[1]).toMatch(/^0new since your last visit$/);
    expect(await popup.getByLabel('Show the sidebar').isChecked()).toBe(true);
    await shootPopup(popup, 'post');
    await popup.close();
    await lemmy.close();
  });

  // Neither page is on an instance Threadlens runs on (localhost is not enabled): only the page itself
  // tells the popup whether it is a Lemmy instance. Its probe runs in the real tab (tests/e2e/popup.ts).
  const notEnabled = () => server.origin.replace('127.0.0.1', 'localhost');
  const enableButton = (popup: Page) => popup.getByRole('button', { name: 'Enable Threadlens on http://localhost' });
  const optionsLink = (popup: Page) => popup.getByRole('link', { name: /^Open the options to enable your own instance/ });
  const siteBox = (popup: Page) =>
    popup.evaluate(() => {
      const { x, y, width, height } = document.querySelector('.tl-site')!.getBoundingClientRect();
      return { x, y, width, height };
    });
  /** The box held while the tab is asked, read at once: the popup stops waiting for the tab after 2 s. */
  const pendingBox = (popup: Page) =>
    popup.evaluate(() => {
      const box = document.querySelector('.tl-site')!;
      const { x, y, width, height } = box.getBoundingClientRect();
      return { busy: box.getAttribute('aria-busy'), text: box.textContent, box: { x, y, width, height } };
    });

  it('offers one button on a Lemmy instance that is not enabled, after an empty box of the same size', async () => {
    const site = await browser.context.newPage();
    await site.goto(notEnabled() + post);
    const release = holdProbes();
    const popup = await popupBeside(browser, site);
    // Until the tab answers: neither answer, and no guess that then switches.
    const { busy, text, box: pending } = await pendingBox(popup);
    release();
    expect([busy, text]).toEqual(['true', '']);
    await enableButton(popup).waitFor();
    expect(await enableButton(popup).count()).toBe(1);
    expect(await optionsLink(popup).count()).toBe(0);
    expect(await siteBox(popup)).toEqual(pending);
    await shootPopup(popup, 'enable');
    await popup.close();
    await site.close();
  });

  it('says what Threadlens is for, with a link to the options, on any other page', async () => {
    const site = await browser.context.newPage();
    await site.goto(notEnabled() + plain);
    const release = holdProbes();
    const popup = await popupBeside(browser, site);
    const { busy, box: pending } = await pendingBox(popup);
    release();
    expect(busy).toBe('true');
    await optionsLink(popup).waitFor();
    expect(await popup.locator('.tl-lead-line').textContent()).toMatch(/^Threadlens makes long Lemmy threads readable/);
    expect(await enableButton(popup).count()).toBe(0);
    expect(await siteBox(popup)).toEqual(pending);
    await shootPopup(popup, 'other');
    // The link opens the options page (in its own tab, as the browser opens it from a popup).
    const options = browser.context.waitForEvent('page', (p) => p.url().startsWith(extensionUrl('options.html')));
    await optionsLink(popup).click();
    await (await options).close();
    await popup.close();
    await site.close();
  });

  it("says the same on the browser's own pages, which it may not look into", async () => {
    const site = await browser.context.newPage();
    await site.goto('chrome://version/');
    const popup = await popupBeside(browser, site);
    await optionsLink(popup).waitFor();
    expect(await enableButton(popup).count()).toBe(0);
    await popup.close();
    await site.close();
  });

  it('shows the options page light and dark, narrow and wide, axe clean', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionUrl('options.html'));
    await options.locator('#keys').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(options, [['body']]), scheme).toEqual([]);
      for (const [name, width] of [['narrow', 480], ['wide', 1280]] as const) {
        await options.setViewportSize({ width, height: 900 });
        await options.screenshot({ path: resolve(DOCS, `options-${scheme}-${name}.png`), fullPage: true });
      }
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.locator('#quotes').scrollIntoViewIfNeeded();
    await options.screenshot({ path: resolve(STORE, 'store-options-1280x800.png') });
    await options.close();
  });
});
