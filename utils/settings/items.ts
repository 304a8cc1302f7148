import { storage } from '#imports';

/**
 * Storage items, defined once. Values read back are validated: storage can hold
 * anything another version or a user wrote there.
 */

/** The sidebar was hidden by the reader; remembered across pages and tabs. */
export const sidebarHidden = storage.defineItem<boolean>('local:sidebarHidden', {
  fallback: false,
  version: 1,
});

export function asBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * All settings in one sync item (they follow the user across browsers).
 * Stored raw and parsed on every read: see parseSettings.
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: {},
  version: 1,
});
