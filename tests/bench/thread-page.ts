/** The page every benchmark tool loads: one generated thread, and the tools' shared steps. */
import type { Page } from 'playwright-core';
import { generateThread, renderPage } from '../fixtures/build-thread';

/** A lemmy-ui-shaped post page (version B, tree view) of `size` comments: depth up to 8, a quote in about 1 in 5. */
export function benchPage(size: number): { path: string; html: string } {
  const spec = generateThread({ comments: size, maxDepth: 8, quoteEvery: 5, seed: size, host: '127.0.0.1' });
  const path = `/post/${spec.post.id}`;
  return { path, html: renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path }) };
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

/** Clicks "Collapse all", then "Expand all" in the sidebar, `pause` ms apart. */
export async function collapseThenExpand(page: Page, pause: number): Promise<void> {
  for (const label of ['Collapse all', 'Expand all']) {
    // Playwright's input: the sidebar takes no page-made clicks.
    await page.locator('threadlens-sidebar button').filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) }).first().click();
    await page.waitForTimeout(pause);
  }
}
