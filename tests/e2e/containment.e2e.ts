import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateThread, renderPage, visibleComments } from '../fixtures/build-thread';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';
import { clickRow, collapsedLabelPoint, threadLinePoint } from './page-actions';

/**
 * Big threads get `content-visibility: auto` on their top-level comments
 * (utils/lemmy/big-thread.ts): opened by their URL, from the page's first style
 * on; opened client-side, once read. Ordinary ones are left as they are.
 * What the reader does must keep working on a contained page: jumps land on
 * their comment, find-in-page reaches skipped threads, thread lines and labels
 * collapse and expand, and overlays inside comments are not clipped.
 */
const big = generateThread({ comments: 2000, maxDepth: 8, seed: 2000, host: '127.0.0.1' });
const ordinary = generateThread({ comments: 300, maxDepth: 6, seed: 301, host: '127.0.0.1' });
const nextBig = generateThread({ comments: 1200, maxDepth: 6, seed: 1200, host: '127.0.0.1' });
const order = visibleComments(big).map((c) => c.id);
const roots = big.comments.filter((c) => c.parentId === null).map((c) => c.id);
const kids = (id: number) => big.comments.filter((c) => c.parentId === id).map((c) => c.id);
const bigPath = `/post/${big.post.id}`;
const ordinaryPath = `/post/${ordinary.post.id}`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures({
    [bigPath]: renderPage(big, { version: 'B', view: 'tree', theme: 'light', path: bigPath }),
    [ordinaryPath]: renderPage(ordinary, { version: 'B', view: 'tree', theme: 'light', path: ordinaryPath }),
  });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.origin + bigPath);
  await waitForSidebar(page);
  await page.waitForFunction(countContained, roots.length, { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether `n` top-level threads are contained (no argument: how many are). Runs in the page. */
function countContained(n?: number): number | boolean {
  const tops = [...document.querySelectorAll(':not(li.comment) > ul.comments > li.comment')];
  const count = tops.filter((li) => getComputedStyle(li).contentVisibility === 'auto').length;
  return n === undefined ? count : count === n;
}
const contained = (p: Page) => p.evaluate(countContained, undefined) as Promise<number>;
const visibilityOf = (p: Page, id: number) =>
  p.evaluate((id) => getComputedStyle(document.getElementById(`comment-${id}`)!.parentElement!).contentVisibility, id);
const topOf = (p: Page, id: number) => p.evaluate((id) => document.getElementById(`comment-${id}`)!.getBoundingClientRect().top, id);
const isShown = (p: Page, id: number) => p.evaluate((id) => !!(document.getElementById(`comment-${id}`) as HTMLElement).offsetParent, id);
const frames = (p: Page, n: number) =>
  p.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
  }, n);


/** After a jump: the comment's top reaches the viewport's top and stays there while the threads around it render. */
async function expectLandedOn(p: Page, id: number): Promise<void> {
  await expect.poll(async () => Math.abs(await topOf(p, id)), { timeout: 5000 }).toBeLessThan(2);
  await frames(p, 40);
  expect(Math.abs(await topOf(p, id))).toBeLessThan(2);
}

