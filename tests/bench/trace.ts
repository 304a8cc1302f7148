/**
 * What the long tasks of one page load with the extension are made of:
 *   npx tsx tests/bench/trace.ts [comments=10000] [--clicks]
 * Records a Chromium trace (build in $THREADLENS_OUT, default .output-bench)
 * and prints each task over 50 ms that ran once the content script started,
 * split into script (by the extension's measures), style, layout, GC and the rest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveFixtures } from '../e2e/server';
import { benchPage, collapseThenExpand, sizeArg, waitForRows, type TraceEvent } from './thread-page';

process.env.THREADLENS_OUT ??= '.output-bench';
const { OUTPUT_DIR, launchWithExtension } = await import('../e2e/browser');

/** Loads the page (and clicks) while Chromium records a trace. */
async function record(): Promise<TraceEvent[]> {
  const { path, html } = benchPage(sizeArg());
  const server = await serveFixtures({ [path]: html });
  const browser = await launchWithExtension({ closeWelcome: true });
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'blink.user_timing', ...(process.env.TRACE_DETAIL ? ['disabled-by-default-devtools.timeline'] : [])] },
    transferMode: 'ReportEvents',
  });
  await page.goto(server.origin + path);
  await waitForRows(page);
  await page.waitForTimeout(3000);
  if (process.argv.includes('--clicks')) await collapseThenExpand(page, 2500);
  await cdp.send('Tracing.end');
  await done;
  await browser.close();
  await server.close();
  return events;
}

// --reuse analyses the last recorded trace again.
const traceFile = resolve(OUTPUT_DIR, 'trace.json');
const events: TraceEvent[] = process.argv.includes('--reuse') ? JSON.parse(readFileSync(traceFile, 'utf8')) : await record();
writeFileSync(traceFile, JSON.stringify(events));

// The renderer main thread: the one running the page's tasks with most time.
const tasks = events.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ph === 'X' && e.dur);
const byThread = new Map<string, number>();
for (const t of tasks) byThread.set(`${t.pid}:${t.tid}`, (byThread.get(`${t.pid}:${t.tid}`) ?? 0) + t.dur!);
const measureStarts = events.filter((e) => e.cat.includes('user_timing') && e.ph === 'b' && e.name.startsWith('threadlens:'));
const mainKey = [...byThread].sort((a, b) => b[1] - a[1])[0]![0];
const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === mainKey;
const started = Math.min(...measureStarts.map((e) => e.ts));
const kinds: Record<string, string> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_MARK_COMPACTOR': 'gc',
  Paint: 'paint',
  PrePaint: 'paint',
  'ParseHTML': 'parse-html',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  TimerFire: 'script',
  RunPostTaskCallback: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
};
const isOurs = (e: TraceEvent) => e.args?.worldName === 'Threadlens' || !!e.args?.data?.url?.startsWith('chrome-extension://');
const inside = events.filter((e) => onMain(e) && e.ph === 'X' && e.dur && kinds[e.name]);
const long = tasks.filter((t) => onMain(t) && t.dur! > 50_000 && t.ts + t.dur! > started).sort((a, b) => a.ts - b.ts);
console.log(`tasks over 50 ms on the main thread once the content script started (${long.length}):`);
for (const task of long) {
  const parts = new Map<string, number>();
  // Top-level children only: an event inside another counted one is not counted again.
  const kids = inside.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!).sort((a, b) => a.ts - b.ts);
  let until = 0;
  for (const k of kids) {
    if (k.ts < until) continue;
    until = k.ts + k.dur!;
    const kind = kinds[k.name] === 'script' ? (isOurs(k) ? `ext ${k.args?.data?.functionName || k.name}` : 'page script') : kinds[k.name]!;
    parts.set(kind, (parts.get(kind) ?? 0) + k.dur!);
  }
  // Garbage collection anywhere in the task, nested in script or not.
  const gc = events.filter((e) => onMain(e) && e.ph === 'X' && (e.name === 'MajorGC' || e.name === 'MinorGC') && e.ts >= task.ts && e.ts <= task.ts + task.dur!);
  if (gc.length) parts.set('of which GC', gc.reduce((sum, e) => sum + e.dur!, 0));
  const names = measureStarts.filter((m) => m.ts >= task.ts && m.ts <= task.ts + task.dur!).map((m) => m.name.slice(11));
  const split = [...parts].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
  console.log(`  at ${((task.ts - started) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(1)} ms (${split}) [${[...new Set(names)].join(' ')}]`);
}
