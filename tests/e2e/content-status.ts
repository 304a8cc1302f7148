import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageStatus } from '../../utils/messages';
import type { ExtensionBrowser } from './browser';

/** The content script's status on a page it read and chose to leave alone. */
export const LEFT_ALONE: PageStatus = { lemmy: false, postId: null, version: null, comments: 0, participants: 0 };

/** What the extension's service worker may call. */
interface InWorker {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

/**
 * The content script's answer to the popup's status question
 * (threadlens:status), asked from the extension's service worker; null while
 * no content script listens in the page's tab. The question and the answer
 * travel between the extension's processes and the content script's isolated
 * world: nothing of them reaches the page.
 */
export async function contentStatus(browser: ExtensionBrowser, page: Page): Promise<unknown> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(async (url) => {
    const { tabs } = (globalThis as unknown as InWorker).chrome;
    const tab = (await tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    return tabs.sendMessage(tab.id, { type: 'threadlens:status' }).catch(() => null);
  }, page.url());
}

/**
 * Waits for the content script to start in `page` and decide, then returns its
 * status. An answer means its start-up ran, and that start-up queues the read of
 * the page in a 0 ms timer; a 0 ms timer the page queues after that answer runs
 * after it (one event loop, timers in order), so the status asked next is the
 * one after the page was read. No fixed sleep: a slow script is waited for.
 */
export async function statusAfterDecision(browser: ExtensionBrowser, page: Page): Promise<unknown> {
  await expect.poll(() => contentStatus(browser, page), { timeout: 15_000 }).not.toBeNull();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  return contentStatus(browser, page);
}
