import { browser } from '#imports';
import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { siteOf, type Site } from '../../components/popup/PopupPage';
import { t } from '../../utils/i18n';
import { createInstancesModel } from '../../utils/instances/instances-model';
import { originOfUrl } from '../../utils/instances/origins';
import { tabShowsLemmyUi } from '../../utils/lemmy/probe';
import { logOnce } from '../../utils/log';
import { isPageStatus, type PageStatus } from '../../utils/messages';
import { followHiddenSidebar } from '../../utils/settings/hidden';
import { createSettingsModel } from '../../utils/settings/settings-model';
import '../../components/common/page.css';
import '../../components/popup/popup.css';

document.documentElement.lang = t('locale');
const status = signal<PageStatus | null | undefined>(undefined);
const origin = signal<string | null>(null);
const lemmyUi = signal<boolean | null>(null);
const { hidden } = followHiddenSidebar();
const settings = createSettingsModel();
const instances = createInstancesModel();
let tabId: number | undefined;

async function askStatus(): Promise<PageStatus | null> {
  if (tabId === undefined) return null;
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'threadlens:status' });
    return isPageStatus(reply) ? reply : null;
  } catch {
    return null; // No Threadlens content script in this tab.
  }
}

// Opening the popup grants activeTab, which is what lets it see the tab's address.
void browser.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
  tabId = tab?.id;
  origin.value = originOfUrl(tab?.url);
  status.value = await askStatus();
  // No Threadlens there: is it a Lemmy instance to offer enabling, or any other page? Asked of the page itself.
  if (!status.value) lemmyUi.value = tabId !== undefined && origin.value ? await tabShowsLemmyUi(tabId) : false;
});

const site = computed<Site | null>(() => (origin.value ? siteOf(origin.value, instances.granted.value, settings.settings.value.instances) : null));

/** After a grant, the background injects the content script into this tab: ask again until it answers. */
async function enable(o: string): Promise<void> {
  if (!(await instances.enable([o]))) return;
  for (let i = 0; i < 10 && !status.value?.lemmy; i++) {
    await new Promise((r) => setTimeout(r, 300));
    status.value = await askStatus();
  }
}

const fail = (what: string) => (error: unknown) => logOnce(what, error);
const models = {
  status,
  site,
  lemmyUi,
  sitesKnown: instances.loaded,
  settings,
  hidden,
  enable: (o: string) => void enable(o).catch(fail('enabling this site')),
  openOptions: () => void browser.runtime.openOptionsPage(),
  fail,
};
render(<PopupApp models={models} />, document.getElementById('app')!);
