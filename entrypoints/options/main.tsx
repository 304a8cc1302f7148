import { effect } from '@preact/signals';
import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { createInstancesModel } from '../../utils/instances/instances-model';
import { logOnce } from '../../utils/log';
import { createSettingsModel } from '../../utils/settings/settings-model';
import '../../components/common/page.css';

const root = document.getElementById('app')!;
const model = createSettingsModel();
const instances = createInstancesModel();
effect(() => {
  render(
    <OptionsPage
      settings={model.settings.value}
      errors={model.errors.value}
      ready={model.ready.value}
      onChange={(next) => {
        const saved = model.save(next);
        // Logged here for every change; an import also shows the reason to the reader.
        saved.catch((error: unknown) => logOnce('saving settings', error));
        return saved;
      }}
      instances={{ granted: instances.granted.value, onEnable: instances.enable, onRemove: instances.remove }}
    />,
    root,
  );
});
