import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoThread } from '../fixtures/demo-thread';
import { liveThread } from '../fixtures/live-lemmy';
import { uiStrings } from '../fixtures/ui-language';
import { launchWithExtension, sidebarStatus, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * The browser in German on a German lemmy-ui page (the fixture builder's, no
 * isoData, "more replies" that load as lemmy-ui's do): the reader finds what
 * it finds on the English page. Only the reader's results are asserted, not
 * Threadlens's own words, which follow the browser's language.
 */
const de = uiStrings('de');
const opts = { version: 'B', view: 'tree', theme: 'light', lang: 'de', path: `/post/${demoThread.post.id}`, limits: { maxDepth: 3 } } as const;
const live = liveThread(demoThread, opts);
const byBody = (start: string) => demoThread.comments.find((c) => c.body.startsWith(start))!;
const stubbed = byBody('> A van is cheaper to run'); // depth 2: its replies are past maxDepth
const deleted = demoThread.comments.find((c) => c.deleted)!;
const removed = demoThread.comments.find((c) => c.removed)!;
const quoteSource = byBody('Nine people a night');

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures({ [opts.path]: live.html });
  browser = await launchWithExtension({ lang: 'de' });
  page = await browser.context.newPage();
  await page.goto(server.origin + opts.path);
  await waitForSidebar(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every outline row (the list is virtual: scrolled through), with its words and score as shown. */
async function rows(p: Page): Promise<{ id: number; level: number; words: string; score: string }[]> {
  return p.evaluate(async () => {
    const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
    const tree = root.querySelector<HTMLElement>('[role="tree"]')!;
    const seen = new Map<number, { id: number; level: number; words: string; score: string }>();
    for (let top = 0; top <= tree.scrollHeight; top += tree.clientHeight / 2) {
      tree.scrollTop = top;
      await new Promise(requestAnimationFrame);
      for (const r of root.querySelectorAll('[role="treeitem"]')) {
        const id = Number(r.getAttribute('data-comment-id'));
        const words = r.querySelector('.tl-words')?.textContent ?? '';
        const score = r.querySelector('.tl-score [aria-hidden]')?.textContent ?? '';
        seen.set(id, { id, level: Number(r.getAttribute('aria-level')), words, score });
      }
    }
    tree.scrollTop = 0;
    return [...seen.values()];
  });
}

const comments = async () => Number((await sidebarStatus(page)).comments);
const status = () => page.locator('threadlens-sidebar .tl-search-status').textContent();
/** Find's own count (the outline draws only the rows in its window): the last number of its status, "Keine Treffer" none. */
const matches = async () => Number((await status())?.match(/\d+/g)?.at(-1) ?? 0);
const shown = (id: number) => page.evaluate((id) => (document.getElementById(`comment-${id}`) as HTMLElement | null)?.offsetParent != null, id);

/** Types a query in one go and waits until find has answered it (its status changed). */
async function find(query: string): Promise<number> {
  const before = await status();
  await page.locator('threadlens-sidebar .tl-search input').fill(query);
  await expect.poll(status).not.toBe(before);
  return matches();
}

describe('lemmy-ui in German, the browser in German', () => {
  it('runs in German: the page, the browser and the extension', async () => {
    const languages = await page.evaluate(() => [document.documentElement.lang, navigator.language.slice(0, 2)]);
    expect(languages, "Chromium's German needs Debian's chromium-l10n (.ci/setup installs it)").toEqual(['de', 'de']);
    const worker = browser.context.serviceWorkers()[0]!;
    expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(/^de/);
  });

  it('outlines the tree: every comment at its level, scores read, the removed one without its placeholder', async () => {
    expect(await comments()).toBe(live.ids.initial.length);
    const got = await rows(page);
    expect(got.map((r) => r.id)).toEqual(live.ids.initial);
    const spec = new Map(demoThread.comments.map((c) => [c.id, c]));
    for (const r of got) expect(Number(r.score.replace(/\D/g, '')), `score of ${r.id}`).toBe(Math.abs(spec.get(r.id)!.up - spec.get(r.id)!.down));
    const gone = got.find((r) => r.id === removed.id)!;
    expect(gone.words).not.toContain(de.removed);
    expect(got.every((r) => !r.words.includes(de.removed) && !r.words.includes(de.deleted))).toBe(true);
  });

  it('counts the replies behind "N weitere Antworten" and loads them when the reader clicks it', async () => {
    const more = page.locator(`#comment-${stubbed.id}`).locator('xpath=..').locator(':scope > div.comment-node > button');
    await expect.poll(() => more.textContent()).toMatch(/^5 weitere Antworten/);
    expect(await page.locator(`threadlens-sidebar [data-comment-id="${stubbed.id}"] .tl-more [aria-hidden]`).textContent()).toBe('+5');
    await more.click();
    await expect.poll(comments).toBe(live.ids.initial.length + 5);
    const got = await rows(page);
    const row = got.find((r) => r.id === deleted.id)!;
    expect(row.level).toBe(5);
    expect(row.words).not.toContain(de.deleted);
  });

  it("finds comments' words, never lemmy-ui's placeholder words", async () => {
    // Each query changes the count, so each answer is seen (find's status text is Threadlens's own words).
    expect(await find('grandmother')).toBe(1);
    expect(await find('Ersteller')).toBe(0);
    expect(await find('vans')).toBeGreaterThan(1);
    expect(await find('Moderator entfernt')).toBe(0);
    await page.locator('threadlens-sidebar .tl-search input').fill('');
  });

  it('links a quote to its source', async () => {
    const header = page.locator(`#comment-${stubbed.id} button.threadlens-quote-header`);
    await header.click();
    await expect.poll(() =>
      page.evaluate(() => document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id')),
    ).toBe(String(quoteSource.id));
  });

  it('collapses a subthread from the outline', async () => {
    expect(await shown(stubbed.id)).toBe(true);
    await page.locator(`threadlens-sidebar [data-comment-id="${quoteSource.id}"] .tl-twisty`).click();
    await expect.poll(() => shown(stubbed.id)).toBe(false);
    expect(await shown(quoteSource.id)).toBe(true);
  });
});
