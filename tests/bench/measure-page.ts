import type { Page } from 'playwright-core';
import { clickSidebarButton, collapseThenExpand } from './thread-page';

/** Figures read from one page load, in milliseconds (heap in MB); null where they do not apply. */
export interface PageFigures {
  load: number;
  /** Outline rows in the sidebar, from navigation start. */
  ready: number | null;
  detect: number | null;
  /** Work of the parse (its slices added up), and its span from first slice to last. */
  parse: number | null;
  parseSpan: number | null;
  /** Preact's first render of the sidebar, and outline rows in it counted from the end of the parse. */
  firstRender: number | null;
  rowsAfterParse: number | null;
  quotes: number | null;
  quoteMarks: number | null;
  /** Click on the toolbar button until the page is marked (script), and until style and layout are done too. */
  collapseAll: number | null;
  collapseAllLayout: number | null;
  expandAll: number | null;
  expandAllLayout: number | null;
  /** Longest long task of the load; of the load once the extension started; of the clicks. */
  longestTask: number;
  longestExtensionTask: number | null;
  /** Longest long task with the extension's own work in it (a task that overlaps one of its measures). */
  longestOwnTask: number | null;
  longestClickTask: number | null;
  /** Style, layout and paint of the longest frame after those clicks (rendering is not part of a long task). */
  clickFrameRender: number | null;
  /** The longest frame once the extension started, split (Long Animation Frames): before rendering, and style + layout + paint. */
  frameScript: number | null;
  frameRender: number | null;
  heapMb: number;
  floor: number;
  /** As the page sees it, from DOMContentLoaded until the extension is done (or the same span without it): the longest gap between animation frames, and long tasks added up. */
  frameGap: number;
  longTaskTime: number;
  /** The longest animation frame (Long Animation Frames) that holds some of the extension's work; 0 with none over 50 ms. */
  ownFrame: number | null;
  /**
   * Read tracking's own work (its `reading-*` measures, nested ones counted once); the longest long
   * task holding any of it; and the longest one it made long: under 50 ms without its share (0: none).
   */
  reading: number | null;
  readingHeld: number | null;
  readingTask: number | null;
}

/**
 * Main world, before the page's scripts: long tasks and long frames, and the
 * moment outline rows first appear in the sidebar's (open) shadow root. Only
 * body's children are watched until the sidebar host arrives: a subtree
 * observer on the page itself would slow down loading 10,000 comments.
 */
const OBSERVERS = `
  window.__longTasks = [];
  window.__frames = [];
  window.__gaps = [];
  let lastFrame = 0;
  const tick = (t) => {
    if (lastFrame) window.__gaps.push({ end: t, gap: t - lastFrame });
    lastFrame = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__frames.push({ start: e.startTime, duration: e.duration, render: e.renderStart, styleLayout: e.styleAndLayoutStart });
  }).observe({ type: 'long-animation-frame', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    window.__dcl = performance.now();
    const rows = (root) => {
      const seen = () => root.querySelector('[role=treeitem]') && (window.__rowsAt ??= performance.now());
      if (!seen()) new MutationObserver((_, o) => seen() && o.disconnect()).observe(root, { childList: true, subtree: true });
    };
    new MutationObserver((records, o) => {
      for (const r of records) for (const n of r.addedNodes) if (n.localName === 'threadlens-sidebar' && n.shadowRoot) o.disconnect(), rows(n.shadowRoot);
    }).observe(document.body, { childList: true });
  });
`;

interface Span {
  start: number;
  end: number;
}

/**
 * The content script's measures (utils/perf.ts), by name. Chromium keeps one
 * performance timeline per document, so measures made in the isolated world
 * are read here.
 */
async function measures(page: Page): Promise<Record<string, Span[]>> {
  return page.evaluate(() => {
    const out: Record<string, { start: number; end: number }[]> = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (e.name.startsWith('threadlens:')) (out[e.name.slice(11)] ??= []).push({ start: e.startTime, end: e.startTime + e.duration });
    }
    return out;
  });
}

