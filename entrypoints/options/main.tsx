import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { createInstancesModel } from '../../utils/instances/instances-model';
import { createSettingsModel } from '../../utils/settings/settings-model';
import '../../components/common/page.css';

render(<OptionsApp settings={createSettingsModel()} instances={createInstancesModel()} />, document.getElementById('app')!);
