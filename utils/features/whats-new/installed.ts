import { browser } from '#imports';
import { logOnce } from '../../log';
import { notePending } from '../../settings/whats-new-store';
import { notesBetween } from './notes';

/** The extension's page that greets a new reader (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';

interface Installed {
  reason: string;
  previousVersion?: string;
}

/**
 * First impressions of a version. A new install opens the welcome page, once:
 * the browser reports `install` only the first time (an update, a browser
 * update or a reload of an unpacked build report something else). An update
 * with notable changes leaves a note for the sidebar to show once; no tab.
 */
export async function onInstalled(details: Installed): Promise<void> {
  if (details.reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    return;
  }
  const current = browser.runtime.getManifest().version;
  const from = details.previousVersion;
  if (details.reason === 'update' && from && notesBetween(from, current).length) await notePending({ from, to: current });
}

/** Registers the listener; call it at the top of the background, where the browser looks for it on start. */
export function greetOnInstall(): void {
  // The promise is returned only so that a test's fake browser can wait for it; the browser ignores it.
  browser.runtime.onInstalled.addListener((details) => onInstalled(details).catch((error: unknown) => logOnce('greeting after install', error)));
}
