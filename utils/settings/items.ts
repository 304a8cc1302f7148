import { storage } from '#imports';
import { parseSettings, type Settings } from './schema';
import { settingsV1toV2 } from './migrations';
import { INSTANCES_KEY } from './quota';
import { obj } from './validate';

/**
 * Storage items, defined once, sync or local chosen per item. Values are stored
 * raw and validated on every read (parseSettings): storage can hold anything
 * another version, another device or a user wrote there.
 */

/** Sidebar side, width and layout. Local: what fits depends on this device's screen. */
export const layoutItem = storage.defineItem<unknown>('local:sidebar', { fallback: {}, version: 1 });

/**
 * Theme, keys, collapse rules, quotes, votes. Sync: they are the reader's
 * preferences on every browser they sign in to; well under sync's 8 KB per item.
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: {},
  version: 2,
  migrations: {
    2: async (v1: unknown) => {
      const { prefs, layout } = settingsV1toV2(v1);
      // Several contexts may migrate at once; they write the same thing, and a layout already here wins.
      if (layout !== undefined && (await storage.getItem('local:sidebar')) === null) await layoutItem.setValue(layout);
      return prefs;
    },
  },
});

/**
 * Instances the reader enabled (origins). Sync, so the list follows them; the
 * host permission itself is per browser, and the options page offers to
 * allow listed instances that this browser has not been granted.
 */
export const instancesItem = storage.defineItem<unknown>(`sync:${INSTANCES_KEY}`, { fallback: [], version: 1 });

/**
 * The sidebar was hidden by the reader. Local: a choice for this screen, made
 * often; a key of its own so a toggle never rewrites (or races) the layout.
 */
export const sidebarHidden = storage.defineItem<boolean>('local:sidebarHidden', {
  fallback: false,
  version: 1,
});

export function asBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** The raw stored parts, put together in the shape parseSettings reads. */
export function joinStored(prefs: unknown, layout: unknown, instances: unknown): unknown {
  return { ...obj(prefs), sidebar: layout, instances };
}

/**
 * The synced preferences as stored now, validated: for features that start
 * with a page, before the live settings model has read storage (it holds the
 * defaults until then). Layout and instances are left at their defaults.
 */
export async function readStoredPrefs(): Promise<Settings> {
  return parseSettings(joinStored(await settingsItem.getValue(), {}, [])).settings;
}

/** Settings split into what each item stores. */
export function splitSettings(s: Settings): { prefs: unknown; layout: unknown; instances: unknown } {
  const { sidebar, instances, ...prefs } = s;
  return { prefs, layout: sidebar, instances };
}

/** The synced parts as sync storage holds them (key → value), for checking them against its quota. */
export function syncItemsOf(s: Settings): Record<string, unknown> {
  const { prefs, instances } = splitSettings(s);
  return { [settingsItem.key.replace('sync:', '')]: prefs, [instancesItem.key.replace('sync:', '')]: instances };
}
