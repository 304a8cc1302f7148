/**
 * The reader alone, in Chromium, against the floor, on one generated page:
 *   npx tsx tests/bench/reader.ts [comments=10000] [--runs 7] [--profile] [--isolated] [--bare] [--data]
 * Bundles utils/lemmy/read-thread.ts for the page (no extension, no sidebar),
 * then times readComments and the floor (querySelectorAll + textContent)
 * alternately in the same page and prints their medians. For working on the
 * reader; `npm run bench` gives the figures of the whole extension. With
 * --profile, prints the reader's functions with the most self time. With --bare,
 * times bare-reader.ts instead: the fewest DOM reads the fields need, a lower bound.
 * With --data, the page's isoData holds every comment and the reader is given it,
 * as the extension is: its fast path (read-comment.ts readFromData) reads the
 * articles for what only the page knows. Reading isoData is timed apart ("iso"), and
 * so is the reader without the data ("whole"), in the same loop.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { serveFixtures } from '../e2e/server';
import { median } from './report';
import { benchPage, sizeArg } from './thread-page';

const { launchWithExtension } = await import('../e2e/browser');
const profile = process.argv.includes('--profile');
const alloc = process.argv.includes('--alloc');
const isolated = process.argv.includes('--isolated');
const bare = process.argv.includes('--bare');
const withData = process.argv.includes('--data');
const runs = Number(process.argv.includes('--runs') ? process.argv[process.argv.indexOf('--runs') + 1] : 7);

const bundle = await build({
  stdin: {
    contents: bare
      ? `import { bareRead } from './tests/bench/bare-reader'; globalThis.__read = () => ({ comments: bareRead(document) });`
      : withData
        ? `import { readComments } from './utils/lemmy/read-thread'; import { readIsoData } from './utils/lemmy/iso-data';
           let iso; globalThis.__iso = () => (iso = readIsoData(document));
           globalThis.__read = () => readComments(document, { host: location.host, data: () => iso.comments });
           globalThis.__full = () => readComments(document, { host: location.host });`
        : `import { readComments } from './utils/lemmy/read-thread'; globalThis.__read = () => readComments(document, { host: location.host });`,
    resolveDir: resolve(import.meta.dirname, '../..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  minify: !profile && !alloc,
  write: false,
});
const size = sizeArg();
const { path, html } = withData ? benchPage(size, size) : benchPage(size);
const server = await serveFixtures({ [path]: html });
const browser = await launchWithExtension({ extension: false });
const page = await browser.context.newPage();
await page.goto(server.origin + path, { waitUntil: 'load' });
if (!isolated) await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
const cdp = await browser.context.newCDPSession(page);
if (alloc) await cdp.send('HeapProfiler.enable'), await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
if (profile) await cdp.send('Profiler.enable'), await cdp.send('Profiler.setSamplingInterval', { interval: 100 }), await cdp.send('Profiler.start');
/** Floor and reader alternately, `n` times, in whichever world this is evaluated in. */
const loop = (n: number) => {
  const w = globalThis as unknown as { __read: () => { comments: unknown[] }; __iso?: () => unknown; __full?: () => unknown; __sink: unknown };
  const out = { read: [] as number[], floor: [] as number[], iso: [] as number[], whole: [] as number[], comments: 0 };
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    if (w.__iso) w.__iso(), out.iso.push(performance.now() - t), (t = performance.now());
    let chars = 0;
    for (const a of document.querySelectorAll('article[id^="comment-"]')) chars += (a.textContent ?? '').length;
    out.floor.push(performance.now() - t);
    t = performance.now();
    const result = w.__read();
    out.read.push(performance.now() - t);
    out.comments = result.comments.length;
    if (w.__full) (t = performance.now()), w.__full(), out.whole.push(performance.now() - t);
    w.__sink = [chars, result];
  }
  return out;
};
type Times = ReturnType<typeof loop>;
// --isolated runs both in an isolated world, as a content script runs: there every DOM
// node's JS wrapper is looked up in a table instead of a slot on the node.
const times: Times = isolated ? await inIsolatedWorld(`${bundle.outputFiles[0]!.text};(${loop.toString()})(${runs})`) : await page.evaluate(loop, runs);

async function inIsolatedWorld(expression: string): Promise<Times> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'reader-bench' });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as Times;
}
if (alloc) printAllocations(((await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: AllocNode } }).profile.head);
if (profile) printProfile(((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile);
await browser.close();
await server.close();
const [read, floor] = [median(times.read), median(times.floor)];
// The fastest run too: on a shared machine other processes only ever add time.
const [readMin, floorMin] = [Math.min(...times.read), Math.min(...times.floor)];
console.log(`${times.comments} comments, ${runs} runs: read ${read.toFixed(1)} ms, floor ${floor.toFixed(1)} ms, ratio ${(read / floor).toFixed(2)}× (fastest: ${readMin.toFixed(1)} / ${floorMin.toFixed(1)} ms)`);
console.log(`  read: ${times.read.map((t) => t.toFixed(0)).join(' ')}\n  floor: ${times.floor.map((t) => t.toFixed(0)).join(' ')}`);
if (times.whole.length) console.log(`  whole (the same reader without the data): median ${median(times.whole).toFixed(1)} ms, ${(median(times.whole) / floor).toFixed(2)}× the floor: ${times.whole.map((t) => t.toFixed(0)).join(' ')}`);
if (times.iso.length) console.log(`  iso (reading isoData, apart): median ${median(times.iso).toFixed(1)} ms: ${times.iso.map((t) => t.toFixed(0)).join(' ')}`);

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function printProfile(p: CpuProfile): void {
  const self = new Map<string, number>();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
}

interface AllocNode {
  callFrame: { functionName: string; lineNumber: number };
  selfSize: number;
  children: AllocNode[];
}

/** Bytes allocated by each function (sampled), largest first. */
function printAllocations(head: AllocNode): void {
  const self = new Map<string, number>();
  const walk = (n: AllocNode) => {
    const key = `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + n.selfSize);
    n.children.forEach(walk);
  };
  walk(head);
  for (const [key, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(bytes / 1e6).toFixed(2).padStart(8)} MB  ${key}`);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${(total / 1e6).toFixed(2).padStart(8)} MB  in all, over ${runs} reads and ${runs} floors (sampled)`);
}
