import { obj, type Obj } from './validate';

/**
 * Storage versions of `sync:settings`:
 * - v1 (0.1.0): one synced object holding every setting, the sidebar's side,
 *   width and layout included.
 * - v2: the sidebar's layout moves to local storage (it fits one screen, not
 *   every device), and new fields appear; those need no migration because a
 *   missing field reads as its default.
 *
 * Migrations only reshape; validation happens on every read (parseSettings),
 * so a migration never needs to throw on garbage.
 */
export function settingsV1toV2(v1: unknown): { prefs: Obj; layout: unknown } {
  const { sidebar, ...prefs } = obj(v1);
  return { prefs, layout: sidebar };
}
