import { browser } from '#imports';
import { t } from '../i18n';
import { logOnce } from '../log';
import { INSTANCE_LIST_FULL, InstanceListFull } from '../settings/quota';
import { displayOrigin, originOfUrl } from './origins';
import { forgetInstances, grantedOrigins, originsOf, rememberInstances, rememberWhatFits, revokeOrigins } from './permissions';

/**
 * Keeps the synced list of enabled instances in step with this browser's
 * grants, however they were made (popup, options page, the toolbar icon's
 * menu, the browser's own extension settings).
 */
export function mirrorGrantsToList(): void {
  const fail = (error: unknown) => logOnce('updating the list of instances', error);
  browser.permissions.onAdded.addListener(({ origins }) => void listNewGrants(originsOf(origins)).catch(fail));
  browser.permissions.onRemoved.addListener(({ origins }) => void forgetInstances(originsOf(origins)).catch(fail));
  // Grants made while no listener ran (an update, a restart) join the list too.
  void grantedOrigins().then(listEarlierGrants).catch(fail);
}

/**
 * A new grant joins the list or is refused: one the list has no room for is
 * revoked, and the tab it was asked from is told why. The toolbar menu
 * (webext-permission-toggle) asks the browser without asking us first, so
 * this is where its grants are refused; the popup and options page check first.
 */
async function listNewGrants(origins: string[]): Promise<void> {
  try {
    await rememberInstances(origins);
  } catch (error) {
    if (!(error instanceof InstanceListFull)) throw error;
    // Before revoking: the grant is what lets us read these tabs' addresses.
    const tabs = await activeTabsOn(origins);
    await revokeOrigins(origins);
    const text = t('background.notEnabled', origins.map(displayOrigin).join(', '), error.message);
    logOnce(text);
    await Promise.allSettled(tabs.map((tabId) => alertInTab(tabId, text)));
  }
}

/**
 * Grants from before this version (whose limit was a count) or made while the
 * list filled up elsewhere: listed as far as they fit. The rest keep working
 * in this browser, only unsynced: revoking access the reader has been using,
 * unasked, would be worse. Said in the log.
 */
async function listEarlierGrants(origins: string[]): Promise<void> {
  const left = await rememberWhatFits(origins);
  if (left.length) logOnce(`Enabled here but not in the synced list: ${left.map(displayOrigin).join(', ')}. ${INSTANCE_LIST_FULL}`);
}

async function activeTabsOn(origins: string[]): Promise<number[]> {
  const tabs = await browser.tabs.query({ active: true });
  return tabs.filter((t) => origins.includes(originOfUrl(t.url) ?? '')).flatMap((t) => (t.id === undefined ? [] : [t.id]));
}

/**
 * An alert in the tab, as webext-permission-toggle reports its own errors. The
 * toolbar menu's click gives activeTab, so this works after the revocation;
 * elsewhere it may fail, and the log has said it. Firefox (MV2, no
 * `scripting` permission) injects code instead.
 */
async function alertInTab(tabId: number, text: string): Promise<void> {
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId }, func: (t: string) => alert(t), args: [text] });
  else await browser.tabs.executeScript(tabId, { code: `alert(${JSON.stringify(text)});` });
}
