import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PageStatus } from '../../utils/messages';
import type { SettingsModel } from '../../utils/settings/settings-model';
import { PopupPage, type Site } from './PopupPage';

export interface PopupModels {
  status: ReadonlySignal<PageStatus | null | undefined>;
  site: ReadonlySignal<Site | null>;
  /** Whether the tab shows a Lemmy instance; null until it answers (asked only where the site is not enabled). */
  lemmyUi: ReadonlySignal<boolean | null>;
  /** The grants were read: until then every site would look not enabled. */
  sitesKnown: ReadonlySignal<boolean>;
  settings: SettingsModel;
  hidden: Signal<boolean>;
  enable(origin: string): void;
  openOptions(): void;
  fail(what: string): (error: unknown) => void;
}

/**
 * The popup on its models: rendered once, it follows their signals. It draws
 * nothing until the tab has answered and the settings are read (a few
 * milliseconds), so the popup opens with what it will show, not a "checking…"
 * line that then jumps. Whether a site not enabled is a Lemmy instance takes
 * longer to learn: the page holds an empty box of the answer's size meanwhile.
 */
export function PopupApp({ models }: { models: PopupModels }) {
  const { status, site, settings, hidden } = models;
  if (status.value === undefined || !settings.ready.value || !models.sitesKnown.value) return null;
  return (
    <PopupPage
      status={status.value}
      site={site.value}
      lemmyUi={models.lemmyUi.value}
      settings={settings.settings.value}
      hidden={hidden.value}
      onHidden={(h) => (hidden.value = h)}
      onChange={(next) => void settings.save(next).catch(models.fail('saving settings'))}
      onEnable={models.enable}
      onOptions={models.openOptions}
    />
  );
}
