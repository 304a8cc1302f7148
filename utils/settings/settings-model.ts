import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { logOnce } from '../log';
import { instancesItem, joinStored, layoutItem, settingsItem, splitSettings } from './items';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';
import { unstorable, writeAll } from './write';

export interface SettingsModel {
  settings: ReadonlySignal<Settings>;
  /** Problems found in what storage held (shown on the options page). */
  errors: ReadonlySignal<string[]>;
  /** True once every item was read (before that, settings are the defaults). */
  ready: ReadonlySignal<boolean>;
  /** The settings once every item was read: what features that start with a page wait for. */
  loaded: Promise<Settings>;
  /** Stores the settings, all or nothing; rejects, saying why, when they may not be stored or storage fails. */
  save(next: Settings): Promise<void>;
  reset(): Promise<void>;
  dispose(): void;
}

type RawItem = typeof settingsItem;

/** One item's raw value as a signal: read once, then kept current by storage change events. */
function follow(item: RawItem, onError: (error: unknown) => void): { raw: ReadonlySignal<unknown>; loaded: Promise<void>; stop: () => void } {
  const raw = signal<unknown>(undefined);
  const loaded = item.getValue().then((v) => void (raw.value = v), onError);
  const stop = item.watch((v) => (raw.value = v));
  return { raw, loaded, stop };
}

/**
 * Settings as a live signal, put together from their sync and local items and
 * validated field by field. Changes made anywhere (options page, popup, another
 * tab or device) reach every open page through storage change events.
 */
export function createSettingsModel(): SettingsModel {
  const onError = (error: unknown) => logOnce('reading settings', error);
  const parts = [settingsItem, layoutItem, instancesItem].map((item) => follow(item, onError));
  const [prefs, layout, instances] = parts.map((p) => p.raw) as [ReadonlySignal<unknown>, ReadonlySignal<unknown>, ReadonlySignal<unknown>];
  const ready = signal(false);
  const parsed = computed(() => parseSettings(joinStored(prefs.value, layout.value, instances.value)));
  // A failed read was logged and leaves that part at its defaults: settings are loaded all the same.
  const loaded = Promise.all(parts.map((p) => p.loaded)).then(() => {
    ready.value = true;
    return parsed.peek().settings;
  });

  const raws = { prefs, layout, instances };
  const items = { prefs: settingsItem, layout: layoutItem, instances: instancesItem };
  const save = async (next: Settings) => {
    const refused = unstorable(next);
    if (refused) throw new Error(`Not saved: ${refused}.`);
    const now = splitSettings(parsed.value.settings);
    const want = splitSettings(next);
    // Write only what changed: each write wakes every open tab's listeners.
    const changed = (['prefs', 'layout', 'instances'] as const).filter((key) => JSON.stringify(now[key]) !== JSON.stringify(want[key]));
    await writeAll(changed.map((key) => ({ item: items[key], before: raws[key].value, after: want[key] })));
  };

  return {
    settings: computed(() => parsed.value.settings),
    errors: computed(() => parsed.value.errors),
    ready,
    loaded,
    save,
    reset: () => save(DEFAULT_SETTINGS),
    dispose: () => parts.forEach((p) => p.stop()),
  };
}
