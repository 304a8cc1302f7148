import { signal, type ReadonlySignal } from '@preact/signals';
import { logOnce } from '../log';
import { settingsItem } from './items';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

export interface SettingsModel {
  settings: ReadonlySignal<Settings>;
  /** Problems found in what storage held (shown on the options page). */
  errors: ReadonlySignal<string[]>;
  save(next: Settings): Promise<void>;
  reset(): Promise<void>;
  dispose(): void;
}

/** Settings as a live signal: loaded once, then kept current by storage change events (all tabs). */
export function createSettingsModel(): SettingsModel {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const errors = signal<string[]>([]);
  const apply = (raw: unknown) => {
    const parsed = parseSettings(raw);
    settings.value = parsed.settings;
    errors.value = parsed.errors;
  };
  settingsItem.getValue().then(apply, (error: unknown) => logOnce('reading settings', error));
  const unwatch = settingsItem.watch(apply);
  return {
    settings,
    errors,
    save: (next) => settingsItem.setValue(next),
    reset: () => settingsItem.setValue(DEFAULT_SETTINGS),
    dispose: unwatch,
  };
}
