import { browser } from '#imports';
import { instancesItem } from '../settings/items';
import { LIMITS, parseInstances } from '../settings/schema';
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
 * together. The list stops at its limit (it must fit one sync item); a grant
 * beyond it still works in this browser, it is only not synced.
 */
function updateList(change: (list: string[]) => string[]): Promise<void> {
  const run = pending.then(async () => {
    const list = parseInstances(await instancesItem.getValue(), []);
    const next = change(list).slice(0, LIMITS.instances);
    if (JSON.stringify(next) !== JSON.stringify(list)) await instancesItem.setValue(next);
  });
  pending = run.catch(() => {});
  return run;
}

export function rememberInstances(origins: string[]): Promise<void> {
  return updateList((list) => unique([...list, ...origins]));
}

export function forgetInstances(origins: string[]): Promise<void> {
  return updateList((list) => list.filter((o) => !origins.includes(o)));
}

/** Revokes every granted pattern for the origin (any port a grant named) and drops it from the list. */
export async function removeInstance(origin: string): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const patterns = origins.filter((p) => originFromPattern(p) === origin);
  if (patterns.length) await browser.permissions.remove({ origins: patterns });
  await forgetInstances([origin]);
}

/** Granted patterns as instance origins (for permission events). */
export function originsOf(patterns: string[] | undefined): string[] {
  // The built-in instances come with the manifest's own content script: they are not the reader's to enable.
  return unique((patterns ?? []).map(originFromPattern).filter((o): o is string => o !== null && !isDefaultInstance(o)));
}
