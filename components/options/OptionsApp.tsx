import type { InstancesModel } from '../../utils/instances/instances-model';
import { logOnce } from '../../utils/log';
import type { SettingsModel } from '../../utils/settings/settings-model';
import { OptionsPage } from './OptionsPage';

/** The options page on its models: rendered once, it follows their signals. */
export function OptionsApp({ settings, instances }: { settings: SettingsModel; instances: InstancesModel }) {
  return (
    <OptionsPage
      settings={settings.settings.value}
      errors={settings.errors.value}
      ready={settings.ready.value}
      onChange={(next) => {
        const saved = settings.save(next);
        // Logged here for every change; an import also shows the reason to the reader.
        saved.catch((error: unknown) => logOnce('saving settings', error));
        return saved;
      }}
      instances={{ granted: instances.granted.value, onEnable: instances.enable, onRemove: instances.remove }}
    />
  );
}
