import { browser } from '#imports';
import { render } from 'preact';
import { PopupPage } from '../../components/popup/PopupPage';
import type { PageStatus } from '../../utils/messages';
import '../../components/common/page.css';

async function currentStatus(): Promise<PageStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return (await browser.tabs.sendMessage(tab.id, { type: 'threadlens:status' })) as PageStatus;
  } catch {
    return null; // No Threadlens content script in this tab.
  }
}

const root = document.getElementById('app')!;
render(<PopupPage status={undefined} />, root);
void currentStatus().then((status) => render(<PopupPage status={status} />, root));
