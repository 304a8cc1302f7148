/**
 * A CPU profile of one page load with the extension, for finding hot spots:
 *   npx tsx tests/bench/profile.ts [comments=10000] [--clicks | --whole]
 * Uses the build in $THREADLENS_OUT (default .output-bench; build it first, with
 * THREADLENS_NOMINIFY=1 for readable function names).
 * Writes .output-bench/profile.cpuprofile (open it in Chromium's DevTools) and
 * prints the functions with the most self time. --whole profiles "Load the
 * whole thread" instead of the page load: from the click to the note.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveFixtures } from '../e2e/server';
import { fakeLemmyApi } from '../support/fake-lemmy-api';
import { benchPage, collapseThenExpand, loadWholeThread, sizeArg, waitForRows } from './thread-page';
import { wholeThreadPage } from './whole-thread';

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

const whole = process.argv.includes('--whole');
const server = await serveFixtures();
const { path, html, spec } = whole ? wholeThreadPage(sizeArg()) : { ...benchPage(sizeArg()), spec: null };
server.set(path, html);
if (spec) for (const [route, answer] of Object.entries(fakeLemmyApi(spec).routes)) server.set(route, answer);
const browser = await launchWithExtension({ closeWelcome: true });
const page = await browser.context.newPage();
const cdp = await browser.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (whole) {
  await page.goto(server.origin + path);
  await waitForRows(page);
  await page.waitForTimeout(1000);
}
await cdp.send('Profiler.start');
if (whole) await loadWholeThread(page, 500);
else {
  await page.goto(server.origin + path);
  await waitForRows(page);
  await page.waitForTimeout(500);
  if (process.argv.includes('--clicks')) await collapseThenExpand(page, 200);
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
