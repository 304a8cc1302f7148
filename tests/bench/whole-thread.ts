/**
 * "Load the whole thread" (issue 18), for `npm run bench`: lemmy-ui's page of a
 * generated thread (isoData with the first fetch, its first 15 top-level threads
 * rendered), every comment served by our fake Lemmy API on the same origin. With the extension: click the sidebar's load
 * button and time it to the note "Loaded the whole thread: N comments.", with
 * the content script's measures, long tasks and long frames of that span.
 * Without it, the same page fetches every listing page itself and JSON.parses
 * it: what the network and parsing alone cost, the floor of the load.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/browser';
import { serveFixtures } from '../e2e/server';
import { generateThread, type ThreadSpec } from '../fixtures/build-thread';
import { LEMMY_LIMITS } from '../fixtures/live-fetch';
import { firstFetchIsoScript, liveThread } from '../fixtures/live-lemmy';
import { fakeLemmyApi } from '../support/fake-lemmy-api';
import { waitForRows } from './thread-page';

/** One run with the extension, in ms; per-measure sums are of the measures made after the click. */
export interface WholeThreadFigures {
  /** Comments the note says were loaded. */
  comments: number;
  /** Click → the note in the sidebar. */
  load: number;
  /** Every `threadlens:` measure made after the click (until the page was idle again), summed by name. */
  measures: Record<string, number>;
  /** `parse-done` measures after the click: how many times the thread was rebuilt (the joins; a rebuild is two `parse` slices). */
  batches: number;
  /** Long tasks between the click and the note: the longest, the longest holding one of our measures, how many over 50 ms. */
  longestTask: number;
  longestOwnTask: number;
  tasksOver50: number;
  /** The longest task holding our work from the note until the page was idle (what the full thread sets off). */
  longestOwnTaskAfter: number;
  /** The longest animation frame between the click and the note, and its style + layout + paint. */
  frame: number;
  frameRender: number;
}

/** The same page without the extension: fetching every listing page and JSON.parse of each, in the page. */
export interface WholeThreadBaseline {
  fetchAll: number;
  jsonParse: number;
  comments: number;
}

/**
 * The page and the API for `size` comments, the thread shaped as benchPage's
 * (tests/bench/thread-page.ts): lemmy-ui 0.19's page as served, its isoData
 * holding the first fetch (300 comments) and the first 15 top-level threads of
 * it rendered (tests/fixtures/live-lemmy.ts).
 */
export function wholeThreadPage(size: number): { spec: ThreadSpec; path: string; html: string } {
  // The first fetch holds up to 300 comments: a thread no bigger has nothing left to load, and no button.
  if (size <= LEMMY_LIMITS.cap) throw new Error(`the whole-thread bench needs more than ${LEMMY_LIMITS.cap} comments (got ${size})`);
  const spec = generateThread({ comments: size, maxDepth: 8, quoteEvery: 5, seed: size, host: '127.0.0.1' });
  const path = `/post/${spec.post.id}`;
  const html = liveThread(spec, { version: 'B', view: 'tree', theme: 'light', path, isoScript: firstFetchIsoScript(spec, path) }).html;
  return { spec, path, html };
}

interface Entry {
  start: number;
  duration: number;
}
interface Frame extends Entry {
  styleLayout: number;
}
interface Measure {
  name: string;
  start: number;
  end: number;
}
interface Watched {
  clickAt?: number;
  noteAt?: number;
  note?: string;
  asked?: boolean;
  tasks: Entry[];
  frames: Frame[];
}

/**
 * In the page (a string: tsx would wrap named functions in a helper the page
 * lacks). Watches long tasks and frames from now on, the click (the sidebar
 * takes only the reader's own clicks, so Playwright's real one comes next),
 * and when the note appears, or the question a load past 10,000 comments asks.
 */
