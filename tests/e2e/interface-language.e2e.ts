import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * Threadlens's own words follow the browser's language (the extension's
 * _locales through browser.i18n); a language it does not ship gets English.
 * The page is the English demo thread: only the sidebar changes language.
 * Screenshots of the German and Japanese sidebar go to docs/ with UPDATE_DOCS=1.
 */
const path = `/post/${demoThread.post.id}`;
const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const DOCS = process.env.UPDATE_DOCS ? resolve(import.meta.dirname, '../../docs') : ARTIFACTS;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({ [path]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }) });
});
afterAll(async () => {
  await server?.close();
});

/** The demo thread in Chromium running in `lang`; closed after `use`. */
async function inLanguage(lang: string, use: (page: Page) => Promise<void>): Promise<void> {
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchWithExtension({ lang });
    const page = await browser.context.newPage();
    await page.goto(server.origin + path);
    await waitForSidebar(page);
    await use(page);
  } finally {
    await browser?.close();
  }
}

/** The sidebar's text as a reader sees it. */
const sidebarText = (page: Page) => page.locator('threadlens-sidebar aside').innerText();

/** Words of the English interface that must not show through a translated one. */
const ENGLISH = ['Outline', 'Votes', 'Collapse all', 'Expand all', 'Find in thread', 'comments', 'participants', 'Load the whole thread'];

async function photograph(page: Page, name: string): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: resolve(DOCS, name) });
}

describe('the interface in the browser’s language', () => {
  it('is German in a German browser: tabs, tree, toolbar, find, summary, votes and announcements', async () => {
    await inLanguage('de', async (page) => {
      await expect.poll(() => page.getByRole('tab', { name: 'Gliederung' }).count()).toBe(1);
      expect(await page.getByRole('tab', { name: /^Zitate \(\d+\)$/ }).count()).toBe(1);
      expect(await page.getByRole('tree', { name: 'Kommentare' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Alle einklappen' }).count()).toBe(1);
      expect(await page.getByRole('searchbox', { name: 'Im Thread suchen' }).getAttribute('placeholder')).toBe('Im Thread suchen (/)');
      expect(await page.locator('threadlens-sidebar .tl-summary').innerText()).toMatch(/^\d+ Kommentare · \d+ Personen/);
      const text = await sidebarText(page);
      for (const word of ENGLISH) expect(text).not.toContain(word);
      await photograph(page, 'sidebar-de.png');

      // A key from the page is announced in German.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('j');
      const live = page.locator('threadlens-sidebar [role="status"][aria-live="polite"]:not(.tl-search-status)').first();
      await expect.poll(() => live.innerText()).toMatch(/oberste Ebene/);
      await page.keyboard.press('x');
      await expect.poll(() => live.innerText()).toMatch(/^Unterthread eingeklappt, \d+ Antworten? ausgeblendet$/);

      await page.getByRole('tab', { name: 'Stimmen' }).click();
      expect(await page.getByRole('heading', { name: 'Beste Kommentare' }).count()).toBe(1);
      expect(await page.locator('threadlens-sidebar [data-figure="score"] dt').innerText()).toBe('Gesamtpunktzahl');
      // For a look at the longer German words where space is tight (not for docs/).
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.locator('threadlens-sidebar aside').screenshot({ path: resolve(ARTIFACTS, 'votes-de.png') });
      await page.keyboard.press('?');
      expect(await page.getByRole('dialog', { name: 'Tastatur' }).count()).toBe(1);
      await page.locator('threadlens-sidebar aside').screenshot({ path: resolve(ARTIFACTS, 'help-de.png') });
    });
  });

  it('is Japanese in a Japanese browser', async () => {
    await inLanguage('ja', async (page) => {
      await expect.poll(() => page.getByRole('tab', { name: 'アウトライン' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'すべて折りたたむ' }).count()).toBe(1);
      expect(await page.locator('threadlens-sidebar .tl-summary').innerText()).toMatch(/^コメント\d+件 · 参加者\d+人/);
      const text = await sidebarText(page);
      for (const word of ENGLISH) expect(text).not.toContain(word);
      await photograph(page, 'sidebar-ja.png');
    });
  });

  it('falls back to English in a language it does not ship (Croatian)', async () => {
    await inLanguage('hr', async (page) => {
      // The browser really is in Croatian: the page is told so.
      expect(await page.evaluate(() => navigator.language)).toMatch(/^hr/);
      await expect.poll(() => page.getByRole('tab', { name: 'Outline' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Collapse all' }).count()).toBe(1);
      expect(await page.locator('threadlens-sidebar .tl-summary').innerText()).toMatch(/^\d+ comments · \d+ participants/);
    });
  });
});
