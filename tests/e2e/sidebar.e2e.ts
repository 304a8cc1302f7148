import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateThread, renderPage, visibleComments } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { forgetLocal, launchWithExtension, readLocal, waitForSidebar, writeLocal, type ExtensionBrowser } from './browser';
import { axeViolations } from './axe';
import { serveFixtures, type FixtureServer } from './server';
import { clickRow, collapsedLabelPoint, threadLinePoint } from './page-actions';
import { encode, fromIds } from '../../utils/reading/ranges';

/**
 * What a reader does with a 300-comment thread: click rows, type keys,
 * collapse subthreads; the page, the focus and the ARIA tree must follow.
 */
const big = generateThread({ comments: 300, maxDepth: 6, seed: 300, quoteEvery: 5, host: '127.0.0.1' });
const order = visibleComments(big).map((c) => c.id);
const byId = new Map(big.comments.map((c) => [c.id, c]));
const depthOf = (id: number): number => {
  let d = 0;
  for (let p = byId.get(id)!.parentId; p !== null; p = byId.get(p)!.parentId) d++;
  return d;
};
const kids = (id: number) => big.comments.filter((c) => c.parentId === id).map((c) => c.id);
const roots = big.comments.filter((c) => c.parentId === null).map((c) => c.id);
const descendants = (id: number): number => kids(id).reduce((n, k) => n + 1 + descendants(k), 0);

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;
const path = `/post/${big.post.id}`;
const demoPath = `/post/${demoThread.post.id}`;

