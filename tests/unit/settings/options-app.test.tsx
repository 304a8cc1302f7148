import { signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { InstancesModel } from '../../../utils/instances/instances-model';
import { createSettingsModel } from '../../../utils/settings/settings-model';

/** Both pages are rendered once, on their models, and follow them: a change stored elsewhere shows. */
const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const instances: InstancesModel = { granted: signal([]), enable: async () => true, remove: async () => true } as unknown as InstancesModel;

describe('options and popup on their models', () => {
  it('the options page shows a setting changed in storage without being rendered again', async () => {
    fakeBrowser.reset();
    const settings = createSettingsModel();
    render(<OptionsApp settings={settings} instances={instances} />, root);
    const side = () => root.querySelector<HTMLSelectElement>('select')?.value;
    await vi.waitFor(() => expect(side()).toBe('right'));
    await fakeBrowser.storage.local.set({ sidebar: { side: 'left' } });
    await vi.waitFor(() => expect(side()).toBe('left'));
    settings.dispose();
  });

  it('the popup draws nothing until the tab, the settings and the grants are known, then follows them', async () => {
    fakeBrowser.reset();
    const settings = createSettingsModel();
    const status = signal<undefined | null>(undefined);
    const sitesKnown = signal(false);
    const hidden = signal(false);
    render(<PopupApp models={{ status, site: signal(null), lemmyUi: signal(null), sitesKnown, settings, hidden, enable: () => {}, openOptions: () => {}, fail: () => () => {} }} />, root);
    await settings.loaded;
    status.value = null;
    // No "checking…" line that then changes: nothing at all while one of them is unknown.
    expect(root.innerHTML).toBe('');
    sitesKnown.value = true;
    await vi.waitFor(() => expect(root.textContent).toContain('Open a post on a Lemmy instance'));
    settings.dispose();
  });
});
