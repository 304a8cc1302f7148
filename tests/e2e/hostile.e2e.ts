import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { hostileRoutes } from '../fixtures/hostile-page';
import { hostileThread, TEXT_SAMPLES } from '../support/hostile-thread';
import { launchWithExtension, sidebarStatus, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * Hostile content in real Chromium. No CSP on the hostile thread, so anything
 * Threadlens parsed as HTML would run and be seen; then a strict CSP and a
 * stylesheet aimed at the sidebar, which must change neither its look nor
 * its page-side collapse.
 */
const hostile = `/post/${hostileThread.post.id}`;
const demo = `/post/${demoThread.post.id}`;
const cspDemo = '/post/4343';
const firstRoot = demoThread.comments[0]!.id;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const demoHtml = renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: demo });
  server = await serveFixtures({
    [hostile]: renderPage(hostileThread, { version: 'B', view: 'tree', theme: 'light', path: hostile }),
    [demo]: demoHtml,
    ...hostileRoutes(cspDemo, demoHtml),
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; messages: string[] }> {
  const page = await browser.context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => /threadlens/i.test(m.text()) && messages.push(m.text()));
  page.on('pageerror', (e) => /threadlens/i.test(e.stack ?? e.message) && messages.push(e.message));
  await page.goto(server.origin + path);
  await waitForSidebar(page);
  return { page, messages };
}

const ran = (page: Page) => page.evaluate(() => [...((window as unknown as { __tlRan?: string[] }).__tlRan ?? [])].sort());

/** Every part of the sidebar that shows page text, visited: rows, tabs, help, quote controls, collapse. */
async function useEverything(page: Page): Promise<void> {
  for (let i = 0; i < hostileThread.comments.length; i++) await page.keyboard.press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('x');
  for (const tab of await page.locator('threadlens-sidebar [role="tab"]').all()) await tab.click();
  for (const control of await page.locator('[data-threadlens-ui]').all()) await control.click();
  await page.locator('threadlens-sidebar [role="tab"]').first().click();
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

/** Computed styles of the sidebar that the page must not be able to change. */
const sidebarLook = (page: Page) =>
  page.evaluate(() => {
    const aside = document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('.tl-sidebar')!;
    const s = getComputedStyle(aside);
    const box = aside.getBoundingClientRect();
    return { position: s.position, display: s.display, visibility: s.visibility, opacity: s.opacity, fontSize: s.fontSize, font: s.fontFamily, width: Math.round(box.width) };
  });

describe('hostile content in Chromium', () => {
  it('never runs page text as code, and the page’s own markup runs only once, its own doing', async () => {
    const { page, messages } = await open(hostile);
    const before = await ran(page);
    // The markers work: without a CSP the page's own raw script and image handler did run.
    expect(before).toEqual(['page-img', 'page-script']);
    await useEverything(page);
    expect(await ran(page)).toEqual(before);
    expect(Number((await sidebarStatus(page)).comments)).toBe(hostileThread.comments.length);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('shows markup-looking text as text, with no element of the page in the sidebar and no overflow from a 5,000-letter word', async () => {
    const { page } = await open(hostile);
    await useEverything(page);
    const found = await page.evaluate(() => {
      const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
      const aside = root.querySelector('.tl-sidebar')!;
      return {
        text: root.textContent ?? '',
        foreign: root.querySelectorAll('script, img, iframe, object, embed, link, b, a[href^="javascript:" i]').length,
        handlers: [...root.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
        overflow: aside.scrollWidth - aside.clientWidth,
      };
    });
    for (const sample of TEXT_SAMPLES) expect(found.text).toContain(sample);
    expect(found).toMatchObject({ foreign: 0, handlers: [], overflow: 0 });
    // A <style> in a comment body aimed at the sidebar does not reach into its shadow root.
    expect(await sidebarLook(page)).toMatchObject({ position: 'fixed', display: 'flex', visibility: 'visible', opacity: '1' });
    await page.close();
  });

  it('keeps its look and its page-side collapse under a strict CSP and a stylesheet aimed at it', async () => {
    const plain = await open(demo);
    const expected = await sidebarLook(plain.page);
    await plain.page.close();
    const { page, messages } = await open(cspDemo);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe('monospace'); // the hostile sheet did load
    expect(await sidebarLook(page)).toEqual(expected);
    expect(expected).toMatchObject({ position: 'fixed', visibility: 'visible', opacity: '1', fontSize: '14px' });
    await page.locator(`threadlens-sidebar [data-comment-id="${firstRoot}"]`).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('x');
    const child = demoThread.comments.find((c) => c.parentId === firstRoot)!.id;
    await expect.poll(() => page.evaluate((id) => !!(document.getElementById(`comment-${id}`) as HTMLElement).offsetParent, child)).toBe(false);
    expect(messages).toEqual([]);
    await page.close();
  });
});
