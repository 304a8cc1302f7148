import { browser } from '#imports';
import { logOnce } from '../log';
import { forgetInstances, grantedOrigins, originsOf, rememberInstances } from './permissions';

/**
 * Keeps the synced list of enabled instances in step with this browser's
 * grants, however they were made (popup, options page, the toolbar icon's
 * menu, the browser's own extension settings).
 */
export function mirrorGrantsToList(): void {
  const fail = (error: unknown) => logOnce('updating the list of instances', error);
  browser.permissions.onAdded.addListener(({ origins }) => void rememberInstances(originsOf(origins)).catch(fail));
  browser.permissions.onRemoved.addListener(({ origins }) => void forgetInstances(originsOf(origins)).catch(fail));
  // Grants made while no listener ran (an update, a restart) join the list too.
  void grantedOrigins().then(rememberInstances).catch(fail);
}
