import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * Quotes on the demo thread: tobias quotes the post, then quinn's comment;
 * the headers jump to the source and flash the span, backlinks jump back.
 */
const comment = (fn: (c: (typeof demoThread.comments)[number]) => boolean) => demoThread.comments.find(fn)!;
const quotingPost = comment((c) => c.body.startsWith('> The council says'));
const quinn = comment((c) => c.body.startsWith('Nine people a night'));
const quotingQuinn = comment((c) => c.body.startsWith('> A van is cheaper'));

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;
const path = `/post/${demoThread.post.id}`;

beforeAll(async () => {
  server = await serveFixtures({ [path]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }) });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.origin + path);
  await waitForSidebar(page);
  await page.locator('button.threadlens-quote-header').first().waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Text of each range a named highlight holds (CSS Custom Highlight API). */
const highlighted = (name: string) =>
  page.evaluate((name) => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
    return hl ? [...hl].map((r) => {
      // Static ranges (utils/lemmy/text-ranges) have no text of their own: a live copy reads it.
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    }) : [];
  }, name);
const inViewport = (selector: string) =>
  page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, selector);

describe('quotes in Chromium', () => {
  it('highlights every quoted span in its source without changing the DOM', async () => {
    const spans = await highlighted('threadlens-quote');
    expect(spans).toContain('The council says the buses ran nearly empty after eleven');
    expect(spans).toContain('A van is cheaper to run for nine people.');
    expect(await page.locator('#postContent mark').count()).toBe(0);
  });

  it('holds its highlights in static ranges: the page updates no live range of ours on each node it removes', async () => {
    const kinds = await page.evaluate(() => {
      const hl = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('threadlens-quote');
      return hl ? [...hl].map((r) => r.constructor.name) : [];
    });
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['StaticRange']));
  });

  it('puts a header on each linked quote and a backlink under each source', async () => {
    const header = page.locator(`#comment-${quotingPost.id} button.threadlens-quote-header`);
    await expect.poll(() => header.textContent()).toBe('quoting the post by @mara_k ↑');
    await expect.poll(() => page.locator(`#comment-${quinn.id} button.threadlens-quote-backlink`).textContent()).toBe('quoted by 1 ↓');
  });

  it('jumps from a quote header to its source in the post and flashes the quoted span', async () => {
    await page.evaluate((id) => document.getElementById(`comment-${id}`)!.scrollIntoView(), quotingQuinn.id);
    expect(await inViewport('#postContent')).toBe(false);
    await page.locator(`#comment-${quotingPost.id} button.threadlens-quote-header`).click();
    await expect.poll(() => inViewport('#postContent')).toBe(true);
    expect(await highlighted('threadlens-quote-flash')).toEqual(['The council says the buses ran nearly empty after eleven']);
  });

  it('jumps from a comment quote to the quoted comment, and back with b', async () => {
    await page.locator(`#comment-${quotingQuinn.id} button.threadlens-quote-header`).click();
    await expect.poll(() => inViewport(`#comment-${quinn.id}`)).toBe(true);
    expect(await highlighted('threadlens-quote-flash')).toEqual(['A van is cheaper to run for nine people.']);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('b');
    await expect.poll(() =>
      page.evaluate(() => document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id')),
    ).toBe(String(quotingQuinn.id));
    await expect.poll(() => inViewport(`#comment-${quotingQuinn.id}`)).toBe(true);
  });

  it('follows a backlink from the source down to the quote', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`#comment-${quinn.id} button.threadlens-quote-backlink`).click();
    await expect.poll(() => inViewport(`#comment-${quotingQuinn.id} blockquote`)).toBe(true);
  });

  it('previews the source when a quote is pointed at', async () => {
    await page.locator(`#comment-${quotingQuinn.id} blockquote`).hover();
    const tip = () => page.evaluate(() => document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="tooltip"]')?.textContent ?? '');
    await expect.poll(tip).toContain('Source: @quinnfromtheridge');
    expect(await tip()).toContain('A van is cheaper to run for nine people.');
    await page.mouse.move(5, 5);
    await expect.poll(tip).toBe('');
  });

  it('lists quote → source pairs in the Quotes tab, clickable both ways, and marks outline rows', async () => {
    const root = page.locator('threadlens-sidebar');
    await root.locator('[role="tab"]', { hasText: 'Quotes' }).click();
    const pairs = root.locator('.tl-quote');
    expect(await pairs.count()).toBeGreaterThanOrEqual(5);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await pairs.filter({ hasText: 'A van is cheaper' }).locator('button').last().click();
    await expect.poll(() => inViewport(`#comment-${quinn.id}`)).toBe(true);
    await root.locator('[role="tab"]', { hasText: 'Outline' }).click();
    expect(await root.locator(`[data-comment-id="${quinn.id}"] .tl-mark-quoted`).textContent()).toContain('quoted 1 time');
    expect(await root.locator(`[data-comment-id="${quotingQuinn.id}"] .tl-mark-quotes`).count()).toBe(1);
  });
});