const WATCH = `(() => {
  const root = document.getElementsByTagName('threadlens-sidebar')[0].shadowRoot;
  const w = (window.__wholeThread = { tasks: [], frames: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.entryType === 'longtask') w.tasks.push({ start: e.startTime, duration: e.duration });
      else w.frames.push({ start: e.startTime, duration: e.duration, styleLayout: e.styleAndLayoutStart });
    }
  }).observe({ entryTypes: ['longtask', 'long-animation-frame'] });
  root.addEventListener('click', () => (w.clickAt = performance.now()), { capture: true, once: true });
  new MutationObserver((_, observer) => {
    const note = root.querySelector('.tl-whole-note');
    w.asked = !!root.querySelector('.tl-whole-ask');
    if (!note && !w.asked) return;
    w.noteAt = performance.now();
    w.note = note?.textContent ?? 'the question past 10,000 comments';
    observer.disconnect();
  }).observe(root, { childList: true, subtree: true });
})()`;

/** In the page: v3's listing, pages of 50 with two asked at once, as utils/lemmy/api asks them; each body JSON.parsed. */
const fetchEveryPage = (postId: number) => `(async () => {
  const url = (page) => '/api/v3/comment/list?post_id=${postId}&type_=All&sort=Old&limit=50&page=' + page;
  let jsonParse = 0;
  let comments = 0;
  const get = (page) => fetch(url(page), { credentials: 'omit', headers: { accept: 'application/json' } })
    .then((res) => res.text())
    .then((text) => {
      const t = performance.now();
      const body = JSON.parse(text);
      jsonParse += performance.now() - t;
      return body.comments;
    });
  const t0 = performance.now();
  const pending = new Map();
  let next = 1;
  for (let want = 1; ; want++) {
    while (next < want + 2) pending.set(next, get(next++));
    const views = await pending.get(want);
    pending.delete(want);
    comments += views.length;
    if (views.length < 50) break;
  }
  return { fetchAll: performance.now() - t0, jsonParse, comments };
})()`;

const measureCount = (page: Page) => page.evaluate(() => performance.getEntriesByType('measure').length);

/** Until no measure was made for half a second: the extension has done what it set out to do. */
async function untilIdle(page: Page): Promise<void> {
  for (let last = -1, now = await measureCount(page); now !== last; last = now, now = await measureCount(page)) await page.waitForTimeout(500);
}

const overlaps = (t: Entry, from: number, to: number) => t.start < to && t.start + t.duration > from;
const longest = (tasks: Entry[]) => Math.max(0, ...tasks.map((t) => t.duration));

async function withExtension(page: Page, url: string, size: number): Promise<WholeThreadFigures> {
  await page.goto(url, { waitUntil: 'load' });
  await waitForRows(page);
  await untilIdle(page);
  await page.evaluate(WATCH);
  await page.locator('threadlens-sidebar .tl-whole-button', { hasText: 'Load the whole thread' }).click({ timeout: 15_000 });
  await page.waitForFunction(() => (window as unknown as { __wholeThread: Watched }).__wholeThread.noteAt !== undefined, null, { timeout: 300_000, polling: 100 });
  // Long tasks are reported after they end, and the whole thread sets more work going (quotes, votes).
  await page.waitForTimeout(300);
  await untilIdle(page);
  const { watched, measures } = await page.evaluate(() => {
    const w = (window as unknown as { __wholeThread: Watched }).__wholeThread;
    const made = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('threadlens:') && e.startTime >= (w.clickAt ?? Infinity));
    return { watched: w, measures: made.map((e) => ({ name: e.name.slice(11), start: e.startTime, end: e.startTime + e.duration })) };
  });
  const { clickAt = NaN, noteAt = NaN, note = '', tasks, frames } = watched;
  const loaded = /^Loaded the whole thread: ([\d,]+) comments?\./.exec(note);
  if (!loaded) throw new Error(`${size} comments: the load ended with "${note}"`);
  const ours = (t: Entry) => measures.some((m) => m.end > t.start && m.start < t.start + t.duration);
  const during = tasks.filter((t) => overlaps(t, clickAt, noteAt));
  const frame = frames.filter((f) => overlaps(f, clickAt, noteAt)).sort((a, b) => b.duration - a.duration)[0];
  for (const t of during.filter((t) => t.duration > 50)) reportTask(size, t, clickAt, measures);
  if (process.env.THREADLENS_BENCH_TASKS) reportLongestMeasures(size, measures);
  const sums: Record<string, number> = {};
  for (const m of measures) sums[m.name] = (sums[m.name] ?? 0) + m.end - m.start;
  // Quote matching a small thread runs at once, inside the publish that set the thread: not rows.
  const inPublish = (q: Measure) => q.name === 'quotes' && measures.some((p) => p.name === 'publish' && p.start <= q.start && q.end <= p.end);
  sums['quotes-in-publish'] = measures.filter(inPublish).reduce((sum, q) => sum + q.end - q.start, 0);
  sums['publish-rows'] = (sums.publish ?? 0) - sums['quotes-in-publish'];
  return {
    comments: Number(loaded[1]!.replace(/,/g, '')),
    load: noteAt - clickAt,
    measures: sums,
    batches: measures.filter((m) => m.name === 'parse-done').length,
    longestTask: longest(during),
    longestOwnTask: longest(during.filter(ours)),
    tasksOver50: during.filter((t) => t.duration > 50).length,
    longestOwnTaskAfter: longest(tasks.filter((t) => t.start + t.duration > noteAt && ours(t))),
    frame: frame?.duration ?? 0,
    frameRender: frame ? frame.start + frame.duration - (frame.styleLayout || frame.start + frame.duration) : 0,
  };
}

