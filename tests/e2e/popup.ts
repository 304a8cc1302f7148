import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/**
 * What a click on the toolbar button gives the popup and a test cannot: activeTab, the active
 * tab's address. A popup opened with `#clicked-on=<address>` sees that address in tabs.query's
 * answer, as it would after the click; nothing else is changed. Install it once per browser
 * (`context.addInitScript(asIfClicked)`); it does nothing on any other page.
 */
export function asIfClicked() {
  const clicked = /^#clicked-on=(.+)$/.exec(location.hash);
  const tabs = (globalThis as unknown as { chrome?: { tabs?: { query(q: object): Promise<{ url?: string }[]> } } }).chrome?.tabs;
  if (!clicked || !tabs) return;
  const query = tabs.query.bind(tabs);
  tabs.query = async (q) => (await query(q)).map((tab) => ({ ...tab, url: tab.url ?? decodeURIComponent(clicked[1]!) }));
}

/**
 * The popup as the toolbar button opens it over `beside`, but in a tab: opened in the background
 * by the extension, so the tab it asks about (the active one of its window) is `beside`.
 */
export async function popupBeside(browser: ExtensionBrowser, beside: Page): Promise<Page> {
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  await beside.bringToFront();
  const opened = browser.context.waitForEvent('page', (p) => p.url().startsWith(popupUrl));
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const url = `${popupUrl}#clicked-on=${encodeURIComponent(beside.url())}`;
  await worker.evaluate((url) => (globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<unknown> } } }).chrome.tabs.create({ url, active: false }), url);
  const popup = await opened;
  await popup.setViewportSize({ width: 400, height: 420 });
  await popup.locator('.tl-popup').waitFor();
  return popup;
}
