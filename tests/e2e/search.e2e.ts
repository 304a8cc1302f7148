import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { openPost, type OpenPost } from './browser';
import { axeViolations } from './axe';

/**
 * Find in thread in Chromium with the built extension: `/` focuses the box,
 * Enter jumps to a match hidden by "Collapse all" and highlights the words in
 * the page (CSS Custom Highlight API), and the box has no axe-core violations.
 */
const path = `/post/${demoThread.post.id}`;
const target = demoThread.comments.find((c) => c.body.includes('grandmother'))!;

let post: OpenPost;
let page: Page;

beforeAll(async () => {
  post = await openPost(path, renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }));
  page = post.page;
});
afterAll(() => post?.close());

const highlighted = () =>
  page.evaluate(() => {
    const hl = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('threadlens-search');
    return hl ? [...hl].map((r) => {
      // Static ranges (utils/lemmy/text-ranges) have no text of their own: a live copy reads it.
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    }) : [];
  });
const shown = (id: number) => page.evaluate((id) => (document.getElementById(`comment-${id}`) as HTMLElement).offsetParent !== null, id);

describe('find in thread, in Chromium', () => {
  it('jumps with Enter to a match that "Collapse all" hid, opens its way and highlights the words', async () => {
    await page.locator('threadlens-sidebar .tl-toolbar button', { hasText: 'Collapse all' }).click();
    await expect.poll(() => shown(target.id)).toBe(false);
    await page.locator('body').click({ position: { x: 5, y: 5 } }); // back to the page, as a reader would
    await page.keyboard.press('/');
    const box = page.locator('threadlens-sidebar .tl-search input');
    await expect.poll(() => box.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.type('Grandmother');
    await expect.poll(() => page.locator('threadlens-sidebar .tl-search-status').textContent()).toBe('1 found');
    await page.keyboard.press('Enter');
    await expect.poll(() => shown(target.id)).toBe(true);
    await expect.poll(highlighted).toEqual(['grandmother']);
    const top = await page.evaluate((id) => document.getElementById(`comment-${id}`)!.getBoundingClientRect().top, target.id);
    expect(Math.abs(top)).toBeLessThan(5);
    expect(await page.locator('threadlens-sidebar .tl-search-status').textContent()).toBe('1 of 1');
    const out = resolve(import.meta.dirname, process.env.UPDATE_DOCS ? '../../docs' : 'artifacts');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: resolve(out, 'search.png'), animations: 'disabled' });
  });

  it('has no axe-core violations with matches marked', async () => {
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });

  it('clears the highlight when the query changes, and Escape empties the box', async () => {
    const box = page.locator('threadlens-sidebar .tl-search input');
    await box.focus();
    await page.keyboard.type(' zz');
    await expect.poll(highlighted).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    expect(await page.locator('threadlens-sidebar [role="treeitem"].tl-row-match').count()).toBe(0);
  });
});
