import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** The name under which the test runs a popup's injected function in the tab it was opened over. */
const RUN_IN_TAB = 'threadlensRunInClickedTab';

/**
 * What a click on the toolbar button gives the popup and a test cannot: activeTab. With it the
 * popup sees the active tab's address and may run a function in that tab (its probe: is this a
 * Lemmy instance?). A popup opened with `#clicked-on=<address>` gets both, as it would after the
 * click: tabs.query's answer has that address, and scripting.executeScript, asked for the active
 * tab (checked: the real tab id the popup got from tabs.query), runs the popup's own function, as
 * source text with its arguments, in that tab through the test (runInClickedTab). Nothing else is
 * changed. Install with `standInForClick(context)`; it does nothing on any other page.
 */
export function asIfClicked(runInTab: string) {
  const clicked = /^#clicked-on=(.+)$/.exec(location.hash);
  type Tab = { id?: number; url?: string };
  type Injection = { target: { tabId: number }; func: (...args: unknown[]) => unknown; args?: unknown[] };
  const chrome = (globalThis as unknown as { chrome?: { tabs?: { query(q: object): Promise<Tab[]> }; scripting?: { executeScript(i: Injection): Promise<unknown> } } }).chrome;
  const tabs = chrome?.tabs;
  if (!clicked || !tabs) return;
  const query = tabs.query.bind(tabs);
  tabs.query = async (q) => (await query(q)).map((tab) => ({ ...tab, url: tab.url ?? decodeURIComponent(clicked[1]!) }));
  if (!chrome.scripting) return;
  chrome.scripting.executeScript = async (injection) => {
    const [active] = await query({ active: true, currentWindow: true });
    if (injection.target.tabId !== active?.id) throw new Error('activeTab covers only the active tab');
    const run = (globalThis as unknown as Record<string, (source: string, args: unknown[]) => Promise<unknown>>)[runInTab]!;
    return [{ frameId: 0, result: await run(String(injection.func), injection.args ?? []) }];
  };
}

/** While set, the tab's answers to popups wait for it (to see what a popup shows before the answer). */
let held: Promise<void> | null = null;

/** Holds every popup's probe until the returned function is called. */
export function holdProbes(): () => void {
  let release!: () => void;
  held = new Promise((resolve) => (release = resolve));
  return () => {
    held = null;
    release();
  };
}

/** The stand-in for a click, for every popup of this browser opened with popupBeside. */
export async function standInForClick(context: BrowserContext): Promise<void> {
  await context.exposeBinding(RUN_IN_TAB, async ({ page }, source: string, args: unknown[]) => {
    const url = decodeURIComponent(/#clicked-on=(.+)$/.exec(page.url())![1]!);
    const tab = context.pages().find((p) => p !== page && p.url() === url);
    if (!tab) throw new Error(`no tab at ${url}`);
    await held;
    // Evaluated as text, as the browser injects it; the page's own CSP does not apply to either.
    return tab.evaluate(`(${source})(...${JSON.stringify(args)})`);
  });
  await context.addInitScript(asIfClicked, RUN_IN_TAB);
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
