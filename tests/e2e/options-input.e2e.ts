import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * The options page in Chromium, with the input issue 16 found unsafe: a key
 * already bound to another command, and imports that are not settings or are
 * far too big. Each refusal is checked against sync storage, with a control
 * that the same field or import does store what is fine.
 */
let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByLabel('Key for Next comment', { exact: true }).waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** The extension's sync storage, read through its service worker. */
async function synced(): Promise<{ settings?: { keys?: Record<string, string>; theme?: string } }> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get());
}

/** The reader clicks the key field and presses the key (the field records key presses, not text). */
async function typeKey(label: string, key: string): Promise<void> {
  const field = options.getByLabel(label, { exact: true });
  await field.click();
  await field.press(key);
}

/** Imports a file on a freshly loaded page (so the report read is this file's) and returns the report. */
async function importFile(name: string, text: string): Promise<string> {
  await options.reload();
  await options.getByLabel('Key for Next comment', { exact: true }).waitFor();
  await options.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const status = options.locator('.tl-options p[role="status"]').last();
  await expect.poll(async () => (await status.textContent()) ?? '').not.toBe('');
  return (await status.textContent()) ?? '';
}

describe('options page input in Chromium', () => {
  it('refuses a key another command has, says so beside the field, and stores nothing; a free key is stored', async () => {
    await typeKey('Key for Next comment', 'k');
    await expect.poll(() => options.getByRole('alert').filter({ hasText: 'k is already Previous comment' }).count()).toBe(1);
    expect(await options.getByLabel('Key for Next comment', { exact: true }).inputValue()).toBe('j');
    expect(await options.getByLabel('Key for Next comment', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await typeKey('Key for Next comment', 'm'); // the control: a free key
    await expect.poll(async () => (await synced()).settings?.keys?.next).toBe('m');
    expect((await synced()).settings?.keys?.prev ?? 'k').toBe('k');
    await typeKey('Key for Next comment', 'j');
    await expect.poll(async () => (await synced()).settings?.keys?.next).toBe('j');
  });

  it('refuses, whole, a file that is not Threadlens settings, and one over the size limit; a real export is imported', async () => {
    const before = JSON.stringify(await synced());
    expect(await importFile('null.json', 'null')).toMatch(/not a Threadlens settings file/);
    expect(await importFile('foreign.json', '{"foo":1}')).toMatch(/not a Threadlens settings file/);
    expect(await importFile('huge.json', `{"theme":"dark","pad":"${'x'.repeat(3000 * 1024)}"}`)).toMatch(/too big/);
    expect(JSON.stringify(await synced())).toBe(before);
    // The control: an export with the dark theme is taken.
    expect(await importFile('export.json', '{"theme":"dark"}')).not.toMatch(/not a Threadlens|too big|Not imported/);
    await expect.poll(async () => (await synced()).settings?.theme).toBe('dark');
  });
});
