import { browser } from '#imports';
import { instancesItem } from '../settings/items';
import { InstanceListFull, instancesFit, instancesThatFit } from '../settings/quota';
import { parseStoredInstances } from '../settings/schema';
import { isDefaultInstance, originFromPattern, patternFor } from './origins';

/**
 * Enabling an instance = an optional host permission for its origin. The
 * background registers the content script wherever such a permission is
 * granted (webext-dynamic-content-scripts), so the grant is the single source
 * of truth for where Threadlens runs; the synced list only remembers the
 * reader's choice for their other browsers.
 */

const unique = <T>(list: T[]) => [...new Set(list)];

/** Instance origins this browser has granted (the manifest's own path patterns never parse as origins). */
export async function grantedOrigins(): Promise<string[]> {
  return originsOf((await browser.permissions.getAll()).origins);
}

/**
 * Asks the browser for access to these instances. Call it first thing in a
 * click handler: the request needs the user's gesture, which an earlier
 * `await` would lose. Resolves false when the user declines.
 */
export function requestInstances(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: origins.map(patternFor) });
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Read-modify-write of the list, one at a time: permission events can arrive
 * together. The list is read as readers read it (a stored list over the quota
 * counts only its first origins that fit); `change` throws to write nothing.
 */
function updateList(change: (list: string[]) => string[]): Promise<void> {
  const run = pending.then(async () => {
    const list = parseStoredInstances(await instancesItem.getValue(), []);
    const next = change(list);
    if (JSON.stringify(next) !== JSON.stringify(list)) await instancesItem.setValue(next);
  });
  pending = run.catch(() => {});
  return run;
}

/** Adds the origins, all or none: rejects with InstanceListFull, writing nothing, when they would not fit one sync item. */
export function rememberInstances(origins: string[]): Promise<void> {
  return updateList((list) => {
    const next = unique([...list, ...origins]);
    if (!instancesFit(next)) throw new InstanceListFull();
    return next;
  });
}

/** Adds the origins that fit, in order; resolves to those left out. */
export async function rememberWhatFits(origins: string[]): Promise<string[]> {
  let left: string[] = [];
  await updateList((list) => {
    const all = unique([...list, ...origins]);
    const fit = instancesThatFit(all);
    left = all.slice(fit);
    return all.slice(0, fit);
  });
  return left;
}

export function forgetInstances(origins: string[]): Promise<void> {
  return updateList((list) => list.filter((o) => !origins.includes(o)));
}

/** Revokes every granted pattern for these origins (any port a grant named); the list is left alone. */
export async function revokeOrigins(origins: string[]): Promise<void> {
  const { origins: granted = [] } = await browser.permissions.getAll();
  const patterns = granted.filter((p) => origins.includes(originFromPattern(p) ?? ''));
  if (patterns.length) await browser.permissions.remove({ origins: patterns });
}

/** Revokes the instance's grants and drops it from the list. */
export async function removeInstance(origin: string): Promise<void> {
  await revokeOrigins([origin]);
  await forgetInstances([origin]);
}

/** Granted patterns as instance origins (for permission events). */
export function originsOf(patterns: string[] | undefined): string[] {
  // The built-in instances come with the manifest's own content script: they are not the reader's to enable.
  return unique((patterns ?? []).map(originFromPattern).filter((o): o is string => o !== null && !isDefaultInstance(o)));
}