const total = (spans: Span[] | undefined) => (spans ? spans.reduce((sum, s) => sum + s.end - s.start, 0) : null);
/** Every measure whose name starts with `prefix` (a step and its later stages), or undefined if none. */
const measuresNamed = (m: Record<string, Span[]>, prefix: string) => {
  const spans = Object.entries(m).flatMap(([name, list]) => (name.startsWith(prefix) ? list : []));
  return spans.length ? spans : undefined;
};
const first = (spans: Span[] | undefined) => (spans?.[0] ? spans[0].end - spans[0].start : null);

/**
 * Clicks a sidebar toolbar button as the reader does (Playwright's input: the
 * sidebar takes no page-made clicks); returns when the page was marked (the
 * 'apply-collapse' measure that follows the click ends) and when the frame
 * after that was rendered (style and layout of the marks done), both from the
 * click as the page saw it.
 */
async function click(page: Page, label: string): Promise<{ applied: number | null; layout: number | null }> {
  await page.evaluate(() => {
    const root = document.getElementsByTagName('threadlens-sidebar')[0]?.shadowRoot;
    root?.addEventListener('click', () => ((window as unknown as { __clickAt: number }).__clickAt = performance.now()), { capture: true, once: true });
  });
  if (!(await clickSidebarButton(page, label))) return { applied: null, layout: null };
  return page.evaluate(async () => {
    const t0 = (window as unknown as { __clickAt: number }).__clickAt;
    // (No named function in here: tsx would wrap it in a helper the page does not have.)
    let mark: PerformanceEntry | undefined;
    for (let i = 0; i < 200 && !mark; i++) {
      mark = performance.getEntriesByName('threadlens:apply-collapse').find((e) => e.startTime >= t0);
      if (!mark) await new Promise((r) => setTimeout(r, 0));
    }
    // A task after the next animation frame: that frame's style, layout and paint are done.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { applied: mark ? mark.startTime + mark.duration - t0 : null, layout: performance.now() - t0 };
  });
}

/** The floor: what any reader pays to visit every comment and read its text. */
async function floor(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    let n = 0;
    for (const a of document.querySelectorAll('article[id^="comment-"]')) n += (a.textContent ?? '').length;
    (window as unknown as { __sink: number }).__sink = n;
    return performance.now() - t0;
  });
}

interface InPage {
  __dcl: number;
  __gaps: { end: number; gap: number }[];
  __longTasks: { start: number; duration: number }[];
  __frames: { start: number; duration: number; render: number; styleLayout: number }[];
  __rowsAt?: number;
}

/** Debugging aid (THREADLENS_BENCH_TASKS=1): each long task with the measures that ran in it. */
function printTasks(tasks: { start: number; duration: number }[], m: Record<string, Span[]>): void {
  const t0 = m.detect?.[0]?.start ?? 0;
  for (const t of tasks) {
    if (t.start + t.duration < t0) continue;
    const inside = Object.entries(m).flatMap(([name, spans]) =>
      spans.filter((s) => s.end > t.start && s.start < t.start + t.duration).map((s) => `${name} ${(s.end - s.start).toFixed(1)}`),
    );
    console.error(`  task at +${(t.start - t0).toFixed(0)} ms: ${t.duration.toFixed(0)} ms [${inside.join(', ')}]`);
  }
}

/** Debugging aid (THREADLENS_BENCH_TASKS=1): each long animation frame over 100 ms with our measures in it, split at its rendering. */
function printFrames(frames: InPage['__frames'], m: Record<string, Span[]>): void {
  const t0 = m.detect?.[0]?.start ?? 0;
  for (const f of frames) {
    if (f.duration < 100 || !holdsOurWork(f, m)) continue;
    const render = f.render || f.start + f.duration;
    const inside = Object.entries(m).flatMap(([name, spans]) =>
      spans.filter((s) => s.end > f.start && s.start < render).map((s) => `${name}@${(s.start - f.start).toFixed(0)} ${(s.end - s.start).toFixed(1)}`),
    );
    console.error(`  frame at +${(f.start - t0).toFixed(0)} ms: ${f.duration.toFixed(0)} ms, render ${(f.start + f.duration - render).toFixed(0)} ms [${inside.join(', ')}]`);
  }
}

/**
 * Whether a long task ran some of the extension's work: every task of its own
 * (slices, deferred figures, the script's start) runs inside a measure. The
 * page's own tasks (its parser, its load event) can also end after the
 * content script began, so "after it started" alone over-counts.
 */
