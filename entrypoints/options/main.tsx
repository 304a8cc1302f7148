import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t } from '../../utils/i18n';
import { createInstancesModel } from '../../utils/instances/instances-model';
import { createSettingsModel } from '../../utils/settings/settings-model';
import '../../components/common/page.css';
import '../../components/options/options.css';
import '../../components/people/people.css';

document.title = t('options.pageTitle');
document.documentElement.lang = t('locale');
render(<OptionsApp settings={createSettingsModel()} instances={createInstancesModel()} />, document.getElementById('app')!);
