/** The page every benchmark tool loads: one generated thread, and the tools' shared steps. */
import type { Page } from 'playwright-core';
import { generateThread, renderPage } from '../fixtures/build-thread';

/**
 * A lemmy-ui-shaped post page (version B, tree view) of `size` comments: depth up to 8, a quote
 * in about 1 in 5. With `isoLimit`, the page's `window.isoData` holds its first that many comments,
 * as lemmy-ui writes it (its first fetch is 300).
 */
export function benchPage(size: number, isoLimit?: number): { path: string; html: string } {
  const spec = generateThread({ comments: size, maxDepth: 8, quoteEvery: 5, seed: size, host: '127.0.0.1' });
  const path = `/post/${spec.post.id}`;
  const iso = isoLimit === undefined ? {} : { isoData: true, isoLimit };
  return { path, html: renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path, ...iso }) };
}

/** The front page of the same instance: lemmy-ui's markers, no comment list. The script detects and stays silent there. */
export function benchFrontPage(): { path: string; html: string } {
  const spec = generateThread({ comments: 0, maxDepth: 1, seed: 7, host: '127.0.0.1' });
  return { path: '/', html: renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path: '/' }) };
}

/** The size given on the command line (a bare number, not an option's value), else 10,000. */
export function sizeArg(): number {
  const args = process.argv.slice(2);
  return Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 10_000);
}

/** Until the sidebar shows outline rows. */
export async function waitForRows(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.getElementsByTagName('threadlens-sidebar')[0]?.shadowRoot?.querySelector('[role=treeitem]'), null, {
    timeout: 300_000,
    polling: 100,
  });
}

/**
 * Clicks a sidebar button as the reader does, with the mouse at its centre:
 * real input (the sidebar takes no page-made clicks), and no locator, whose
 * search of a 10,000-comment page's DOM (Playwright's own script, in the
 * page's main thread) took 400 ms and showed up as our long task. False when
 * there is no such button.
 */
export async function clickSidebarButton(page: Page, label: string): Promise<boolean> {
  const at = await page.evaluate((text) => {
    const buttons = document.getElementsByTagName('threadlens-sidebar')[0]?.shadowRoot?.querySelectorAll('button') ?? [];
    const r = [...buttons].find((b) => b.textContent?.trim() === text)?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }, label);
  if (at) await page.mouse.click(at.x, at.y);
  return at !== null;
}

/** Clicks "Collapse all", then "Expand all" in the sidebar, `pause` ms apart. */
export async function collapseThenExpand(page: Page, pause: number): Promise<void> {
  for (const label of ['Collapse all', 'Expand all']) {
    await clickSidebarButton(page, label);
    await page.waitForTimeout(pause);
  }
}

/** Clicks "Load the whole thread" as the reader does and waits for the note that it loaded, then `settleMs` more. */
export async function loadWholeThread(page: Page, settleMs: number): Promise<void> {
  const label = await page.evaluate(() => {
    const root = document.getElementsByTagName('threadlens-sidebar')[0]?.shadowRoot;
    return [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.startsWith('Load the whole thread'))?.textContent?.trim() ?? '';
  });
  if (!(await clickSidebarButton(page, label))) throw new Error('no "Load the whole thread" button');
  await page.waitForFunction(() => !!document.getElementsByTagName('threadlens-sidebar')[0]?.shadowRoot?.querySelector('.tl-whole-note'), null, { timeout: 300_000, polling: 100 });
  await page.waitForTimeout(settleMs);
}

/** One event of a Chromium trace, as the tools read them. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time (CPU), on task events. */
  tdur?: number;
  tid: number;
  pid: number;
  id?: string;
  id2?: { local?: string };
  args?: { data?: { url?: string; functionName?: string }; worldName?: string; name?: string };
}
