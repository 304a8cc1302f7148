import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { EXTENSION_DIR, launchWithExtension, preapproveSite, waitForRegistration, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * The same Lemmy page at http://localhost: not a built-in instance and not
 * enabled by the harness (which enables 127.0.0.1 only), so Threadlens must
 * stay out until the reader enables it, and leave again when they remove it.
 */
let server: FixtureServer;
let browser: ExtensionBrowser;
let url: string;
const post = `/post/${demoThread.post.id}`;
const LOCALHOST = 'http://localhost';

beforeAll(async () => {
  server = await serveFixtures({ [post]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: post }) });
  url = `${server.origin.replace('127.0.0.1', 'localhost')}${post}`;
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether Threadlens's content script ran in the page: it leaves its shadow host once it has read a post. */
async function threadlensIn(page: Page): Promise<boolean> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 700)));
  return (await page.locator('threadlens-sidebar').count()) > 0;
}

async function open(address: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(address);
  return page;
}

describe('instances', () => {
  it('asks for no host access at install: built-in instances by content-script matches, the rest optional', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'scripting']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    const matches: string[] = manifest.content_scripts.flatMap((s: { matches: string[] }) => s.matches);
    // One https origin each, no wildcard host: the built-in instances, nothing else.
    expect(matches.length).toBeGreaterThanOrEqual(10);
    expect(matches.every((m) => /^https:\/\/[a-z0-9.-]+\/\*$/.test(m))).toBe(true);
  });

  it('gives an instance outside the list no content script until the reader enables it, then takes it away on removal', async () => {
    const before = await open(url);
    expect(await threadlensIn(before)).toBe(false);

    // The reader enables it on the options page. Only the browser's prompt is pre-answered (see preapproveSite).
    await preapproveSite(browser.context, browser.extensionId, LOCALHOST);
    const options = await open(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Enable another instance').fill(LOCALHOST);
    await options.getByRole('button', { name: 'Enable', exact: true }).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe('Enabled on http://localhost.');
    await expect.poll(() => options.getByRole('list', { name: 'Enabled instances' }).textContent()).toContain('http://localhost');
    await waitForRegistration(browser.context, LOCALHOST);

    // The tab that was already open gets Threadlens at once, and so does a new one.
    await waitForSidebar(before);
    const after = await open(url);
    await waitForSidebar(after);

    await options.getByRole('button', { name: 'Remove http://localhost' }).click();
    await expect.poll(() => options.getByRole('list', { name: 'Enabled instances' }).textContent()).not.toContain('http://localhost');
    await waitForRegistration(browser.context, LOCALHOST, false);
    expect(await threadlensIn(await open(url))).toBe(false);
  });
});
