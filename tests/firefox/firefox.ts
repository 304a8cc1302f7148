/**
 * Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi, with the
 * built Firefox extension installed as a temporary add-on (BiDi
 * webExtension.install, Firefox 138+). Nothing is downloaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.THREADLENS_OUT ?? '.output', 'firefox-mv2');

/** A fixed moz-extension:// UUID (Firefox picks a random one per profile), so the test can open the options page. */
const UUID = '6c1f3e0a-7d2b-4c59-9e8f-2a4b6c8d0e1f';

export interface FirefoxWithExtension {
  browser: Browser;
  version: string;
  close(): Promise<void>;
}

function addonId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

export async function launchFirefox(): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: run "apt-get install firefox-esr" (or set FIREFOX_PATH).`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build at ${EXTENSION_DIR}: run "wxt build -b firefox" first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // BiDi refuses to navigate to moz-extension:// pages unless system access is allowed;
    // the tests open the options page to enable the fixture server's origin, as a reader would.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: UUID }),
      // The one thing simulated: the reader's "Allow" in the optional-permission prompt.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return { browser, version: await browser.version(), close: () => browser.close() };
}

export const extensionUrl = (path: string) => `moz-extension://${UUID}/${path}`;

/**
 * Opens an extension page. Firefox's BiDi never reports the load of a
 * moz-extension:// document to puppeteer, so poll the page itself instead.
 * Not page.waitForSelector: an evaluation that lands while about:blank is torn
 * down can fail in Firefox's remote agent with an error puppeteer does not
 * retry ("right-hand side of 'in' should be an object, got null"), and that
 * failed a CI run. Errors here are retried until the deadline.
 */
export async function openExtensionPage(page: Page, path: string, readySelector: string): Promise<void> {
  const url = extensionUrl(path);
  page.goto(url, { timeout: 60_000 }).catch(() => {});
  const ready = () => page.evaluate((url, sel) => location.href === url && !!document.querySelector(sel), url, readySelector);
  await pollUntil(ready, 15_000, `${path} showing ${readySelector}`);
}

/** Calls `check` every 100 ms until it returns true; errors count as "not yet" until the deadline. */
async function pollUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`, { cause: lastError });
}

/** Enables Threadlens on an origin the way a reader does: the options page's "Enable another instance" form. */
export async function enableInstance(ff: FirefoxWithExtension, origin: string): Promise<void> {
  const page = await ff.browser.newPage();
  await openExtensionPage(page, 'options.html', 'input[name="instance"]');
  await page.type('input[name="instance"]', origin);
  await page.click('form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.startsWith('Enabled on'), { timeout: 10_000 });
  await page.close();
}

export async function waitForSidebar(page: Page): Promise<void> {
  await page.waitForSelector('threadlens-sidebar[data-state="ready"]', { timeout: 15_000 });
}
