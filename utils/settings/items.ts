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