beforeAll(async () => {
  server = await serveFixtures({
    [path]: renderPage(big, { version: 'B', view: 'tree', theme: 'light', path }),
    [demoPath]: (url) => renderPage(demoThread, { version: 'B', view: 'tree', theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light', path: demoPath }),
  });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.origin + path);
  await waitForSidebar(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const inShadow = <T, A>(p: Page, fn: (root: ShadowRoot, arg: A) => T, arg: A) =>
  p.evaluate(
    ({ src, arg }) => new Function('root', 'arg', `return (${src})(root, arg)`)(document.querySelector('threadlens-sidebar')!.shadowRoot, arg),
    { src: fn.toString(), arg },
  ) as Promise<T>;

const selectedId = (p: Page) =>
  inShadow(p, (root) => Number(root.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id') ?? 0), null);

/** Where a comment's top is, relative to the viewport (0 = top edge). */
const topOf = (p: Page, id: number) => p.evaluate((id) => document.getElementById(`comment-${id}`)!.getBoundingClientRect().top, id);
const isVisible = (p: Page, id: number) => p.evaluate((id) => !!(document.getElementById(`comment-${id}`) as HTMLElement).offsetParent, id);
const press = async (p: Page, key: string) => {
  await p.keyboard.press(key);
  await p.evaluate(() => new Promise(requestAnimationFrame));
};

/** Keys go to the page, not the sidebar: nothing focused. */
const focusPage = (p: Page) => p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const onScreen = async (p: Page, id: number) => {
  const top = await topOf(p, id);
  return top >= -5 && top < 900;
};

describe('sidebar on a 300-comment thread in Chromium', () => {
  it('renders the outline as an ARIA tree with levels, expansion state and comment ids', async () => {
    // "ready" says the session started; a thread of 300 is read in slices after it.
    await expect.poll(() => inShadow(page, (root) => root.querySelectorAll('[role="tree"] [role="treeitem"]').length, null)).toBeGreaterThan(5);
    const rows = await inShadow(
      page,
      (root) =>
        [...root.querySelectorAll('[role="tree"] [role="treeitem"]')].map((r) => ({
          id: Number(r.getAttribute('data-comment-id')),
          level: Number(r.getAttribute('aria-level')),
          expanded: r.getAttribute('aria-expanded'),
        })),
      null,
    );
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100); // virtual: only what is in view
    expect(rows.map((r) => r.id)).toEqual(order.slice(0, rows.length));
    for (const row of rows) {
      expect(row.level).toBe(depthOf(row.id) + 1);
      expect(row.expanded).toBe(kids(row.id).length ? 'true' : null);
    }
  });

  it('scrolls the page to a comment and flashes it when its row is clicked', async () => {
    const target = order[12]!;
    await page.evaluate(() => window.scrollTo(0, 0));
    await clickRow(page, target);
    await expect.poll(() => onScreen(page, target)).toBe(true);
    expect(await page.evaluate((id) => document.getElementById(`comment-${id}`)!.hasAttribute('data-threadlens-flash'), target)).toBe(true);
    expect(await selectedId(page)).toBe(target);
  });

  it('walks the thread with j/k, J, p, t, n and b, keeping the comment in view', async () => {
    await clickRow(page, order[0]!);
    await focusPage(page);
    await press(page, 'j');
    await press(page, 'j');
    expect(await selectedId(page)).toBe(order[2]);
    await press(page, 'k');
    expect(await selectedId(page)).toBe(order[1]);
    const start = order.find((id) => depthOf(id) === 2 && kids(byId.get(id)!.parentId!).length > 1)!;
    const parent = byId.get(start)!.parentId!;
    await clickRow(page, roots[0]!);
    await page.evaluate((id) => document.getElementById(`comment-${id}`)!.scrollIntoView(), start);
    // Select the start through the outline model's own jump: click its page comment's row via the keys.
    await focusPage(page);
    for (let i = 0; i < order.indexOf(start); i++) await press(page, 'j');
    expect(await selectedId(page)).toBe(start);
    await press(page, 'p');
    expect(await selectedId(page)).toBe(parent);
    // Focus stayed on the page: the sidebar's live region says where the jump landed.
    const said = await page.locator('threadlens-sidebar div[aria-live="polite"][role="status"]').textContent();
    expect(said).toMatch(new RegExp(`^Parent: ${byId.get(parent)!.author.name}, level 2, `));
    await press(page, 't');
    const root = byId.get(parent)!.parentId!;
    expect(await selectedId(page)).toBe(root);
    await press(page, 'n');
    expect(await selectedId(page)).toBe(roots[roots.indexOf(root) + 1]);
    expect(await onScreen(page, roots[roots.indexOf(root) + 1]!)).toBe(true);
    await press(page, 'b');
    expect(await selectedId(page)).toBe(root);
    await press(page, 'J');
    expect(await selectedId(page)).toBe(roots[roots.indexOf(root) + 1]);
  });

  it('collapses a subthread with x: replies hidden in the page with a count, row collapsed, next sibling selected', async () => {
    const target = roots.find((id) => kids(id).length > 1 && roots.indexOf(id) < roots.length - 1)!;
    const hidden = descendants(target);
    await clickRow(page, target);
    await focusPage(page);
    await press(page, 'x');
    const li = await page.evaluate((id) => {
      const el = document.getElementById(`comment-${id}`)!.parentElement!;
      return { count: el.getAttribute('data-threadlens-collapsed'), after: getComputedStyle(el, '::after').content };
    }, target);
    expect(li.count).toBe(`${hidden} replies hidden by Threadlens`);
    expect(li.after).toContain(String(hidden));
    expect(await isVisible(page, kids(target)[0]!)).toBe(false);
    expect(await isVisible(page, target)).toBe(true);
    expect(await inShadow(page, (root, id) => root.querySelector(`[data-comment-id="${id}"]`)?.getAttribute('aria-expanded'), target)).toBe('false');
    expect(await inShadow(page, (root, id) => !!root.querySelector(`[data-comment-id="${id}"]`), kids(target)[0]!)).toBe(false);
    expect(await selectedId(page)).toBe(roots[roots.indexOf(target) + 1]);
    // And back: select it again and expand.
    await press(page, 'k');
    expect(await selectedId(page)).toBe(target);
    await press(page, 'x');
    expect(await isVisible(page, kids(target)[0]!)).toBe(true);
  });

  it('collapses all and expands all in the page', async () => {
    const shown = () => page.evaluate(() => [...document.querySelectorAll('article[id^="comment-"]')].filter((a) => (a as HTMLElement).offsetParent).length);
    await page.locator('threadlens-sidebar button', { hasText: 'Collapse all' }).click();
    await expect.poll(shown).toBe(roots.length);
    await page.locator('threadlens-sidebar button', { hasText: 'Expand all' }).click();
    await expect.poll(shown).toBe(order.length);
  });

  it('collapses a subthread from the thread line beside it in the page', async () => {
    const target = roots.find((id) => kids(id).length > 0)!;
    // The list's left edge (its border, the thread line), a little below its top.
    const box = await threadLinePoint(page, target);
    expect(box.at).toBe(true);
    await page.mouse.click(box.x, box.y);
    await expect.poll(() => isVisible(page, kids(target)[0]!)).toBe(false);
    expect(await inShadow(page, (root, id) => root.querySelector(`[data-comment-id="${id}"]`)?.getAttribute('aria-expanded') ?? null, target)).not.toBe('true');
    // The "N replies hidden" label takes the line's place: clicking it expands again.
    const label = await collapsedLabelPoint(page, target);
    await page.mouse.click(label.x, label.y);
    await expect.poll(() => isVisible(page, kids(target)[0]!)).toBe(true);
  });

  it('moves focus through the tree with the arrow keys (roving tabindex)', async () => {
    await clickRow(page, order[0]!);
    await press(page, 'ArrowDown');
    await press(page, 'ArrowDown');
    // Focus follows the selection once the outline has re-rendered the row.
    await expect.poll(() => inShadow(page, (root) => Number((root.activeElement as HTMLElement | null)?.getAttribute('data-comment-id')), null)).toBe(order[2]);
    const tabbable = await inShadow(page, (root) => [...root.querySelectorAll('[role="treeitem"][tabindex="0"]')].length, null);
    expect(tabbable).toBe(1);
  });

  it('never takes keys typed into a text field', async () => {
    const before = await selectedId(page);
    await page.evaluate(() => document.body.prepend(Object.assign(document.createElement('textarea'), { id: 'typing' })));
    await page.locator('#typing').click();
    await page.keyboard.type('jjjx');
    expect(await page.locator('#typing').inputValue()).toBe('jjjx');
    expect(await selectedId(page)).toBe(before);
  });

  it('hides and shows the sidebar with one key, and lists the keys in a help dialog', async () => {
    await focusPage(page);
    await press(page, '?');
    await expect.poll(() => inShadow(page, (root) => root.querySelector('[role="dialog"]')?.textContent ?? '', null)).toContain('Next comment');
    await press(page, 'Escape');
    await press(page, '\\');
    await expect.poll(() => inShadow(page, (root) => !!root.querySelector('[role="tree"]'), null)).toBe(false);
    await press(page, '\\');
    await expect.poll(() => inShadow(page, (root) => !!root.querySelector('[role="tree"]'), null)).toBe(true);
  });

  it('resizes by dragging its edge or with the arrow keys on it, and the page follows', async () => {
    const width = () => inShadow(page, (root) => Math.round(root.querySelector('aside')!.getBoundingClientRect().width), null);
    const margin = () => page.evaluate(() => parseFloat(document.documentElement.style.marginRight || '0'));
    const start = await width();
    const handle = page.locator('threadlens-sidebar [role="separator"]');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + 200, { steps: 4 });
    await page.mouse.up();
    await expect.poll(width).toBe(start + 80);
    await expect.poll(margin).toBe(start + 80);
    await handle.focus();
    await press(page, 'ArrowRight');
    await expect.poll(width).toBe(start + 64);
    expect(await handle.getAttribute('aria-valuenow')).toBe(String(start + 64));
    // Back to where it started, by keys the other way: the width is stored, and the
    // screenshots taken later in this browser must show the default sidebar.
    // Each step waits for the last: a key resizes from the stored width.
    for (const to of [start + 48, start + 32, start + 16, start]) {
      await press(page, 'ArrowRight');
      await expect.poll(width).toBe(to);
    }
    await expect.poll(margin).toBe(start);
  });

  it('stays hidden after a reload once hidden with its close button', async () => {
    const p = await browser.context.newPage();
    await p.goto(server.origin + path);
    await waitForSidebar(p);
    await p.locator('threadlens-sidebar button[aria-label="Hide Threadlens sidebar"]').click();
    await expect.poll(() => p.locator('threadlens-sidebar button[aria-label="Show Threadlens sidebar"]').count()).toBe(1);
    await p.reload();
    await waitForSidebar(p);
    await expect.poll(() => p.locator('threadlens-sidebar button[aria-label="Show Threadlens sidebar"]').count()).toBe(1);
    expect(await p.locator('threadlens-sidebar [role="tree"]').count()).toBe(0);
    await p.locator('threadlens-sidebar button[aria-label="Show Threadlens sidebar"]').click();
    await expect.poll(() => p.locator('threadlens-sidebar [role="tree"]').count()).toBe(1);
    await p.close();
  });

  it('folds to a toggle on a narrow window and opens over the page without pushing it', async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 700, height: 800 });
    await p.goto(server.origin + path);
    await waitForSidebar(p);
    const offset = () => p.evaluate(() => document.documentElement.style.marginRight || document.documentElement.style.marginLeft || '');
    await expect.poll(() => p.locator('threadlens-sidebar button[aria-label="Show Threadlens sidebar"]').count()).toBe(1);
    expect(await offset()).toBe('');
    await p.locator('threadlens-sidebar button[aria-label="Show Threadlens sidebar"]').click();
    await expect.poll(() => p.locator('threadlens-sidebar [role="tree"]').count()).toBe(1);
    expect(await offset()).toBe('');
    await p.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(offset).not.toBe('');
    await p.close();
  });

  it('renders rows down to the outline\'s new bottom when the window grows, and not far past it when it shrinks', async () => {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 1280, height: 500 });
    await p.goto(server.origin + path);
    await waitForSidebar(p);
    /** The outline's height, and how far below its top the last rendered row ends. */
    const cover = () =>
      inShadow(p, (root) => {
        const tree = root.querySelector<HTMLElement>('[role="tree"]')!;
        const rows = [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];
        const bottom = Math.max(...rows.map((r) => r.getBoundingClientRect().bottom)) - tree.getBoundingClientRect().top;
        return { height: tree.clientHeight, bottom };
      }, null);
    await expect.poll(async () => (await cover()).height).toBeGreaterThan(0);
    const small = await cover();
    await p.setViewportSize({ width: 1280, height: 1400 });
    await expect.poll(async () => (await cover()).height).toBeGreaterThan(small.height + 500);
    await expect.poll(async () => { const c = await cover(); return c.bottom >= c.height; }).toBe(true);
    const tall = await cover();
    await p.setViewportSize({ width: 1280, height: 500 });
    await expect.poll(async () => { const c = await cover(); return c.height < tall.height && c.bottom < tall.bottom; }).toBe(true);
    await p.close();
  });

  it('makes room for the sidebar before the page first paints, so that the page is laid out at its width once', async () => {
    const p = await browser.context.newPage();
    await p.addInitScript(() => {
      const w = window as unknown as { marginAtPaint?: string };
      new PerformanceObserver((list) => {
        if (w.marginAtPaint === undefined && list.getEntries().length) w.marginAtPaint = document.documentElement.style.marginRight;
      }).observe({ type: 'paint', buffered: true });
    });
    await p.goto(server.origin + path);
    await waitForSidebar(p);
    const margin = await p.evaluate(() => document.documentElement.style.marginRight);
    expect(margin).toMatch(/^\d+px$/);
    expect(await p.evaluate(() => (window as unknown as { marginAtPaint?: string }).marginAtPaint)).toBe(margin);
    await p.close();
  });

  /** The outline's heights from its first render until the rows, the reading count and (on a revisit) the "new since" bar are in. */
  async function outlineHeights(revisit: boolean, at = path): Promise<number[]> {
    const p = await browser.context.newPage();
    await p.addInitScript(() => {
      const heights: number[] = [];
      (window as unknown as { outlineHeights: number[] }).outlineHeights = heights;
      const find = () => {
        const tree = document.querySelector('threadlens-sidebar')?.shadowRoot?.querySelector('[role="tree"]');
        if (!tree) return requestAnimationFrame(find);
        new ResizeObserver((entries) => heights.push(Math.round(entries[0]!.contentRect.height))).observe(tree);
      };
      requestAnimationFrame(find);
    });
    await p.goto(server.origin + at);
    await waitForSidebar(p);
    const counted = (bar: boolean) =>
      inShadow(p, (root, bar) => !!root.querySelector('[role="treeitem"]') && /\d/.test(root.querySelector('.tl-reading-count')?.textContent ?? '') && (!bar || !!root.querySelector('.tl-new-bar')), bar);
    await expect.poll(() => counted(revisit)).toBe(true);
    // Two frames after the last of them came in, for a resize it caused to be observed.
    await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const heights = await p.evaluate(() => (window as unknown as { outlineHeights: number[] }).outlineHeights);
    await p.close();
    return heights;
  }

  it('keeps the outline\'s size from its first render through the first rows and the reading count', async () => {
    // A page read in slices: the sidebar is there before its rows. What comes in above the outline
    // later (the post's title, the reading bar) would resize it inside the page's frames.
    await forgetLocal(browser, ['visits', 'readState']);
    const heights = await outlineHeights(false);
    expect(heights.length).toBeGreaterThan(0);
    expect(new Set(heights).size, `outline heights: ${heights.join(", ")}`).toBe(1);
  });

  it.each([['300 comments, read in slices', path], ['a small thread, read at once', demoPath]])('keeps the outline\'s size on a revisit, where the "new since" bar comes in above it (%s)', async (_, at) => {
    // The last visit is read from storage while the page is parsed, so the bar is there with the first rows.
    await forgetLocal(browser, ['visits', 'readState']);
    await outlineHeights(false, at);
    await expect.poll(async () => ((await readLocal(browser, ['visits'])).visits as unknown[] | undefined)?.length ?? 0).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      const heights = await outlineHeights(true, at);
      expect(heights.length).toBeGreaterThan(0);
      expect(new Set(heights).size, `revisit ${i + 1}, outline heights: ${heights.join(", ")}`).toBe(1);
    }
  });

  it('shows a subthread remembered as collapsed collapsed from the first rows on a revisit, in the outline and the page', async () => {
    // Restored a frame after the first rows, the page showed the replies and then hid them again.
    const target = demoThread.comments.find((c) => demoThread.comments.some((r) => r.parentId === c.id))!.id;
    const post = `${new URL(server.origin).host}${demoPath}`;
    await forgetLocal(browser, ['visits', 'readState']);
    await outlineHeights(false, demoPath); // a first visit binds the site: its records may be kept
    await writeLocal(browser, { collapsedByPost: [{ post, ids: [target], at: Date.now() }] });
    for (let i = 0; i < 3; i++) {
      const p = await browser.context.newPage();
      await p.addInitScript((id) => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        const look = () => {
          const row = document.querySelector('threadlens-sidebar')?.shadowRoot?.querySelector(`[data-comment-id="${id}"]`);
          if (row) seen.push(`${row.getAttribute('aria-expanded')} ${document.getElementById(`comment-${id}`)?.parentElement?.hasAttribute('data-threadlens-collapsed')}`);
          if (seen.length < 5) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, target);
      await p.goto(server.origin + demoPath);
      await waitForSidebar(p);
      await expect.poll(() => p.evaluate(() => (window as unknown as { seen: string[] }).seen.length)).toBe(5);
      expect(await p.evaluate(() => (window as unknown as { seen: string[] }).seen), `revisit ${i + 1}`).toEqual(Array(5).fill('false true'));
      await p.close();
    }
    await forgetLocal(browser, ['collapsedByPost']);
  });

  it('shows what was read as read from the first rows on a revisit', async () => {
    // Restored a frame after the first rows, every row showed unread and then read.
    const ids = demoThread.comments.map((c) => c.id);
    const post = `${new URL(server.origin).host}${demoPath}`;
    await forgetLocal(browser, ['visits', 'readState']);
    await outlineHeights(false, demoPath); // a first visit binds the site: its records may be kept
    await writeLocal(browser, { readState: [{ post, at: Date.now(), read: encode(fromIds(ids)) }] });
    for (let i = 0; i < 3; i++) {
      const p = await browser.context.newPage();
      await p.addInitScript(() => {
        const unread: number[] = [];
        (window as unknown as { unread: number[] }).unread = unread;
        const look = () => {
          const root = document.querySelector('threadlens-sidebar')?.shadowRoot;
          if (root?.querySelector('[role="treeitem"]')) unread.push(root.querySelectorAll('[role="treeitem"].tl-row-unread').length);
          if (unread.length < 5) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await p.goto(server.origin + demoPath);
      await waitForSidebar(p);
      await expect.poll(() => p.evaluate(() => (window as unknown as { unread: number[] }).unread.length)).toBe(5);
      expect(await p.evaluate(() => (window as unknown as { unread: number[] }).unread), `revisit ${i + 1}: unread rows per frame`).toEqual([0, 0, 0, 0, 0]);
      await p.close();
    }
    await forgetLocal(browser, ['readState', 'visits']);
  });

  it('has no axe-core violations in the sidebar', async () => {
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
  });

  it('takes light and dark screenshots of the demo thread', async () => {
    const out = process.env.UPDATE_DOCS ? resolve(import.meta.dirname, '../../docs') : resolve(import.meta.dirname, 'artifacts');
    mkdirSync(out, { recursive: true });
    for (const [name, url] of [['light', demoPath], ['dark', `${demoPath}?theme=dark`]] as const) {
      // A first visit, as a new reader sees it: the tests above already visited this post.
      await forgetLocal(browser, ['visits']);
      const p = await browser.context.newPage();
      await p.goto(server.origin + url);
      await waitForSidebar(p);
      const theme = await p.locator('threadlens-sidebar').getAttribute('data-theme');
      expect(theme).toBe(name);
      await p.screenshot({ path: resolve(out, `sidebar-${name}.png`) });
      await p.close();
    }
  });
});
