/**
 * A CPU profile of one page load with the extension, for finding hot spots:
 *   npx tsx tests/bench/profile.ts [comments=10000] [--clicks]
 * Uses the build in $THREADLENS_OUT (default .output-bench; build it first, with
 * THREADLENS_NOMINIFY=1 for readable function names).
 * Writes .output-bench/profile.cpuprofile (open it in Chromium's DevTools) and
 * prints the functions with the most self time.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveFixtures } from '../e2e/server';
import { generateThread, renderPage } from '../fixtures/build-thread';

process.env.THREADLENS_OUT ??= '.output-bench';
const { OUTPUT_DIR, launchWithExtension } = await import('../e2e/browser');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const size = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10_000);
const spec = generateThread({ comments: size, maxDepth: 8, quoteEvery: 5, seed: size, host: '127.0.0.1' });
const path = `/post/${spec.post.id}`;
const server = await serveFixtures({ [path]: renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path }) });
const browser = await launchWithExtension();
const page = await browser.context.newPage();
const cdp = await browser.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(server.origin + path);
await page.waitForFunction(() => !!document.getElementsByTagName('threadlens-sidebar')[0]?.shadowRoot?.querySelector('[role=treeitem]'), null, { timeout: 300_000, polling: 100 });
await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
if (process.argv.includes('--clicks')) {
  for (const label of ['Collapse all', 'Expand all']) {
    await page.evaluate(async (text) => {
      const buttons = document.getElementsByTagName('threadlens-sidebar')[0]!.shadowRoot!.querySelectorAll('button');
      [...buttons].find((b) => b.textContent === text)!.click();
      await new Promise((r) => setTimeout(r, 200));
    }, label);
  }
}
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
await browser.close();
await server.close();

const file = resolve(OUTPUT_DIR, 'profile.cpuprofile');
writeFileSync(file, JSON.stringify(profile));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byFrame = new Map<string, number>();
for (const node of profile.nodes) {
  const f = node.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '(native)';
  const key = `${f.functionName || '(anonymous)'} ${where}`;
  byFrame.set(key, (byFrame.get(key) ?? 0) + (self.get(node.id) ?? 0));
}
const top = [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [key, us] of top) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${key}`);
console.log(`profile: ${file}`);
