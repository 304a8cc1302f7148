/**
 * How much of our measures is garbage collection (issue 19, target 2): a Chromium trace of a page
 * load, or of "Load the whole thread" (--whole), and for each of our measure names its time, how
 * much of it ran inside a V8 collection on the same thread, and how many collections the span had.
 *   npx tsx tests/bench/gc-in-measures.ts [comments=2000] [--whole] [--runs 3] [--names a,b]
 * Uses the build in $THREADLENS_OUT (default .output-bench). Nothing here asserts anything.
 */
import { serveFixtures } from '../e2e/server';
import { fakeLemmyApi } from '../support/fake-lemmy-api';
import { benchPage, loadWholeThread, sizeArg, type TraceEvent, waitForRows } from './thread-page';
import { wholeThreadPage } from './whole-thread';

process.env.THREADLENS_OUT ??= '.output-bench';
const { launchWithExtension } = await import('../e2e/browser');

interface Span {
  name: string;
  start: number;
  end: number;
  tid: number;
}

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const whole = argv.includes('--whole');
const runs = Number(option('runs') ?? 3);
const only = option('names')?.split(',');
const COLLECTIONS = new Set(['MinorGC', 'MajorGC']);

const size = sizeArg();
const server = await serveFixtures();
const { path, html, spec } = whole ? wholeThreadPage(size) : { ...benchPage(size), spec: null };
server.set(path, html);
if (spec) for (const [route, answer] of Object.entries(fakeLemmyApi(spec).routes)) server.set(route, answer);

for (let run = 1; run <= runs; run++) {
  const events = await traceOnce();
  const spans = measureSpans(events);
  const collections = events.filter((e) => e.ph === 'X' && e.dur && COLLECTIONS.has(e.name));
  const gcIn = (s: Span) =>
    collections.filter((g) => g.tid === s.tid && g.ts < s.end && g.ts + g.dur! > s.start).reduce((sum, g) => sum + Math.min(g.ts + g.dur!, s.end) - Math.max(g.ts, s.start), 0);
  const byName = new Map<string, { time: number; gc: number; count: number }>();
  for (const s of spans) {
    if (only && !only.includes(s.name)) continue;
    const row = byName.get(s.name) ?? { time: 0, gc: 0, count: 0 };
    row.time += s.end - s.start;
    row.gc += gcIn(s);
    row.count++;
    byName.set(s.name, row);
  }
  const lines = [...byName].sort((a, b) => b[1].time - a[1].time).slice(0, 12);
  const all = collections.map((g) => g.dur! / 1000);
  console.log(`run ${run}: ${all.length} collections in the span (${all.map((d) => d.toFixed(1)).join(', ')} ms)`);
  for (const [name, r] of lines) console.log(`  ${name.padEnd(24)} ${(r.time / 1000).toFixed(1).padStart(7)} ms in ${r.count}, of it GC ${(r.gc / 1000).toFixed(1)} ms`);
}
await server.close();

/** One page load (or one whole-thread load after the page is idle), traced. */
async function traceOnce(): Promise<TraceEvent[]> {
  const browser = await launchWithExtension({ closeWelcome: true });
  try {
    const page = await browser.context.newPage();
    if (whole) {
      await page.goto(server.origin + path);
      await waitForRows(page);
      await page.waitForTimeout(1000);
    }
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
    if (whole) await loadWholeThread(page, 300);
    else {
      await page.goto(server.origin + path);
      await waitForRows(page);
      await page.waitForTimeout(3000);
    }
    await cdp.send('Tracing.end');
    await done;
    return events;
  } finally {
    await browser.close();
  }
}

/** Our `threadlens:` measures, paired from the trace's user-timing begin and end events. */
function measureSpans(events: TraceEvent[]): Span[] {
  const open = new Map<string, TraceEvent>();
  const spans: Span[] = [];
  for (const e of events) {
    if (!e.cat.includes('user_timing') || !e.name.startsWith('threadlens:')) continue;
    const key = `${e.name} ${e.id2?.local ?? e.id ?? ''}`;
    const begin = open.get(key);
    if (e.ph === 'b') open.set(key, e);
    else if (e.ph === 'e' && begin) {
      open.delete(key);
      spans.push({ name: e.name.slice('threadlens:'.length), start: begin.ts, end: e.ts, tid: begin.tid });
    }
  }
  return spans;
}
