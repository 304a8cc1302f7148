/** Read tracking (issue 20) in the bench: switched off through the extension's own storage, as the options page would. */
import type { ExtensionBrowser } from '../e2e/browser';

type SyncArea = { set(items: Record<string, unknown>): Promise<void> };

/**
 * Stores `reading.track` in the synced settings, through the background
 * service worker, before any post page opens (content scripts read the
 * settings when they start). `settings$` is the item's version (WXT's meta
 * key, utils/settings/items.ts): without it the value would be migrated as a
 * version 1 one.
 */
export async function trackReading(browser: ExtensionBrowser, track: boolean): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(
    (track) => (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome.storage.sync.set({ settings: { reading: { track } }, 'settings$': { v: 2 } }),
    track,
  );
}
