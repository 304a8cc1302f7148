/**
 * The demo: serves the bundled demo thread (lemmy-ui's DOM shape, our own
 * text) on 127.0.0.1 and opens Chromium with the built extension. With a
 * display it stays open until you close the window; without one (or with
 * --headless) it writes a screenshot and prints what Threadlens found.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, sidebarStatus, waitForSidebar } from '../e2e/browser';
import { serveFixtures } from '../e2e/server';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { fakeLemmyApi } from '../support/fake-lemmy-api';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY || process.env.CI === 'true';
const outDir = resolve(import.meta.dirname, '../../.output/demo');
const theme = args.has('--dark') ? 'dark' : 'light';

const path = `/post/${demoThread.post.id}`;
// The instance's public API answers too (our fake one), so "Load the whole thread" works.
const server = await serveFixtures({
  [path]: renderPage(demoThread, { version: 'B', view: 'tree', theme, path }),
  ...fakeLemmyApi(demoThread).routes,
});
const browser = await launchWithExtension({ headless });
try {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path);
  await waitForSidebar(page);
  const status = await sidebarStatus(page);
  const rows = await page.locator('threadlens-sidebar [role="treeitem"]').count();
  console.log(`Threadlens demo at ${server.origin}${path}`);
  console.log(`  lemmy-ui detected: version group ${status.version}, theme ${status.theme}`);
  console.log(`  post ${status.post}: ${status.comments} comments read, ${rows} outline rows rendered`);
  if (headless) {
    // The whole-thread load as a reader starts it (a real click: the sidebar ignores page-made ones).
    await page.locator('threadlens-sidebar .tl-whole-button', { hasText: 'Load the whole thread' }).click();
    const note = page.locator('threadlens-sidebar .tl-whole-note');
    await note.waitFor();
    console.log(`  load the whole thread: ${await note.textContent()}`);
    mkdirSync(outDir, { recursive: true });
    const shot = resolve(outDir, `demo-${theme}.png`);
    await page.screenshot({ path: shot });
    console.log(`  screenshot: ${shot}`);
  } else {
    console.log('  close the browser window to end the demo');
    await new Promise((done) => browser.context.on('close', done));
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
