/**
 * How much of our measures is garbage collection (issue 19, target 2): a Chromium trace of a page
 * load, or of "Load the whole thread" (--whole), and for each of our measure names its time, how
 * much of it ran inside a V8 collection on the same thread, and how many collections the span had.
 * Also how much of that time the main thread had the CPU (its tasks' thread time over their wall
 * time), and which other threads were busy meanwhile: on a machine of two cores a measure's wall
 * time holds V8's own compiling and the browser's other threads too (docs/performance.md).
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
/** Trace categories: user timing, collections, tasks with their thread time, V8's background compiling. */
const CATEGORIES = ['devtools.timeline', 'v8', 'blink.user_timing', 'toplevel', 'disabled-by-default-v8.compile'];

const size = sizeArg();
const server = await serveFixtures();
const { path, html, spec } = whole ? wholeThreadPage(size) : { ...benchPage(size), spec: null };
server.set(path, html);
if (spec) for (const [route, answer] of Object.entries(fakeLemmyApi(spec).routes)) server.set(route, answer);

for (let run = 1; run <= runs; run++) {
  const events = await traceOnce();
  const spans = measureSpans(events);
  const collections = events.filter((e) => e.ph === 'X' && e.dur && COLLECTIONS.has(e.name));
  const gcIn = (s: Span) => collections.filter((g) => g.tid === s.tid).reduce((sum, g) => sum + overlap(g, s), 0);
  const cpuShare = taskCpuShare(events);
  const byName = new Map<string, { time: number; gc: number; cpu: number; timed: number; count: number }>();
  for (const s of spans) {
    if (only && !only.includes(s.name)) continue;
    const row = byName.get(s.name) ?? { time: 0, gc: 0, cpu: 0, timed: 0, count: 0 };
    row.time += s.end - s.start;
    row.gc += gcIn(s);
    const share = cpuShare(s);
    if (!Number.isNaN(share)) {
      row.cpu += (s.end - s.start) * share;
      row.timed += s.end - s.start;
    }
    row.count++;
    byName.set(s.name, row);
  }
  const lines = [...byName].sort((a, b) => b[1].time - a[1].time).slice(0, 12);
  const all = collections.map((g) => g.dur! / 1000);
  console.log(`run ${run}: ${all.length} collections in the span (${all.map((d) => d.toFixed(1)).join(', ')} ms)`);
  const ms = (us: number) => (us / 1000).toFixed(1);
  for (const [name, r] of lines) console.log(`  ${name.padEnd(24)} ${ms(r.time).padStart(7)} ms in ${r.count}, of it GC ${ms(r.gc)} ms; main thread on the CPU ${r.timed ? `${((100 * r.cpu) / r.timed).toFixed(0)} %` : '?'}`);
  console.log(`  meanwhile, other threads (ms of thread time): ${otherThreads(events, spans.filter((s) => !only || only.includes(s.name)))}`);
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
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
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

/** How long a trace event ran inside a measure, in µs; 0 where they do not meet. */
function overlap(e: TraceEvent, s: Span): number {
  return Math.max(0, Math.min(e.ts + e.dur!, s.end) - Math.max(e.ts, s.start));
}

/**
 * A measure's share of the CPU: the thread time over the wall time of the top-level task it ran in
 * (Chromium's task events carry both). NaN where no task event holds it (left out of the share).
 */
function taskCpuShare(events: TraceEvent[]): (s: Span) => number {
  const tasks = events.filter((e) => e.ph === 'X' && e.cat.includes('toplevel') && e.dur && e.tdur !== undefined);
  return (s) => {
    const task = tasks.find((t) => t.tid === s.tid && t.ts <= s.start && t.ts + t.dur! >= s.end);
    return task ? task.tdur! / task.dur! : NaN;
  };
}

/** Other threads' thread time inside our measures, by thread name, the most first; and the wall time of V8's background compiling jobs. */
function otherThreads(events: TraceEvent[], spans: Span[]): string {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']));
  const busy = new Map<string, number>();
  const add = (key: string, e: TraceEvent, s: Span, share: number) => {
    const inside = overlap(e, s);
    if (inside > 0) busy.set(key, (busy.get(key) ?? 0) + inside * share);
  };
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const tops = e.cat.includes('toplevel') && e.tdur !== undefined;
    // Maglev's and TurboFan's jobs on V8's worker threads: our code being compiled while it runs.
    const compiling = e.name === 'V8.MaglevTask' || e.name === 'V8.TurbofanTask';
    if (!tops && !compiling) continue;
    for (const s of spans) {
      if (e.tid === s.tid) continue;
      if (tops) add(names.get(`${e.pid}:${e.tid}`) ?? String(e.tid), e, s, e.tdur! / e.dur!);
      if (compiling) add('V8 compiling on its workers (wall time)', e, s, 1);
    }
  }
  return [...busy].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`).join(', ') || 'none';
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
