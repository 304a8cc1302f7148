/**
 * Garbage per 1,000 comments (issue 19, target 2): Chromium's sampling heap profiler over one page
 * load with the extension, every sampled allocation kept (also what the GC collected), each put to a
 * phase by the call stack it was made in, through the content script's sourcemap.
 * Used by allocation.ts (the tool) and run.ts (--alloc).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/browser';
import { serveFixtures } from '../e2e/server';
import { lineSources, segmentAt } from '../tools/source-map';
import { median } from './report';
import { benchPage, waitForRows } from './thread-page';

export const PHASES = ['reader', 'quotes', 'decoration', 'other ours', 'not ours'] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Which phase a source file's work belongs to; 'neutral' files (helpers, libraries) take the phase
 * of the nearest caller that has one. First match wins.
 */
const RULES: [Phase | 'neutral', RegExp][] = [
  ['neutral', /^node_modules\/|^utils\/(i18n|settings)\/|^utils\/(measure|tasks|schedule|log)\.ts$|^utils\/lemmy\/(dom|selectors|text|text-map|counts|route|ui-words|wait-for)\.ts$/],
  // Reading the comment DOM and the page's data into comments, and the thread built from them.
  ['reader', /^utils\/lemmy\/(read-[\w-]+|comment-view|markdown-text|iso-data)\.ts$|^utils\/thread\/(build|merge|thread-model)\.ts$/],
  ['quotes', /^utils\/quotes\//],
  // The rest of utils/lemmy writes the page (quote controls, people, read marks, new comments, tree
  // controls...), and so do the features' page parts.
  ['decoration', /^utils\/lemmy\/|^utils\/features\/[\w-]+\/page\.ts$/],
];

const ruleOf = (file: string) => RULES.find(([, re]) => re.test(file))?.[0] ?? 'other ours';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface AllocNode {
  callFrame: CallFrame;
  selfSize: number;
  children: AllocNode[];
}

/**
 * One load's sampled bytes: per phase, and per allocating function of ours ("name file:line", the
 * innermost frame of ours) and phase (a helper's bytes go to each phase that called it).
 */
export interface Allocations {
  comments: number;
  phases: Record<Phase, number>;
  functions: Record<string, { name: string; bytes: number; phase: Phase }>;
}

/** Where a frame of ours is in the sources: a repository-relative path, and the line there (1-based). */
export interface Place {
  file: string;
  line: number;
}

/** The content script's frames located in its sources (null: not the content script). */
export function sourceLocator(scriptPath: string): (frame: CallFrame) => Place | null {
  const map = JSON.parse(readFileSync(`${scriptPath}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lines = lineSources(map.mappings);
  const files = map.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
  return (frame) => {
    if (!frame.url.endsWith('/content-scripts/lemmy.js')) return null;
    const [, src, line] = segmentAt(lines, frame.lineNumber, frame.columnNumber) ?? [0, null, -1];
    return { file: (src !== null && files[src]) || '(unmapped)', line: line + 1 };
  };
}

/** Puts each node's sampled bytes to a phase: the innermost frame of ours whose file has one. */
export function attribute(head: AllocNode, locate: (f: CallFrame) => Place | null, comments: number): Allocations {
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  const functions: Allocations['functions'] = {};
  const walk = (node: AllocNode, stack: (Place & { name: string })[]) => {
    const place = locate(node.callFrame);
    const here = place === null ? stack : [...stack, { ...place, name: node.callFrame.functionName }];
    if (node.selfSize > 0) {
      const phased = here.findLast((f) => ruleOf(f.file) !== 'neutral');
      const phase: Phase = phased ? (ruleOf(phased.file) as Phase) : here.length ? 'other ours' : 'not ours';
      phases[phase] += node.selfSize;
      const inner = here.at(-1);
      if (inner) {
        const name = `${inner.name || '(anonymous)'} ${inner.file}:${inner.line}`;
        const entry = (functions[`${phase} ${name}`] ??= { name, bytes: 0, phase });
        entry.bytes += node.selfSize;
      }
    }
    for (const child of node.children) walk(child, here);
  };
  walk(head, []);
  return { comments, phases, functions };
}

/**
 * Loads `url` in a page of the browser with the extension, sampling every allocation from just
 * before the navigation until the extension is idle (outline rows, then no new measure for a second).
 * A first same-origin page keeps the load in the renderer the profiler is attached to.
 */
export async function sampleLoad(page: Page, blankUrl: string, url: string, samplingInterval = 4096, live = false): Promise<{ head: AllocNode }> {
  await page.goto(blankUrl);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const garbage = !live;
  await cdp.send('HeapProfiler.startSampling', { samplingInterval, includeObjectsCollectedByMajorGC: garbage, includeObjectsCollectedByMinorGC: garbage });
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await waitForRows(page);
  const count = () => page.evaluate(() => performance.getEntriesByType('measure').length);
  for (let last = -1, now = await count(); now !== last; last = now, now = await count()) await page.waitForTimeout(1000);
  // Live only: what a full collection leaves is what the load keeps (the rest was garbage).
  if (live) await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: AllocNode } }).profile;
}

export interface AllocationOptions {
  launch: (options: { closeWelcome: boolean; extensionDir: string }) => Promise<ExtensionBrowser>;
  /** A build with a sourcemap (THREADLENS_SOURCEMAP=1): its chrome-mv3 folder. */
  extensionDir: string;
  interval?: number;
  /** Only what is still live once the load is done and a full collection ran (the thread, the index, the page's wrappers). */
  live?: boolean;
  topN?: number;
  /** Each load's raw profile (for DevTools' Memory panel). */
  onProfile?: (size: number, profile: { head: AllocNode }) => void;
}

/** `runs` loads of the bench page at each size, a fresh browser each, summarised per size. */
export async function benchAllocation(sizes: number[], runs: number, options: AllocationOptions): Promise<AllocationRow[]> {
  const locate = sourceLocator(resolve(options.extensionDir, 'content-scripts/lemmy.js'));
  const server = await serveFixtures({ '/blank': '<!doctype html><title>blank</title>' });
  const rows: AllocationRow[] = [];
  try {
    for (const size of sizes) {
      const { path, html } = benchPage(size);
      server.set(path, html);
      const loads: Allocations[] = [];
      for (let run = 0; run < runs; run++) {
        const browser = await options.launch({ closeWelcome: true, extensionDir: options.extensionDir });
        try {
          const profile = await sampleLoad(await browser.context.newPage(), server.origin + '/blank', server.origin + path, options.interval, options.live);
          options.onProfile?.(size, profile);
          loads.push(attribute(profile.head, locate, size));
        } finally {
          await browser.close();
        }
        process.stderr.write(`  allocation, ${size} comments: run ${run + 1}/${runs}\n`);
      }
      rows.push(summariseAllocations(size, loads, options.topN));
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** Medians over runs, per 1,000 comments. */
export interface AllocationRow {
  size: number;
  runs: number;
  /** Bytes per 1,000 comments, median per phase. */
  perThousand: Record<Phase, number>;
  /** The sum of our phases, median over runs. */
  oursPerThousand: number;
  /** Allocating functions of ours, bytes per 1,000 comments averaged over runs, largest first. */
  top: { name: string; phase: Phase; bytes: number }[];
}

export function summariseAllocations(size: number, runs: Allocations[], topN = 15): AllocationRow {
  const per = (a: Allocations, bytes: number) => bytes / (a.comments / 1000);
  const ours = (a: Allocations) => PHASES.filter((p) => p !== 'not ours').reduce((sum, p) => sum + a.phases[p], 0);
  const fn = new Map<string, { name: string; bytes: number; phase: Phase }>();
  for (const a of runs) {
    for (const [key, f] of Object.entries(a.functions)) {
      const entry = fn.get(key) ?? { ...f, bytes: 0 };
      entry.bytes += per(a, f.bytes) / runs.length;
      fn.set(key, entry);
    }
  }
  return {
    size,
    runs: runs.length,
    perThousand: Object.fromEntries(PHASES.map((p) => [p, median(runs.map((a) => per(a, a.phases[p])))])) as Record<Phase, number>,
    oursPerThousand: median(runs.map((a) => per(a, ours(a)))),
    top: [...fn.values()].sort((a, b) => b.bytes - a.bytes).slice(0, topN),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Table lines: one per phase, a column per size (for the bench's table and the tool's output). */
export function allocationLines(rows: AllocationRow[], live = false): string[] {
  const line = (label: string, f: (r: AllocationRow) => number) => `| ${[label, ...rows.map((r) => mb(f(r)))].join(' | ')} |`;
  const what = live ? 'still live after the load and a full collection' : 'allocated during the load (garbage included)';
  return [
    `| ${what}, per 1,000 comments (sampled; median of ${rows[0]?.runs ?? 0}) | ${rows.map((r) => `${r.size.toLocaleString('en-US')} comments`).join(' | ')} |`,
    `|---|${rows.map(() => '---').join('|')}|`,
    line('reader (comment DOM and data → comments, thread built)', (r) => r.perThousand.reader),
    line('quote matching', (r) => r.perThousand.quotes),
    line('decoration (what writes the page)', (r) => r.perThousand.decoration),
    line('other of ours (sidebar, features, session)', (r) => r.perThousand['other ours']),
    line('**all of ours**', (r) => r.oursPerThousand),
    line('not ours (the page, the browser)', (r) => r.perThousand['not ours']),
  ];
}

/** The largest allocating functions of ours, one line each. */
export function topLines(row: AllocationRow): string[] {
  return row.top.map((t) => `${mb(t.bytes).padStart(10)}  ${t.phase.padEnd(10)}  ${t.name}`);
}