/** A task over 50 ms during the load, with the measures that ran in it (to stderr: which step it was). */
function reportTask(size: number, t: Entry, clickAt: number, measures: Measure[]): void {
  const inside = measures.filter((m) => m.end > t.start && m.start < t.start + t.duration).map((m) => `${m.name} ${(m.end - m.start).toFixed(1)}`);
  process.stderr.write(`  ${size} comments, whole thread: task of ${t.duration.toFixed(0)} ms at +${(t.start - clickAt).toFixed(0)} ms [${inside.join(', ') || 'none of our measures'}]\n`);
}

/** The longest single measure of each name after the click (to stderr): how close a step comes to a long task. */
function reportLongestMeasures(size: number, measures: Measure[]): void {
  const longestOf: Record<string, number> = {};
  for (const m of measures) longestOf[m.name] = Math.max(longestOf[m.name] ?? 0, m.end - m.start);
  const top = Object.entries(longestOf).sort((a, b) => b[1] - a[1]).slice(0, 10);
  process.stderr.write(`  ${size} comments, whole thread: longest measures [${top.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}]\n`);
}

async function baseline(page: Page, url: string, postId: number): Promise<WholeThreadBaseline> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate<WholeThreadBaseline>(fetchEveryPage(postId));
}

export interface WholeThreadRuns {
  size: number;
  withExt: WholeThreadFigures[];
  without: WholeThreadBaseline[];
}

/**
 * Each size `runs` times, a fresh browser each time, without and with the
 * extension in turn. Throws if a load does not end with the note (what
 * `npm run test:bench` checks; no time is judged).
 */
export async function benchWholeThread(
  sizes: number[],
  runs: number,
  launch: (options: { extension: boolean; closeWelcome: boolean }) => Promise<ExtensionBrowser>,
): Promise<WholeThreadRuns[]> {
  const server = await serveFixtures();
  const out: WholeThreadRuns[] = [];
  try {
    for (const size of sizes) {
      const { spec, path, html } = wholeThreadPage(size);
      const api = fakeLemmyApi(spec);
      // The fake API builds its views on the first request: not in the first run's time.
      await api.answer(new URL(`${server.origin}/api/v3/comment/list?post_id=${spec.post.id}&limit=1`));
      for (const [route, answer] of Object.entries(api.routes)) server.set(route, answer);
      server.set(path, html);
      const result: WholeThreadRuns = { size, withExt: [], without: [] };
      for (let run = 0; run < runs; run++) {
        for (const extension of [false, true]) {
          const browser = await launch({ extension, closeWelcome: true });
          try {
            const page = await browser.context.newPage();
            if (extension) result.withExt.push(await withExtension(page, server.origin + path, size));
            else result.without.push(await baseline(page, server.origin + path, spec.post.id));
            const got = extension ? result.withExt.at(-1)!.comments : result.without.at(-1)!.comments;
            if (got !== spec.comments.length) throw new Error(`${size} comments: ${got} loaded ${extension ? 'by the extension' : 'by the baseline'}`);
          } finally {
            await browser.close();
          }
        }
        process.stderr.write(`  ${size} comments, whole thread: run ${run + 1}/${runs}\n`);
      }
      out.push(result);
    }
  } finally {
    await server.close();
  }
  return out;
}
