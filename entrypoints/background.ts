import { browser, defineBackground } from '#imports';
import { badgeText, isCountsNotice } from '../utils/messages';

export default defineBackground(() => {
  // The content script reports how many comments it read; show it on the toolbar icon of that tab.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isCountsNotice(message) || tabId === undefined) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: badgeText(message.comments) }).catch(() => {});
  });
});