function holdsOurWork(t: { start: number; duration: number }, m: Record<string, Span[]>): boolean {
  return Object.values(m).some((spans) => spans.some((s) => s.end > t.start && s.start < t.start + t.duration));
}

const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));

/** Time covered by the spans, overlaps counted once (a measure nested in another). */
function covered(spans: Span[]): number {
  let sum = 0;
  let end = -Infinity;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end > end) sum += s.end - Math.max(s.start, end);
    end = Math.max(end, s.end);
  }
  return sum;
}

/**
 * Read tracking (issue 20): its measures' time, the longest long task holding any of it, and the
 * longest it made long. Its work often lands in a frame that lays out the whole page (its marks
 * are done in an animation frame): such a task is long without it, and not counted as its own.
 */
function readingFigures(m: Record<string, Span[]>, tasks: { start: number; duration: number }[]): Pick<PageFigures, 'reading' | 'readingHeld' | 'readingTask'> {
  const spans = measuresNamed(m, 'reading-') ?? [];
  const held = tasks.filter((t) => holdsOurWork(t, { reading: spans }));
  const share = (t: { start: number; duration: number }) =>
    covered(spans.map((s) => ({ start: Math.max(s.start, t.start), end: Math.min(s.end, t.start + t.duration) })).filter((s) => s.end > s.start));
  const made = held.filter((t) => t.duration - share(t) < 50);
  printReadingTask(made, m);
  return { reading: covered(spans), readingHeld: longest(held), readingTask: longest(made) };
}

/**
 * The bench's table gives only the worst run's longest task read tracking made long; this says, per
 * run on stderr, which of its measures sat in that task (name, start in the task, duration).
 */
function printReadingTask(made: { start: number; duration: number }[], m: Record<string, Span[]>): void {
  const worst = [...made].sort((a, b) => b.duration - a.duration)[0];
  if (!worst) return;
  const t0 = m.detect?.[0]?.start ?? 0;
  const inside = Object.entries(m).flatMap(([name, spans]) =>
    name.startsWith('reading-')
      ? spans.filter((s) => s.end > worst.start && s.start < worst.start + worst.duration).map((s) => `${name}@${(s.start - worst.start).toFixed(0)} ${(s.end - s.start).toFixed(1)} ms`)
      : [],
  );
  process.stderr.write(`    read tracking made a ${worst.duration.toFixed(0)} ms task at +${(worst.start - t0).toFixed(0)} ms: ${inside.join(', ')}\n`);
}

const drain = (page: Page) => page.evaluate(() => (window as unknown as InPage).__longTasks.splice(0));

/** Waits for outline rows, then until the extension has done its work (no new measure for a while). */
async function settle(page: Page, withExtension: boolean): Promise<void> {
  const idle = () => page.evaluate(() => performance.getEntriesByType('measure').length);
  if (withExtension) await page.waitForFunction(() => (window as unknown as InPage).__rowsAt !== undefined, null, { timeout: 300_000, polling: 100 });
  for (let last = -1, now = await idle(); now !== last; last = now, now = await idle()) await page.waitForTimeout(500);
}

/** The longest frame that ended after `from`: its part before rendering, and rendering itself. */
async function longestFrame(page: Page, from: number): Promise<{ script: number; render: number } | null> {
  const frames = await page.evaluate(() => (window as unknown as InPage).__frames);
  const after = frames.filter((f) => f.start + f.duration > from).sort((a, b) => b.duration - a.duration)[0];
  if (!after) return null;
  const renderAt = after.render || after.start + after.duration;
  return { script: renderAt - after.start, render: after.start + after.duration - (after.styleLayout || renderAt) };
}

/** What the page saw from DOMContentLoaded to now: its longest gap between frames, and its long tasks added up. */
async function asThePageSaw(page: Page, tasks: { start: number; duration: number }[]): Promise<{ frameGap: number; longTaskTime: number }> {
  const { dcl, gaps } = await page.evaluate(() => ({ dcl: (window as unknown as InPage).__dcl, gaps: (window as unknown as InPage).__gaps.splice(0) }));
  return {
    frameGap: Math.max(0, ...gaps.filter((g) => g.end > dcl).map((g) => g.gap)),
    longTaskTime: tasks.filter((t) => t.start + t.duration > dcl).reduce((sum, t) => sum + t.duration, 0),
  };
}