describe('a 2,000-comment thread, contained', () => {
  it('marks each top-level comment, and only those', async () => {
    expect(await visibilityOf(page, roots[0]!)).toBe('auto');
    expect(await visibilityOf(page, kids(roots.find((r) => kids(r).length)!)[0]!)).toBe('visible');
  });

  it('is contained while it is parsed, with no pass over its threads afterwards', async () => {
    // Opened by its URL: the root's mark, set as the 1,000th comment came in, contains every
    // top-level thread by the manifest's stylesheet; none needs a mark of its own (each one
    // marked once the page had rendered restyled it and everything in it).
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-threadlens-contained'))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('li.comment[data-threadlens-lazy]').length)).toBe(0);
    expect(await contained(page)).toBe(roots.length);
  });

  it('narrows the page for the sidebar only once its threads are contained (or before its first paint)', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(server.origin + bigPath);
    const seen = await fresh.evaluate(
      () =>
        new Promise<{ lazyAtOffset: number; all: number }>((resolve) => {
          const html = document.documentElement;
          const check = () => {
            if (html.hasAttribute('data-threadlens-offset')) {
              const tops = document.querySelectorAll(':not(li.comment) > ul.comments > li.comment');
              const lazy = [...tops].filter((li) => getComputedStyle(li).contentVisibility === 'auto').length;
              resolve({ lazyAtOffset: lazy, all: tops.length });
            } else requestAnimationFrame(check);
          };
          check();
        }),
    );
    await fresh.close();
    expect(seen.lazyAtOffset).toBe(seen.all);
  });

  it('jumps to a thread far down after "Collapse all", with smooth scrolling on, and stays on it', async () => {
    // Bootstrap (lemmy-ui's CSS) makes the page scroll smoothly.
    const smooth = await page.addStyleTag({ content: 'html { scroll-behavior: smooth; }' });
    await page.locator('threadlens-sidebar button', { hasText: 'Collapse all' }).click();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const target = roots[Math.floor(roots.length * 0.85)]!;
    await clickRow(page, target);
    await expectLandedOn(page, target);
    await smooth.evaluate((el) => (el as Element).remove());
  });

  it('jumps to a deep reply far down after "Expand all" and stays on it', async () => {
    await page.locator('threadlens-sidebar button', { hasText: 'Expand all' }).click();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const target = order.slice(Math.floor(order.length * 0.8)).find((id) => !roots.includes(id))!;
    await clickRow(page, target);
    await expectLandedOn(page, target);
  });

  it('finds text in a thread far below the viewport (find in page)', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const bodies = big.comments.map((c) => c.body);
    const target = big.comments
      .slice(Math.floor(big.comments.length * 0.9))
      .find((c) => bodies.filter((b) => b.includes(c.body.slice(0, 40))).length === 1)!;
    // Its thread is skipped: not rendered until something asks for it.
    expect(await page.evaluate((id) => document.getElementById(`comment-${id}`)!.checkVisibility({ contentVisibilityAuto: true }), target.id)).toBe(false);
    const found = await page.evaluate((text) => {
      window.getSelection()?.removeAllRanges();
      const hit = (window as unknown as { find(text: string, caseSensitive: boolean): boolean }).find(text, true);
      return { hit, in: window.getSelection()?.anchorNode?.parentElement?.closest('article')?.id ?? null };
    }, target.body.slice(0, 40));
    expect(found).toEqual({ hit: true, in: `comment-${target.id}` });
    await frames(page, 2);
    const top = await topOf(page, target.id);
    expect(top).toBeGreaterThan(-200);
    expect(top).toBeLessThan(900);
  });

  it('collapses from the thread line and expands from the label in a thread far down', async () => {
    const target = roots.slice(Math.floor(roots.length * 0.7)).find((id) => kids(id).length > 0)!;
    const line = await threadLinePoint(page, target);
    expect(line.at).toBe(true);
    await page.mouse.click(line.x, line.y);
    await expect.poll(() => isShown(page, kids(target)[0]!)).toBe(false);
    const label = await collapsedLabelPoint(page, target);
    await page.mouse.click(label.x, label.y);
    await expect.poll(() => isShown(page, kids(target)[0]!)).toBe(true);
  });

  it('leaves a thread uncontained while a Bootstrap modal inside it is open, or focus is in it', async () => {
    const target = roots[3]!;
    const modal = await page.evaluate((id) => {
      const article = document.getElementById(`comment-${id}`)!;
      article.scrollIntoView({ block: 'center', behavior: 'instant' });
      const el = Object.assign(document.createElement('div'), { id: 'fake-modal' });
      el.style.cssText = 'position: fixed; inset: 0; background: rgba(0, 0, 0, .3)';
      article.append(el);
      const before = el.getBoundingClientRect();
      el.dispatchEvent(new Event('show.bs.modal', { bubbles: true }));
      const r = el.getBoundingClientRect();
      return {
        pinned: before.top !== 0 || before.height !== innerHeight,
        top: r.top,
        height: r.height,
        visibility: getComputedStyle(article.parentElement!).contentVisibility,
      };
    }, target);
    // Contained, the modal would cover the comment's thread, not the window.
    expect(modal).toEqual({ pinned: true, top: 0, height: 900, visibility: 'visible' });
    await page.evaluate(() => {
      const el = document.getElementById('fake-modal')!;
      el.dispatchEvent(new Event('hidden.bs.modal', { bubbles: true }));
      el.remove();
    });
    expect(await visibilityOf(page, target)).toBe('auto');
    await page.evaluate((id) => document.getElementById(`comment-${id}`)!.querySelector('button')!.focus(), target);
    expect(await visibilityOf(page, target)).toBe('visible');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await visibilityOf(page, target)).toBe('auto');
  });
});

describe('a 300-comment thread', () => {
  it('is not contained', async () => {
    const p = await browser.context.newPage();
    await p.goto(server.origin + ordinaryPath);
    await waitForSidebar(p);
    await expect.poll(() => p.locator('threadlens-sidebar [role="treeitem"]').count()).toBeGreaterThan(0);
    await frames(p, 10);
    expect(await contained(p)).toBe(0);
    expect(await visibilityOf(p, ordinary.comments[0]!.id)).toBe('visible');
    await p.close();
  });
});

describe('lemmy-ui opening one big post from another', () => {
  it('keeps the page narrowed for the sidebar throughout, and contains the new post', async () => {
    const p = await browser.context.newPage();
    await p.goto(server.origin + bigPath);
    await waitForSidebar(p);
    await p.waitForFunction(() => document.documentElement.hasAttribute('data-threadlens-offset'), null, { timeout: 30_000 });
    const nextPath = `/post/${nextBig.post.id}`;
    await p.evaluate(
      ({ html, url }) => {
        // Every time the page gives the sidebar's room back, until the test reads it.
        const w = window as unknown as { __widened: number };
        w.__widened = 0;
        new MutationObserver(() => {
          if (!document.documentElement.hasAttribute('data-threadlens-offset')) w.__widened++;
        }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-threadlens-offset', 'style'] });
        const doc = new DOMParser().parseFromString(html, 'text/html');
        history.pushState({}, '', url);
        document.querySelector('.post.container-lg')!.replaceWith(doc.querySelector('.post.container-lg')!);
      },
      { html: renderPage(nextBig, { version: 'B', view: 'tree', theme: 'light', path: nextPath }), url: nextPath },
    );
    const nextRoots = nextBig.comments.filter((c) => c.parentId === null).length;
    await p.waitForFunction(countContained, nextRoots, { timeout: 30_000 });
    await frames(p, 5);
    expect(await p.evaluate(() => (window as unknown as { __widened: number }).__widened)).toBe(0);
    await p.close();
  });
});
