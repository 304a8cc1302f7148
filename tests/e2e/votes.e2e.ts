import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComments, renderPage, visibleComments } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import type { ThemeName } from '../fixtures/thread-spec';
import { forgetLocal, launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { axeViolations } from './axe';
import { serveFixtures, type FixtureServer } from './server';

/**
 * The Votes tab on the demo thread (lemmy-ui B, downvotes on): the figures
 * shown must be the spec's own numbers, worked out here by plain arithmetic.
 */
// Screenshots go to docs/ only when asked (UPDATE_DOCS=1): a test run leaves the tree as it was.
const DOCS = resolve(import.meta.dirname, process.env.UPDATE_DOCS ? '../../docs' : 'artifacts');
const post = `/post/${demoThread.post.id}`;
const spec = visibleComments(demoThread);
const num = (n: number) => n.toLocaleString('en');
const sum = (f: (c: (typeof spec)[number]) => number) => spec.reduce((n, c) => n + f(c), 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const theme = (url: URL) => (url.searchParams.get('theme') === 'dark' ? 'dark' : 'light') as ThemeName;
  server = await serveFixtures({ [post]: (url) => renderPage(demoThread, { version: 'B', view: 'tree', theme: theme(url), path: post }) });
  browser = await launchWithExtension();
  mkdirSync(DOCS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sidebar = (page: Page) => page.locator('threadlens-sidebar .tl-sidebar');
const figure = (page: Page, name: string) => page.locator(`threadlens-sidebar [data-figure="${name}"] dd`).textContent();

async function openVotes(theme: ThemeName): Promise<Page> {
  await forgetLocal(browser, ['visits']); // a first visit each time: the screenshots show no "new since" line
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${post}?theme=${theme}`);
  await waitForSidebar(page);
  await page.locator('threadlens-sidebar #tl-tab-votes').click();
  await page.locator('threadlens-sidebar .tl-votes').waitFor();
  // The shadow root's stylesheet arrives after the markup; judge colours only once it applies.
  await page.waitForFunction(() => {
    const aside = document.querySelector('threadlens-sidebar')?.shadowRoot?.querySelector('.tl-sidebar');
    return !!aside && getComputedStyle(aside).position === 'fixed';
  });
  return page;
}

describe('the Votes tab in Chromium', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openVotes('light');
  });
  afterAll(async () => page?.close());

  it("shows the thread's figures as the spec has them", async () => {
    const people = new Set(spec.map((c) => `${c.author.name}@${c.author.instance ?? demoThread.host}`));
    const unloaded = sum((c) => c.moreReplies ?? 0);
    expect(await figure(page, 'comments')).toBe(`${spec.length} + ${unloaded} not loaded`);
    expect(await figure(page, 'participants')).toBe(String(people.size));
    expect(await figure(page, 'up')).toBe(num(sum((c) => c.up)));
    expect(await figure(page, 'down')).toBe(num(sum((c) => c.down)));
    expect(await figure(page, 'score')).toBe(num(sum((c) => c.up - c.down)));
    expect(await figure(page, 'median')).toBe(num(median(spec.map((c) => c.up - c.down))));
  });

  it('lists the top and the controversial comments', async () => {
    const best = [...spec].sort((a, b) => b.up - b.down - (a.up - a.down))[0]!;
    const top = page.locator('threadlens-sidebar [aria-labelledby="tl-votes-top-comments"] li');
    expect(await top.first().getAttribute('data-comment-id')).toBe(String(best.id));
    const hot = await page
      .locator('threadlens-sidebar [aria-labelledby="tl-votes-most-controversial"] li')
      .evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.commentId)));
    expect(hot.length).toBeGreaterThan(0);
    for (const id of hot) {
      const c = spec.find((s) => s.id === id)!;
      expect(Math.min(c.up, c.down)).toBeGreaterThanOrEqual(5);
      expect(Math.min(c.up, c.down) * 3).toBeGreaterThanOrEqual(Math.max(c.up, c.down));
    }
  });

  it('draws the histogram as an image with a text table of the same counts', async () => {
    const svg = page.locator('threadlens-sidebar .tl-votes svg[role="img"]');
    expect(await svg.getAttribute('aria-label')).toContain(`Histogram of ${spec.length} comment scores`);
    const counts = await page.locator('threadlens-sidebar .tl-histogram table td').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(spec.length);
    expect(await svg.locator('rect').count()).toBe(counts.length);
  });

  it('passes axe and is screenshotted in the light theme', async () => {
    // axe-core on the Votes panel inside the shadow root: contrast, names, table semantics.
    expect(await axeViolations(page, [{ fromShadowDom: ['threadlens-sidebar', '#tl-panel-votes'] }])).toEqual([]);
    await sidebar(page).screenshot({ path: resolve(DOCS, 'votes-light.png') });
  });

  it('updates live when a comment loads', async () => {
    const extra = { ...demoThread, comments: [{ id: 9901, parentId: null, author: { name: 'latecomer' }, body: 'Late but loud.', up: 900, down: 3 }] };
    await page.evaluate((html) => {
      const t = document.createElement('template');
      t.innerHTML = html; // our own fixture markup, in the test page only
      document.querySelector('ul.comments')!.append(...t.content.querySelectorAll('ul.comments > li.comment'));
    }, renderComments(extra, { version: 'B', view: 'tree', theme: 'light' }));
    await expect.poll(() => figure(page, 'up')).toBe(num(sum((c) => c.up) + 900));
    const top = page.locator('threadlens-sidebar [aria-labelledby="tl-votes-top-comments"] li');
    await expect.poll(() => top.first().getAttribute('data-comment-id')).toBe('9901');
  });
});

describe('the outline with vote spread', () => {
  it('shows a bar per row, marks controversial subthreads and sorts by subthread score', async () => {
    const page = await openVotes('light');
    await page.locator('threadlens-sidebar #tl-tab-outline').click();
    const tree = page.locator('threadlens-sidebar [role="tree"]');
    await tree.waitFor();
    expect(await tree.locator('.tl-vbar').count()).toBeGreaterThan(0);
    // Top-level rows only, so that each is drawn in the outline's window (the reading bar above it takes room).
    await page.locator('threadlens-sidebar button', { hasText: 'Collapse all' }).click();
    // Arlo's "vans will be better" subthread drew 256 up and 87 down: controversial by the rule.
    const arlo = spec.find((c) => c.parentId === null && c.author.name === 'arlo_v')!;
    expect(await tree.locator(`[data-comment-id="${arlo.id}"] .tl-controversial`).textContent()).toContain('controversial');
    await page.locator('threadlens-sidebar button', { hasText: 'Expand all' }).click();
    await page.locator('threadlens-sidebar .tl-sort select').selectOption('score');
    const subtotal = (id: number): number =>
      spec.filter((c) => c.parentId === id).reduce((n, c) => n + subtotal(c.id), 0) + spec.find((c) => c.id === id)!.up - spec.find((c) => c.id === id)!.down;
    const roots = spec.filter((c) => c.parentId === null).map((c) => c.id);
    const expected = [...roots].sort((a, b) => subtotal(b) - subtotal(a));
    const shown = await tree.locator('[aria-level="1"]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-comment-id'))));
    expect(shown).toEqual(expected.slice(0, shown.length));
    await page.close();
  });
});

describe('the Votes tab in the dark theme', () => {
  it('passes axe and is screenshotted', async () => {
    const page = await openVotes('dark');
    expect(await page.locator('threadlens-sidebar .tl-sidebar').getAttribute('data-theme')).toBe('dark');
    // axe-core on the Votes panel inside the shadow root: contrast, names, table semantics.
    expect(await axeViolations(page, [{ fromShadowDom: ['threadlens-sidebar', '#tl-panel-votes'] }])).toEqual([]);
    await sidebar(page).screenshot({ path: resolve(DOCS, 'votes-dark.png') });
    await page.close();
  });
});
