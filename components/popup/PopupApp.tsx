import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PageStatus } from '../../utils/messages';
import type { SettingsModel } from '../../utils/settings/settings-model';
import { PopupPage, type Site } from './PopupPage';

export interface PopupModels {
  status: ReadonlySignal<PageStatus | null | undefined>;
  site: ReadonlySignal<Site | null>;
  settings: SettingsModel;
  hidden: Signal<boolean>;
  enable(origin: string): void;
  openOptions(): void;
  fail(what: string): (error: unknown) => void;
}

/** The popup on its models: rendered once, it follows their signals. */
export function PopupApp({ models }: { models: PopupModels }) {
  const { status, site, settings, hidden } = models;
  return (
    <PopupPage
      status={status.value}
      site={site.value}
      settings={settings.ready.value ? settings.settings.value : null}
      hidden={hidden.value}
      onHidden={(h) => (hidden.value = h)}
      onChange={(next) => void settings.save(next).catch(models.fail('saving settings'))}
      onEnable={models.enable}
      onOptions={models.openOptions}
    />
  );
}
