/**
 * Garbage per 1,000 comments (issue 19, target 2): bytes the load of a bench page allocates, garbage
 * included, put to the reader, quote matching, decoration and the rest by the call stack of each
 * sample (allocation-profile.ts), medians over runs, and the functions of ours that allocate most.
 *   npx tsx tests/bench/allocation.ts [--sizes 1000,10000] [--runs 3] [--interval 4096] [--top 15] [--no-build] [--live]
 * --live: only what is still live after the load and a full collection (allocated − live = garbage).
 * Builds into $THREADLENS_OUT (default .output-alloc) with a sourcemap (THREADLENS_SOURCEMAP=1),
 * minified as shipped; THREADLENS_NOMINIFY=1 keeps the functions' own names. Writes the last run's
 * profile per size to $THREADLENS_OUT/allocation-<size>.heapprofile (DevTools, Memory). Sampled:
 * the figures move by a few per cent between runs. Nothing here asserts anything.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allocationLines, benchAllocation, topLines } from './allocation-profile';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);

process.env.THREADLENS_OUT ??= '.output-alloc';
if (!argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, THREADLENS_SOURCEMAP: '1' } });
const { EXTENSION_DIR, OUTPUT_DIR, launchWithExtension } = await import('../e2e/browser');

const rows = await benchAllocation((arg('sizes') ?? '1000,10000').split(',').map(Number), Number(arg('runs') ?? 3), {
  launch: launchWithExtension,
  extensionDir: EXTENSION_DIR,
  interval: Number(arg('interval') ?? 4096),
  live: argv.includes('--live'),
  topN: Number(arg('top') ?? 15),
  onProfile: (size, profile) => writeFileSync(resolve(OUTPUT_DIR, `allocation-${size}.heapprofile`), JSON.stringify(profile)),
});
console.log(allocationLines(rows, argv.includes('--live')).join('\n'));
for (const row of rows) console.log(`\nlargest allocators of ours at ${row.size.toLocaleString('en-US')} comments, per 1,000 comments (mean of ${row.runs}):\n${topLines(row).join('\n')}`);
