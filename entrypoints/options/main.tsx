import { effect } from '@preact/signals';
import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { createSettingsModel } from '../../utils/settings/model';
import '../../components/common/page.css';

const root = document.getElementById('app')!;
const model = createSettingsModel();
effect(() => {
  render(
    <OptionsPage settings={model.settings.value} errors={model.errors.value} onChange={(next) => void model.save(next)} />,
    root,
  );
});
