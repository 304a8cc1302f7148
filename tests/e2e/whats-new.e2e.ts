import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { axeViolations } from './axe';
import { EXTENSION_DIR, FIXTURE_ORIGINS, launchWithExtension, readLocal, waitForRegistration, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * First run and updates as the browser reports them, in Chromium. The built extension is loaded
 * from a copy whose manifest says an older version; changing the copy's version and reloading it
 * is an update to the browser (runtime.onInstalled, reason "update", with the previous version),
 * as when a store updates it. The release notes (utils/features/whats-new/notes.ts) have a note
 * for 0.2.0 and none for 0.1.1.
 */
let dir: string;
let server: FixtureServer;
let browser: ExtensionBrowser;
const post = `/post/${demoThread.post.id}`;
/** Every page opened since the launch (closed ones keep their last address): the welcome page must be among them once. */
const opened: Page[] = [];

function setVersion(version: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, version }));
}

const worker = async (): Promise<Worker> => browser.context.serviceWorkers()[0] ?? browser.context.waitForEvent('serviceworker');

/** Reloads the extension from its folder, now at `version`; resolves when the new background runs it. */
async function updateTo(version: string): Promise<void> {
  setVersion(version);
  const old = await worker();
  const next = browser.context.waitForEvent('serviceworker', (w) => w !== old);
  await old.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
  const running = await next;
  expect(await running.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe(version);
}

const welcomeOpened = () => opened.filter((p) => p.url().endsWith('/welcome.html')).length;
const note = (page: Page) => page.locator('threadlens-sidebar .tl-whats-new');

async function openPost(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.origin + post);
  await waitForSidebar(page);
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'threadlens-update-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  setVersion('0.1.0');
  server = await serveFixtures({ [post]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: post }) });
  browser = await launchWithExtension({ extensionDir: dir });
  // Chromium disables an extension loaded from the command line when it reloads, unless developer mode is on.
  const extensions = await browser.context.newPage();
  await extensions.goto('chrome://extensions/');
  await extensions.evaluate(() =>
    (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await extensions.close();
  opened.push(...browser.context.pages());
  browser.context.on('page', (p) => opened.push(p));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("first run and what's new in Chromium", () => {
  it('first-run page opens once on install and not on update', async () => {
    await expect.poll(welcomeOpened).toBe(1);
    const page = await openPost();
    expect(await note(page).count()).toBe(0); // nothing new on a first install
    await page.close();
    const before = opened.length;
    await updateTo('0.1.1'); // a plain update: no note for it
    await updateTo('0.2.0');
    // Stored by the second update's handler once it has run (by then the first's had run too): neither
    // update opened a tab of any kind. (That a plain update leaves no note is the unit tests': here the
    // second update's note would overwrite it.)
    await expect.poll(async () => (await readLocal(browser, ['whatsNew'])).whatsNew).toEqual({ from: '0.1.1', to: '0.2.0' });
    expect(opened.slice(before).map((p) => p.url())).toEqual([]);
    expect(welcomeOpened()).toBe(1);
  });

  it('shows the note for an update with notable changes once in the sidebar, until dismissed, and not after a reload', async () => {
    await waitForRegistration(browser.context, FIXTURE_ORIGINS[0]!); // the update keeps the reader's grant; the background registers it again
    const page = await openPost();
    await note(page).waitFor();
    expect(await note(page).locator('h3').textContent()).toBe('New in Threadlens 0.2.0');
    expect(await note(page).locator('li').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]); // the sidebar, with the note in it
    // Shown once: the note is no longer pending, so no later sidebar can show it.
    await expect.poll(async () => (await readLocal(browser, ['whatsNew'])).whatsNew).toBeUndefined();
    await page.locator('threadlens-sidebar').getByRole('button', { name: 'Dismiss what’s new' }).click();
    await expect.poll(() => note(page).count()).toBe(0);
    // The note comes only from storage, emptied above: the next sidebar draws without it.
    await page.reload();
    await waitForSidebar(page);
    expect(await note(page).count()).toBe(0);
    await page.close();
  });
});
