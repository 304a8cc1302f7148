import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT_DIR = resolve(import.meta.dirname, '../..', process.env.THREADLENS_OUT ?? '.output');
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');

/** Flags for a sandboxed CI machine with no network but loopback. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Where the fixture server listens. It is not a built-in instance, so each
 * launch enables it the way a reader enables an instance (see enableInstance).
 */
export const FIXTURE_ORIGINS = ['http://127.0.0.1'];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded (never a downloaded browser). */
export async function launchWithExtension(
  options: { headless?: boolean; extension?: boolean; enable?: string[]; lang?: string; closeWelcome?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run "apt-get install chromium" (or set CHROMIUM_PATH).`);
  const withExtension = options.extension ?? true;
  // A copy of the build elsewhere (whats-new e2e: its manifest's version changed, then reloaded as an update).
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'threadlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    // The browser's language: Debian's Chromium takes it from LANGUAGE (with chromium-l10n installed) and
    // ignores --lang, which other builds read; pages then get navigator.languages and the extension its UI language.
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang } } : {}),
    args: [
      ...QUIET_FLAGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ],
  });
  const extensionId = withExtension ? await findExtensionId(context) : '';
  if (withExtension) for (const origin of options.enable ?? FIXTURE_ORIGINS) await enableInstance(context, extensionId, origin);
  // The welcome tab a first install opens: the bench closes it, so that its page is the only one at work.
  if (withExtension && options.closeWelcome) await closeWelcome(context, extensionId);
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function closeWelcome(context: BrowserContext, extensionId: string): Promise<void> {
  const isWelcome = (p: Page) => p.url() === `chrome-extension://${extensionId}/welcome.html`;
  const welcome =
    context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => null));
  await welcome?.close();
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/** The sidebar's shadow host, once Threadlens has read the page. */
export async function waitForSidebar(page: Page): Promise<void> {
  await page.waitForSelector('threadlens-sidebar[data-state="ready"]', { state: 'attached', timeout: 15_000 });
}

/** One post page served on 127.0.0.1 and open in Chromium with the extension, its sidebar ready. */
export interface OpenPost {
  server: FixtureServer;
  browser: ExtensionBrowser;
  page: Page;
  close(): Promise<void>;
}

export async function openPost(path: string, html: string): Promise<OpenPost> {
  const server = await serveFixtures({ [path]: html });
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(server.origin + path);
  await waitForSidebar(page);
  return { server, browser, page, close: async () => (await browser.close(), await server.close()) };
}

/** The extension's local storage, as its background service worker has it. */
type LocalArea = { remove(k: string[]): Promise<void>; set(i: Record<string, unknown>): Promise<void>; get(k: string[]): Promise<Record<string, unknown>> };

/** Runs `fn` on the extension's local storage in its background service worker. */
async function inLocal<A, R>(browser: ExtensionBrowser, fn: (local: LocalArea, arg: A) => Promise<R>, arg: A): Promise<R> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(({ src, arg }) => new Function('local', 'arg', `return (${src})(local, arg)`)((globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local, arg), { src: fn.toString(), arg }) as Promise<R>;
}

/** Removes keys from the extension's local storage. */
export function forgetLocal(browser: ExtensionBrowser, keys: string[]): Promise<void> {
  return inLocal(browser, (local, keys) => local.remove(keys), keys);
}

/** Writes keys of the extension's local storage. */
export function writeLocal(browser: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  return inLocal(browser, (local, items) => local.set(items), items);
}

/** Reads keys of the extension's local storage. */
export function readLocal(browser: ExtensionBrowser, keys: string[]): Promise<Record<string, unknown>> {
  return inLocal(browser, (local, keys) => local.get(keys), keys);
}

/** What the content script reported on its host element. */
export async function sidebarStatus(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const host = document.querySelector('threadlens-sidebar') as HTMLElement | null;
    return host ? { ...host.dataset } as Record<string, string> : {};
  });
}

/** The few extension APIs the helpers below call inside the browser. */
interface InPage {
  chrome: {
    developerPrivate: {
      updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
      addHostPermission(id: string, host: string): Promise<void>;
    };
    permissions: { request(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
  };
}

/**
 * Allows a site on chrome://extensions ("Site access: on specific sites"),
 * through the API that page itself uses. A later permissions.request for it is
 * then granted without the prompt, which headless Chromium can neither show nor
 * answer. Nothing else about the flow is simulated.
 */
export async function preapproveSite(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    async ({ id, pattern }) => {
      const dp = (globalThis as unknown as InPage).chrome.developerPrivate;
      await dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_SPECIFIC_SITES' });
      await dp.addHostPermission(id, pattern);
      await dp.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_ALL_SITES' });
    },
    { id: extensionId, pattern: `${origin}/*` },
  );
  await page.close();
}

/** Enables the extension on an origin: pre-approval, then the extension's own permission request (a user gesture). */
export async function enableInstance(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  await preapproveSite(context, extensionId, origin);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const granted = await page.evaluate(
    (pattern) => (globalThis as unknown as InPage).chrome.permissions.request({ origins: [pattern] }),
    `${origin}/*`,
  );
  await page.close();
  if (!granted) throw new Error(`Chromium did not grant ${origin}`);
  await waitForRegistration(context, origin);
}

/** The background registers the content script for a granted origin asynchronously: wait for it. */
export async function waitForRegistration(context: BrowserContext, origin: string, registered = true): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const matches = await worker.evaluate(async () =>
      (await (globalThis as unknown as InPage).chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
    );
    if (matches.includes(`${origin}/*`) === registered) return;
    if (Date.now() > deadline) throw new Error(`content script ${registered ? 'not registered' : 'still registered'} for ${origin}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
