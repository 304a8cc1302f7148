import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateThread } from '../fixtures/generate';
import { fetchTree, indexThread, LEMMY_LIMITS } from '../fixtures/live-fetch';
import { firstFetchIsoScript, liveThread, type LiveThread } from '../fixtures/live-lemmy';
import type { ThreadSpec } from '../fixtures/thread-spec';
import { fakeLemmyApi, type FakeApiOptions, type FakeLemmyApi } from '../support/fake-lemmy-api';
import { axeViolations } from './axe';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * "The whole thread" (issue 18) in Chromium, on a page of our own that behaves
 * like lemmy-ui 0.19 (tree view): isoData holds the first fetch (300 of 800
 * comments), the page renders 15 top-level threads and more on scroll, "more
 * replies" loads the rest; the fake Lemmy API on the same origin serves every
 * comment. Expectations come from the spec by plain arithmetic.
 */

/**
 * The threads, written for the fixture server's host: local authors are read
 * from the page with its host and from the API with their actor's, which must agree.
 * Seed 2 gives 218 top-level threads, 97 comments in the page as served, 20
 * comments past the first 15 threads behind two "more replies" clicks, and a
 * reply the first fetch's cap cut off beside loaded siblings (out of lemmy-ui's reach).
 */
const bigThread = (host: string) => generateThread({ comments: 800, maxDepth: 24, seed: 2, host });
/** 13 top-level threads, all in the page at once, and 4 "more replies". */
const smallThread = (host: string) => generateThread({ comments: 50, maxDepth: 24, seed: 18, host });
/** 54 top-level threads: 15 in the page as served, the rest three scrolls away. */
const wideThread = (host: string) => generateThread({ comments: 200, maxDepth: 24, seed: 5, host });

const num = (n: number) => n.toLocaleString('en');
const pathOf = (spec: ThreadSpec) => `/post/${spec.post.id}`;
const participants = (spec: ThreadSpec) => new Set(spec.comments.map((c) => `${c.author.name}@${c.author.instance ?? spec.host}`)).size;

const live = (spec: ThreadSpec, delayMs: number): LiveThread =>
  liveThread(spec, { version: 'B', view: 'tree', theme: 'light', path: pathOf(spec), isoScript: firstFetchIsoScript(spec), delayMs });

/** Each comment's depth from the spec's parent chain (0: top level). */
function depths(spec: ThreadSpec): Map<number, number> {
  const byId = new Map(spec.comments.map((c) => [c.id, c]));
  const depth = (id: number): number => {
    const parent = byId.get(id)!.parentId;
    return parent === null ? 0 : depth(parent) + 1;
  };
  return new Map(spec.comments.map((c) => [c.id, depth(c.id)]));
}

let server: FixtureServer;
let browser: ExtensionBrowser;
let big: ThreadSpec;
let bigPage: LiveThread;
let small: ThreadSpec;
let smallPage: LiveThread;
let wide: ThreadSpec;
let widePage: LiveThread;

