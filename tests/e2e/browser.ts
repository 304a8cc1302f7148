import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

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

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded (never a downloaded browser). */
export async function launchWithExtension(options: { headless?: boolean; extension?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run "apt-get install chromium" (or set CHROMIUM_PATH).`);
  const withExtension = options.extension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'threadlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...QUIET_FLAGS,
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
    ],
  });
  const extensionId = withExtension ? await findExtensionId(context) : '';
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/** The sidebar's shadow host, once Threadlens has read the page. */
export async function waitForSidebar(page: Page): Promise<void> {
  await page.waitForSelector('threadlens-sidebar[data-state="ready"]', { state: 'attached', timeout: 15_000 });
}

/** What the content script reported on its host element. */
export async function sidebarStatus(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const host = document.querySelector('threadlens-sidebar') as HTMLElement | null;
    return host ? { ...host.dataset } as Record<string, string> : {};
  });
}
