import { browser } from '#imports';
import { render } from 'preact';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { t } from '../../utils/i18n';
import { createInstancesModel } from '../../utils/instances/instances-model';
import { createSettingsModel } from '../../utils/settings/settings-model';
// The README's own screenshot of the sidebar, bundled as it is (AMO's sources zip keeps it: wxt.config.ts).
import screenshot from '../../docs/sidebar-light.png';
import '../../components/common/page.css';
import '../../components/welcome/welcome.css';

document.title = t('welcome.pageTitle');
document.documentElement.lang = t('locale');
const settings = createSettingsModel();
const instances = createInstancesModel();

function App() {
  return (
    <WelcomePage
      screenshot={screenshot}
      keys={settings.settings.value.keys}
      granted={instances.granted.value}
      listed={settings.settings.value.instances}
      onEnable={instances.enable}
      onOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
render(<App />, document.getElementById('app')!);