beforeAll(async () => {
  server = await serveFixtures();
  const host = new URL(server.origin).host;
  [big, small, wide] = [bigThread(host), smallThread(host), wideThread(host)];
  [bigPage, smallPage, widePage] = [live(big, 30), live(small, 5), live(wide, 5)];
  for (const [spec, at] of [[big, bigPage], [small, smallPage], [wide, widePage]] as const) server.set(pathOf(spec), at.html);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A post page with a fresh fake API of its own behind the same origin. */
async function open(spec: ThreadSpec, options: FakeApiOptions = {}): Promise<{ page: Page; api: FakeLemmyApi }> {
  const api = fakeLemmyApi(spec, options);
  for (const [path, route] of Object.entries(api.routes)) server.set(path, route);
  const page = await browser.context.newPage();
  await page.goto(server.origin + pathOf(spec));
  await waitForSidebar(page);
  await page.locator('threadlens-sidebar [role="treeitem"]').first().waitFor();
  return { page, api };
}

const summary = (page: Page) => page.locator('threadlens-sidebar .tl-summary').textContent();
/** The whole-thread bar's notes: how the load ended, then how bringing a comment in did. */
const notes = (page: Page) => page.locator('threadlens-sidebar .tl-whole-note').allTextContents();
const loadButton = (page: Page, total: number) => page.getByRole('button', { name: `Load the whole thread (${num(total)} comments)`, exact: true });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Loading the whole thread' });
const row = (page: Page, id: number) => page.locator(`threadlens-sidebar [role="treeitem"][data-comment-id="${id}"]`);
/** A reader clicks a row on its words (its middle, on a deep row, is the twisty). */
const activate = (page: Page, id: number) => row(page, id).locator('.tl-words').click();
const figure = (page: Page, name: string) => page.locator(`threadlens-sidebar [data-figure="${name}"] dd`).textContent();
const articleIds = (page: Page) => page.evaluate(() => [...document.querySelectorAll('article[id^="comment-"]')].map((a) => Number(a.id.slice(8))));
const loaded = (spec: ThreadSpec) => `Loaded the whole thread: ${num(spec.comments.length)} comments.`;

interface OutlineRow {
  id: number;
  level: number;
  off: boolean;
}

/**
 * Every row of the virtualised outline, in order: the tree is scrolled a
 * screen at a time and each position's rendered rows are read, placed by
 * their offset. A position counts once the rows at both edges of the view
 * are rendered for it; a row never rendered leaves a hole, which fails the caller.
 */
async function outlineRows(page: Page): Promise<{ count: number; rows: (OutlineRow | null)[] }> {
  return page.evaluate(async () => {
    const box = document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector<HTMLElement>('.tl-outline')!;
    const space = box.querySelector<HTMLElement>('.tl-outline-space')!;
    const height = box.querySelector<HTMLElement>('[role="treeitem"]')!.offsetHeight;
    const count = Math.round(space.offsetHeight / height);
    const rows: (OutlineRow | null)[] = Array.from({ length: count }, () => null);
    const rendered = (index: number) => !!box.querySelector(`[role="treeitem"][style*="top: ${index * height}px"]`);
    for (let top = 0; ; top += box.clientHeight) {
      box.scrollTop = top;
      const first = Math.floor(box.scrollTop / height);
      const last = Math.min(count - 1, Math.floor((box.scrollTop + box.clientHeight - 1) / height));
      for (let frames = 0; frames < 60 && !(rendered(first) && rendered(last)); frames++) await new Promise(requestAnimationFrame);
      for (const el of box.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
        const at = Math.round(parseFloat(el.style.top) / height);
        rows[at] = { id: Number(el.dataset.commentId), level: Number(el.getAttribute('aria-level')), off: el.classList.contains('tl-row-off') };
      }
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break;
    }
    box.scrollTop = 0;
    return { count, rows };
  });
}

/** Each comment's outline level and mark, checked to be one row each with nothing missed. */
async function rowsById(page: Page): Promise<Map<number, OutlineRow>> {
  const { count, rows } = await outlineRows(page);
  expect(rows.indexOf(null)).toBe(-1);
  const byId = new Map(rows.map((r) => [r!.id, r!]));
  expect(byId.size).toBe(count);
  return byId;
}

/** The rows the spec expects: each comment at its depth + 1. */
const expectedLevels = (spec: ThreadSpec, ids: Iterable<number>) => {
  const depth = depths(spec);
  return new Map([...ids].map((id) => [id, depth.get(id)! + 1]));
};
const levels = (rows: Map<number, OutlineRow>) => new Map([...rows].map(([id, r]) => [id, r.level]));

/** Scrolls the outline until a comment's row is rendered. */
async function scrollToRow(page: Page, id: number, index: number): Promise<void> {
  await page.evaluate((index) => {
    const box = document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector<HTMLElement>('.tl-outline')!;
    const height = box.querySelector<HTMLElement>('[role="treeitem"]')!.offsetHeight;
    box.scrollTop = Math.max(0, index * height - box.clientHeight / 2);
  }, index);
  await row(page, id).waitFor();
}

const inViewport = (page: Page, id: number) =>
  page.evaluate((id) => {
    const r = document.getElementById(`comment-${id}`)?.getBoundingClientRect();
    return !!r && r.top >= -1 && r.top < innerHeight && r.bottom > 0;
  }, id);

describe('loading the whole thread', () => {
  let page: Page;
  let api: FakeLemmyApi;
  let firstFetch: number[];
  let onPage: number;
  let rowOrder: number[] = [];

  beforeAll(async () => {
    firstFetch = fetchTree(indexThread(big), null, LEMMY_LIMITS).map((c) => c.id);
    onPage = bigPage.ids.initial.length;
    // Slow enough that the progress bar is there to be read while the load runs.
    ({ page, api } = await open(big, { delayMs: 100 }));
  });
  afterAll(async () => page?.close());

  it('before loading: counts the page honestly, marks isoData’s unrendered comments, asks the API nothing', async () => {
    expect(firstFetch).toHaveLength(300);
    await expect.poll(() => summary(page)).toMatch(new RegExp(`^${onPage} of ${num(big.comments.length)} comments on the page · ${300 - onPage} more in the outline · `));
    const rows = await rowsById(page);
    expect(levels(rows)).toEqual(expectedLevels(big, firstFetch));
    const initial = new Set(bigPage.ids.initial);
    const off = [...rows.values()].filter((r) => r.off).map((r) => r.id);
    expect(off.sort()).toEqual(firstFetch.filter((id) => !initial.has(id)).sort());
    // The page was read and its rows drawn: the whole-thread feature had its chance to ask, and did not.
    expect(api.stats.requests).toBe(0);
    await expect.poll(() => loadButton(page, big.comments.length).count()).toBe(1);
    expect(api.stats.requests).toBe(0);
  });

  it('loads every comment when the button is pressed: progress, then the note, every comment a row at its depth', async () => {
    await loadButton(page, big.comments.length).click();
    expect(await progress(page).getAttribute('aria-valuetext')).toMatch(new RegExp(`^[\\d,]+ of ${num(big.comments.length)}$`));
    await expect.poll(() => notes(page), { timeout: 30_000 }).toEqual([loaded(big)]);
    expect(await progress(page).count()).toBe(0);
    const rows = await rowsById(page);
    expect(levels(rows)).toEqual(expectedLevels(big, big.comments.map((c) => c.id)));
    expect([...rows.values()].filter((r) => !r.off)).toHaveLength(onPage);
    rowOrder = [...rows.keys()];
    const text = await summary(page);
    expect(text).toBe(`${onPage} of ${num(big.comments.length)} comments on the page · ${num(big.comments.length - onPage)} more in the outline · ${participants(big)} participants`);
    expect(text).not.toContain('not loaded');
    expect(api.stats.requests).toBeGreaterThanOrEqual(Math.ceil(big.comments.length / 50));
    expect(api.stats.maxInFlight).toBeLessThanOrEqual(2);
    // For the README: the outline where rows on the page and rows not on it meet.
    const firstOff = [...rows.values()].findIndex((r) => r.off);
    await scrollToRow(page, rowOrder[firstOff]!, firstOff);
    const out = process.env.UPDATE_DOCS ? resolve(import.meta.dirname, '../../docs') : resolve(import.meta.dirname, 'artifacts');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: resolve(out, 'whole-thread.png'), animations: 'disabled' });
  });

  it('the Votes tab sums every comment of the thread', async () => {
    const sum = (f: (c: (typeof big.comments)[number]) => number) => big.comments.reduce((n, c) => n + f(c), 0);
    const scores = big.comments.map((c) => c.up - c.down).sort((a, b) => a - b);
    const median = (scores[scores.length / 2 - 1]! + scores[scores.length / 2]!) / 2;
    await page.locator('threadlens-sidebar #tl-tab-votes').click();
    await page.locator('threadlens-sidebar .tl-votes').waitFor();
    expect(await figure(page, 'comments')).toBe(num(big.comments.length));
    expect(await figure(page, 'participants')).toBe(num(participants(big)));
    expect(await figure(page, 'up')).toBe(num(sum((c) => c.up)));
    expect(await figure(page, 'down')).toBe(num(sum((c) => c.down)));
    expect(await figure(page, 'score')).toBe(num(sum((c) => c.up - c.down)));
    expect(await figure(page, 'median')).toBe(num(median));
    await page.locator('threadlens-sidebar #tl-tab-outline').click();
    await page.locator('threadlens-sidebar [role="treeitem"]').first().waitFor();
  });

  it('brings a comment past the first 15 threads and behind two "more replies" into the page', async () => {
    const tops = big.comments.filter((c) => c.parentId === null).map((c) => c.id);
    const path = indexThread(big).path;
    const deepAndLate = bigPage.ids.reachable.filter((id) => bigPage.ids.clicks.get(id)! >= 2 && tops.indexOf(path.get(id)![0]!) >= 15);
    // The deepest of them: the longest walk down.
    const target = deepAndLate.reduce((a, b) => (path.get(b)!.length > path.get(a)!.length ? b : a));
    expect(await articleIds(page)).not.toContain(target);
    await scrollToRow(page, target, rowOrder.indexOf(target));
    expect(await row(page, target).getAttribute('class')).toContain('tl-row-off');
    await activate(page, target);
    await page.locator(`#comment-${target}`).waitFor({ state: 'attached', timeout: 30_000 });
    await expect.poll(() => inViewport(page, target)).toBe(true);
    expect(await page.locator(`#comment-${target}`).getAttribute('data-threadlens-flash')).toBe('');
    await expect.poll(() => row(page, target).getAttribute('class')).not.toContain('tl-row-off');
    // Its ancestors came in with it, each one "more replies" at a time.
    for (const id of path.get(target)!) expect(await page.locator(`#comment-${id}`).count()).toBe(1);
  });

  it('says when lemmy-ui cannot show a comment, and links its context view', async () => {
    const byId = new Map(big.comments.map((c) => [c.id, c]));
    const target = bigPage.ids.unreachable.find((id) => bigPage.ids.partial.includes(byId.get(id)!.parentId!))!;
    expect(target).toBeDefined();
    await scrollToRow(page, target, rowOrder.indexOf(target));
    await activate(page, target);
    await expect.poll(() => notes(page).then((n) => n[1]), { timeout: 30_000 }).toMatch(/^lemmy-ui cannot show this reply here/);
    const link = page.getByRole('link', { name: 'Open it in its context', exact: true });
    const href = new URL((await link.getAttribute('href'))!, server.origin);
    expect(href.origin + href.pathname).toBe(`${server.origin}/comment/${target}`);
    expect(await page.locator(`#comment-${target}`).count()).toBe(0);
    expect(await row(page, target).getAttribute('class')).toContain('tl-row-off');
    // Selected and off the page: its muted text still has the contrast it needs on the selection's tint.
    expect(await row(page, target).getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a page that tries to start a load', () => {
  it('cannot: its clicks on the button, its key presses and its events reach nothing, and no request is made', async () => {
    const { page, api } = await open(small);
    const pressed = await page.evaluate(() => {
      const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('.tl-whole-button');
      button?.click();
      button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return !!button;
    });
    expect(pressed).toBe(true);
    // A load starts in the click itself, and the sidebar draws it within a frame: after one, nothing changed.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    expect(await progress(page).count()).toBe(0);
    expect(await notes(page)).toEqual([]);
    expect(api.stats.requests).toBe(0);
    // The reader's own click loads.
    await loadButton(page, small.comments.length).click();
    await expect.poll(() => notes(page)).toEqual([loaded(small)]);
    expect(api.stats.requests).toBeGreaterThan(0);
    await page.close();
  });
});

describe('cancelling a load', () => {
  it('keeps what was loaded and asks nothing more', async () => {
    const delayMs = 400;
    const { page, api } = await open(big, { delayMs });
    // A request the server answers only after the fake API's own delay twice over.
    server.set('/tick', () => new Promise((resolve) => setTimeout(() => resolve('tick'), 2 * delayMs)));
    await loadButton(page, big.comments.length).click();
    await expect.poll(() => progress(page).getAttribute('aria-valuenow').then(Number)).toBeGreaterThanOrEqual(50);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => notes(page).then((n) => n.join())).toMatch(/^Loading cancelled\. The [\d,]+ comments loaded so far are kept\./);
    const kept = Number((await notes(page))[0]!.match(/The ([\d,]+) comments/)![1]!.replace(/,/g, ''));
    expect(kept % 50).toBe(0);
    // Pages come in id order: what is known is the first fetch and the first `kept` comments by id.
    const oldest = [...big.comments].sort((a, b) => a.id - b.id).slice(0, kept).map((c) => c.id);
    const known = new Set([...fetchTree(indexThread(big), null, LEMMY_LIMITS).map((c) => c.id), ...oldest]).size;
    const onPage = bigPage.ids.initial.length;
    await expect.poll(() => summary(page)).toMatch(new RegExp(`^${onPage} of ${num(big.comments.length)} comments on the page · ${num(known - onPage)} more in the outline · `));
    // The load asks two pages at a time while any is left: had it gone on, a request would be out now.
    await expect.poll(() => api.stats.inFlight).toBe(0);
    const asked = api.stats.requests;
    await page.evaluate(() => fetch('/tick').then((r) => r.text()));
    expect(api.stats.requests).toBe(asked);
    expect(api.stats.inFlight).toBe(0);
    expect(await page.getByRole('button', { name: 'Load again', exact: true }).count()).toBe(1);
    await page.close();
  });
});

describe('a client-side navigation mid-load', () => {
  it('cancels the load: only the pages in flight when the reader left were asked', async () => {
    const { page, api } = await open(big, { delayMs: 400 });
    await loadButton(page, big.comments.length).click();
    await expect.poll(() => api.stats.requests).toBeGreaterThan(0);
    // lemmy-ui navigates with the History API; our watcher sees the new address as a new post.
    await page.evaluate(() => history.pushState(null, '', '/post/999999'));
    // The content script reads the new address as a new post, and the old post's session ends.
    await expect.poll(() => page.locator('threadlens-sidebar').getAttribute('data-post'), { timeout: 10_000 }).toBe('999999');
    await expect.poll(() => api.stats.inFlight, { timeout: 10_000 }).toBe(0);
    expect(api.stats.requests).toBeLessThan(Math.ceil(big.comments.length / 50));
    await page.close();
  });
});

describe('a rate-limited instance', () => {
  it('still loads every comment when every third request is a 429', async () => {
    const { page, api } = await open(big, { rateLimitEvery: 3 });
    await loadButton(page, big.comments.length).click();
    await expect.poll(() => notes(page), { timeout: 45_000 }).toEqual([loaded(big)]);
    const pages = Math.ceil(big.comments.length / 50);
    // Each 429 was waited out and asked again: more requests than pages.
    expect(api.stats.requests).toBeGreaterThan(pages);
    const rows = await rowsById(page);
    expect(levels(rows)).toEqual(expectedLevels(big, big.comments.map((c) => c.id)));
    expect(await summary(page)).not.toContain('not loaded');
    await page.close();
  });
});

describe('accessibility', () => {
  it('the sidebar passes axe while loading and after', async () => {
    // 16 pages, two at a time, 600 ms each: the load outlasts an axe run.
    const { page } = await open(big, { delayMs: 600 });
    await loadButton(page, big.comments.length).click();
    await progress(page).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Still loading when axe ended: it checked the progress bar and its Cancel.
    expect(await progress(page).count()).toBe(1);
    await expect.poll(() => notes(page), { timeout: 30_000 }).toEqual([loaded(big)]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('showing everything in the page', () => {
  it('opens every "more replies" of a thread whose top-level comments are all in the page', async () => {
    const { page } = await open(small);
    expect(smallPage.ids.reachable).toHaveLength(small.comments.length);
    expect((await articleIds(page)).length).toBe(smallPage.ids.initial.length);
    // The page's data knows only what it shows: the rest comes from the API first.
    await loadButton(page, small.comments.length).click();
    await expect.poll(() => notes(page)).toEqual([loaded(small)]);
    await page.getByRole('button', { name: 'Show everything in the page', exact: true }).click();
    await expect.poll(() => notes(page).then((n) => n[1]), { timeout: 45_000 }).toMatch(/^Every comment lemmy-ui can show is in the page\./);
    expect(new Set(await articleIds(page))).toEqual(new Set(smallPage.ids.reachable));
    await expect.poll(() => summary(page)).toMatch(new RegExp(`^${small.comments.length} comments · `));
    await page.close();
  });

  it("scrolls lemmy-ui's list until every top-level thread is in, then opens every 'more replies'", async () => {
    const { page } = await open(wide);
    expect(widePage.ids.initial.length).toBeLessThan(wide.comments.length);
    await loadButton(page, wide.comments.length).click();
    await expect.poll(() => notes(page)).toEqual([loaded(wide)]);
    await page.getByRole('button', { name: 'Show everything in the page', exact: true }).click();
    await expect.poll(() => notes(page).then((n) => n[1]), { timeout: 60_000 }).toMatch(/^Every comment lemmy-ui can show is in the page\./);
    expect(new Set(await articleIds(page))).toEqual(new Set(widePage.ids.reachable));
    await page.close();
  });
});
