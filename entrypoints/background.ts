import { browser, defineBackground } from '#imports';
// Registers the content script on every instance the reader enabled (a granted
// host permission) and unregisters it when the grant goes; no call needed.
import 'webext-dynamic-content-scripts';
import addPermissionToggle from 'webext-permission-toggle';
import { mirrorGrantsToList } from '../utils/instances/background';
import { greetOnInstall } from '../utils/features/whats-new/installed';
import { t } from '../utils/i18n';
import { badgeText, isCountsNotice, isUiWordsRequest } from '../utils/messages';
import { uiWordsFor } from '../utils/lemmy/ui-words-table';
import { forgetWhatIsOff } from '../utils/settings/retention';

export default defineBackground(() => {
  // The welcome page on install (once); a note for the sidebar after an update worth one.
  greetOnInstall();
  // "Enable Threadlens on this site" in the toolbar icon's context menu: one action for any instance.
  addPermissionToggle({ title: t('background.enableHere') });
  mirrorGrantsToList();
  // Turned off anywhere, forgotten here: recorded visits, remembered collapsed subthreads.
  forgetWhatIsOff();

  // The content script reports how many comments it read; show it on the toolbar icon of that tab.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isCountsNotice(message) || tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: badgeText(message.comments) }).catch(() => {});
  });
  // lemmy-ui's words in a page's language: the content script carries English alone (utils/lemmy/ui-words).
  browser.runtime.onMessage.addListener((message: unknown) => (isUiWordsRequest(message) ? Promise.resolve(uiWordsFor(message.lang)) : undefined));
});
