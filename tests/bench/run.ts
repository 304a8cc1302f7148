/**
 * `npm run bench`: builds the extension, then loads generated lemmy-ui-shaped
 * threads in headless Chromium with and without it and prints medians over
 * runs. The full run (no options) writes docs/bench.md, docs/bench.json and
 * docs/bench.png. Benchmarks are not tests: nothing here asserts a time.
 *   --sizes 100,1000,2000,10000  --runs 5  --no-build  (with --sizes or --runs, nothing is written)
 *   --whole-only   only the whole-thread load (its sizes as below); --no-whole   without it
 *   --reading-off-sizes 10000   sizes also loaded with read tracking off, its added cost (default 10000)
 *   --quick   one run of 50 comments, writes nothing (what CI may run to keep the harness working)
 *   --alloc   also the garbage per 1,000 comments (allocation.ts) at the sizes of 1,000 and more, its own
 *             table under the main one (a second build, with a sourcemap, in .output-bench-alloc)
 * Then "Load the whole thread" (whole-thread.ts) at 2,000 and 10,000 comments (--sizes
 * sets these too, --whole-sizes these alone; --quick: 500), its own table and lines.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveFixtures } from '../e2e/server';
import { benchFrontPage, benchPage } from './thread-page';
import { measureFront, measurePage, type FrontFigures, type PageFigures } from './measure-page';
import { chartHtml, markdownReport, summarise, summariseFront, summariseWhole, wholeThreadLines, type FrontRow, type Meta, type Row } from './report';
import { trackReading } from './reading';
import { benchWholeThread } from './whole-thread';
import { allocationLines, benchAllocation } from './allocation-profile';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const quick = argv.includes('--quick');
// --whole-only: only "Load the whole thread" (at --whole-sizes or --sizes).
const sizes = argv.includes('--whole-only') ? [] : quick ? [50] : (arg('sizes')?.split(',').map(Number) ?? [100, 300, 1000, 2000, 10_000]);
const runs = quick ? 1 : Number(arg('runs') ?? 5);
// --no-whole: the page loads only (a build from before the whole thread can be measured too).
const wholeSizes = argv.includes('--no-whole') ? [] : quick ? [500] : (arg('whole-sizes') ?? arg('sizes'))?.split(',').map(Number) ?? [2000, 10_000];
const docs = resolve(import.meta.dirname, '../../docs');
const write = !quick && !arg('sizes') && !arg('runs') && !arg('whole-sizes') && !arg('reading-off-sizes') && !argv.includes('--whole-only');

// Its own output directory, so a benchmark never overwrites the build a test run is using.
process.env.THREADLENS_OUT ??= '.output-bench';
if (!argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
// Imported after THREADLENS_OUT is set: browser.ts reads it once, on import.
const { EXTENSION_DIR, launchWithExtension } = await import('../e2e/browser');
// Read tracking (issue 20, on by default) is also measured off at these sizes: its added cost, beside the runs with it on.
const readingOffSizes = quick ? [] : (arg('reading-off-sizes')?.split(',').map(Number) ?? [10_000]);

async function sample(url: string, withExtension: boolean, tracking = true): Promise<PageFigures> {
  const browser = await launchWithExtension({ extension: withExtension, closeWelcome: true });
  try {
    if (!tracking) await trackReading(browser, false);
    return await measurePage(await browser.context.newPage(), url, withExtension, tracking);
  } finally {
    await browser.close();
  }
}

const server = await serveFixtures();
const rows: Row[] = [];
for (const size of sizes) {
  // The 2,000-comment page carries isoData as lemmy-ui writes it (issue 19); the others none, as before.
  const isoLimit = size === 2000 ? 300 : undefined;
  const { path, html } = benchPage(size, isoLimit);
  server.set(path, html);
  const withExt: PageFigures[] = [];
  const without: PageFigures[] = [];
  const readingOff: PageFigures[] = [];
  for (let run = 0; run < runs; run++) {
    without.push(await sample(server.origin + path, false));
    withExt.push(await sample(server.origin + path, true));
    if (readingOffSizes.includes(size)) readingOff.push(await sample(server.origin + path, true, false));
    process.stderr.write(`  ${size} comments: run ${run + 1}/${runs}\n`);
  }
  rows.push({ ...summarise(size, withExt, without, readingOff), ...(isoLimit ? { isoData: isoLimit } : {}) });
}
const front = sizes.length ? await benchFront() : null;
/** The front page with and without the extension, alternating: what it costs where it only detects. */
async function benchFront(): Promise<FrontRow> {
  const { path, html } = benchFrontPage();
  server.set(path, html);
  const withExt: FrontFigures[] = [];
  const without: FrontFigures[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [list, ext] of [[without, false], [withExt, true]] as const) {
      const browser = await launchWithExtension({ extension: ext, closeWelcome: true });
      try {
        list.push(await measureFront(await browser.context.newPage(), server.origin + path));
      } finally {
        await browser.close();
      }
    }
  }
  return summariseFront(withExt, without);
}
await server.close();
const whole = (await benchWholeThread(wholeSizes, runs, launchWithExtension)).map(summariseWhole);

const bundle = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/lemmy.js'));
const probe = await launchWithExtension({ extension: false });
const meta: Meta = {
  date: new Date().toISOString().slice(0, 10),
  runs,
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}, Linux ${release()}, Node ${process.version}`,
  browser: `Chromium ${probe.context.browser()?.version() ?? '?'} (headless)`,
  bundleRaw: bundle.length,
  bundleGzip: gzipSync(bundle, { level: 9 }).length,
  // A stylesheet beside the script, if a build has one (the sidebar's is imported into the script).
  cssRaw: readdirSync(resolve(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.css')).reduce((n, f) => n + readFileSync(resolve(EXTENSION_DIR, 'content-scripts', f)).length, 0),
};
const allocation = argv.includes('--alloc') ? await allocationTable(sizes.filter((s) => s >= 1000)) : '';
/** Garbage per 1,000 comments (issue 19, target 2), from a build of the same code with a sourcemap to place each allocation. */
async function allocationTable(at: number[]): Promise<string> {
  if (!at.length) return '';
  const env = { ...process.env, THREADLENS_OUT: '.output-bench-alloc', THREADLENS_SOURCEMAP: '1' };
  if (!argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const extensionDir = resolve(import.meta.dirname, '../../.output-bench-alloc/chrome-mv3');
  return `\n${allocationLines(await benchAllocation(at, runs, { launch: launchWithExtension, extensionDir })).join('\n')}\n`;
}
const report = markdownReport(rows, meta, whole, front) + allocation;
console.log(report);
for (const line of wholeThreadLines(whole)) console.log(line);
if (write) {
  writeFileSync(resolve(docs, 'bench.md'), `# Threadlens benchmark\n\nProduced by \`npm run bench\` (tests/bench).\n\n${report}`);
  writeFileSync(resolve(docs, 'bench.json'), JSON.stringify({ meta, rows, frontPage: front, wholeThread: whole }, null, 2) + '\n');
  const page = await probe.context.newPage();
  await page.setContent(chartHtml(rows));
  await page.locator('svg').screenshot({ path: resolve(docs, 'bench.png') });
  console.log('wrote docs/bench.md, docs/bench.json, docs/bench.png');
}
await probe.close();