/** The longest Long Animation Frame that overlaps one of the extension's measures (its tasks, and the rendering of their writes). */
async function longestOwnFrame(page: Page, m: Record<string, Span[]>): Promise<number> {
  const frames = await page.evaluate(() => (window as unknown as InPage).__frames);
  return Math.max(0, ...frames.filter((f) => holdsOurWork(f, m)).map((f) => f.duration));
}

/** `clicks: false` leaves out the collapse and expand clicks (the bench's runs with read tracking off need only the load). */
export async function measurePage(page: Page, url: string, withExtension: boolean, clicks = true): Promise<PageFigures> {
  await page.addInitScript(OBSERVERS);
  // 10,000 comments on a loaded two-core machine can take longer than Playwright's default 30 s.
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await settle(page, withExtension);
  const m = await measures(page);
  const loadTasks = await drain(page);
  if (process.env.THREADLENS_BENCH_TASKS && withExtension) printTasks(loadTasks, m), printFrames(await page.evaluate(() => (window as unknown as InPage).__frames), m);
  const started = m.detect?.[0]?.start;
  const parseEnd = m.parse?.at(-1)?.end;
  const rowsAt = withExtension ? await page.evaluate(() => (window as unknown as InPage).__rowsAt ?? null) : null;
  const frame = started === undefined ? null : await longestFrame(page, started);
  const seen = await asThePageSaw(page, loadTasks);
  const ownFrame = withExtension ? await longestOwnFrame(page, m) : null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const figures: PageFigures = {
    load: await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration),
    ready: rowsAt,
    detect: first(m.detect),
    parse: total(m.parse),
    parseSpan: m.parse && parseEnd !== undefined ? parseEnd - m.parse[0]!.start : null,
    firstRender: first(m['first-render']),
    rowsAfterParse: rowsAt !== null && parseEnd !== undefined ? rowsAt - parseEnd : null,
    quotes: total(m.quotes),
    // Its reads, their closing step, the writes and the final step (stale controls, highlight).
    quoteMarks: total(measuresNamed(m, 'quote-marks')),
    collapseAll: null,
    collapseAllLayout: null,
    expandAll: null,
    expandAllLayout: null,
    longestTask: longest(loadTasks),
    // A task that ends after the content script began is the extension's: the fixture page runs no script.
    longestExtensionTask: started === undefined ? null : longest(loadTasks.filter((t) => t.start + t.duration > started)),
    longestOwnTask: started === undefined ? null : longest(loadTasks.filter((t) => holdsOurWork(t, m))),
    longestClickTask: null,
    clickFrameRender: null,
    frameScript: frame?.script ?? null,
    frameRender: frame?.render ?? null,
    heapMb: heap.usedSize / 1024 / 1024,
    floor: await floor(page),
    ...seen,
    ownFrame,
    ...(withExtension ? readingFigures(m, loadTasks) : { reading: null, readingHeld: null, readingTask: null }),
  };
  if (withExtension && clicks) {
    ({ applied: figures.collapseAll, layout: figures.collapseAllLayout } = await click(page, 'Collapse all'));
    ({ applied: figures.expandAll, layout: figures.expandAllLayout } = await click(page, 'Expand all'));
    await page.waitForTimeout(300);
    // Those clicks forced style and layout into their own task, to time them. The tasks a
    // reader's clicks make come from a second pair that lets the browser render as it would.
    await drain(page);
    const from = await page.evaluate(() => performance.now());
    await collapseThenExpand(page, 500);
    figures.longestClickTask = longest(await drain(page));
    figures.clickFrameRender = (await longestFrame(page, from))?.render ?? null;
  }
  return figures;
}

/** One load of a page where the script only detects: the main thread's busy time and the heap, once it is idle. */
export interface FrontFigures {
  taskMs: number;
  scriptMs: number;
  heapMb: number;
  /** Whether a sidebar appeared: it must not, on a page that is not a post. */
  sidebar: boolean;
}

export async function measureFront(page: Page, url: string): Promise<FrontFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // The script runs at document_idle and detects in a task after its start: a second covers both.
  await page.waitForTimeout(1000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return {
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    heapMb: heap.usedSize / 1024 / 1024,
    sidebar: await page.evaluate(() => !!document.querySelector('threadlens-sidebar')),
  };
}
