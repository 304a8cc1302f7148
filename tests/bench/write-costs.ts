/**
 * What a write of ours costs the page's next frame, on the bench page without the extension:
 *   npx tsx tests/bench/write-costs.ts [comments=10000]
 * Each sequence runs in a fresh page once it has loaded; each step is timed from a frame to the
 * end of the next one (the script itself, then that frame, then the one after). For deciding the
 * order of the script's writes on a big page (docs/performance.md, "Where the big frames came from").
 */
import { serveFixtures } from '../e2e/server';
import { benchPage, sizeArg } from './thread-page';

const { launchWithExtension } = await import('../e2e/browser');

const TOP_LEVEL = ':not(li.comment) > ul.comments > li.comment';
const CSS = `${TOP_LEVEL} { contain-intrinsic-block-size: auto 10rem; } li.comment[data-lazy] { content-visibility: auto; }`;
/** The thread line's pointer, an inherited property: on every reply list and, through them, their replies. */
const CURSOR = 'ul.comments > li.comment > ul.comments { cursor: pointer; } ul.comments > li.comment > ul.comments > li { cursor: auto; }';
const addStyle = (css: string) => `const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s);`;
const STEPS: Record<string, string> = {
  style: addStyle(CSS),
  // Rules that match nothing yet: what any <style> of ours cost (utils/lemmy/page-style.ts moved them to the manifest).
  inertStyle: addStyle('article[data-none] { color: red; }'),
  cursorStyle: addStyle(CURSOR),
  gatedCursor: addStyle(CURSOR.replaceAll('ul.comments > li.comment > ul.comments', 'html[data-lines] ul.comments > li.comment > ul.comments')),
  gateOn: `document.documentElement.setAttribute('data-lines', '');`,
  // A custom property on the root (a colour setting passed down that way): every element inherits it.
  rootVar: `document.documentElement.style.setProperty('--some-colour', '#ff0000');`,
  contain: `for (const li of document.querySelectorAll('${TOP_LEVEL}')) li.setAttribute('data-lazy', '');`,
  narrow: `document.documentElement.style.marginRight = '360px';`,
  buttons: `for (const a of document.querySelectorAll('article[id^="comment-"]')) a.firstElementChild?.append(Object.assign(document.createElement('button'), { textContent: 'x' }));`,
};
const SEQUENCES = [
  ['narrow', 'buttons'],
  ['style', 'contain', 'narrow', 'buttons'],
  ['style', 'contain+narrow', 'buttons'],
  ['inertStyle', 'cursorStyle', 'rootVar'],
  ['gatedCursor', 'gateOn'],
  ['style', 'contain', 'gatedCursor', 'gateOn'],
];

const { path, html } = benchPage(sizeArg());
const server = await serveFixtures({ [path]: html });
const browser = await launchWithExtension({ extension: false });
for (const sequence of SEQUENCES) {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const out: string[] = [];
  for (const step of sequence) {
    const code = step.split('+').map((name) => STEPS[name]).join('\n');
    const [script, frame, next] = await page.evaluate(async (code) => {
      const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await afterFrame();
      const t0 = performance.now();
      new Function(code)();
      const t1 = performance.now();
      await afterFrame();
      const t2 = performance.now();
      await afterFrame();
      return [t1 - t0, t2 - t1, performance.now() - t2];
    }, code);
    out.push(`${step} ${script!.toFixed(0)}/${frame!.toFixed(0)}/${next!.toFixed(0)} ms`);
  }
  console.log(out.join(' | '));
  await page.close();
}
await browser.close();
await server.close();
