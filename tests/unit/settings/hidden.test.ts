import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { followHiddenSidebar } from '../../../utils/settings/hidden';

const stored = async () => (await fakeBrowser.storage.local.get('sidebarHidden')).sidebarHidden;

describe('the one follower of "sidebar hidden" (content script and popup)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the stored choice, follows changes made elsewhere, and stores what is set here', async () => {
    await fakeBrowser.storage.local.set({ sidebarHidden: true });
    const a = followHiddenSidebar();
    const b = followHiddenSidebar(); // another tab, or the popup
    await vi.waitFor(() => expect(a.hidden.value).toBe(true));
    a.hidden.value = false;
    await vi.waitFor(async () => expect(await stored()).toBe(false));
    await vi.waitFor(() => expect(b.hidden.value).toBe(false));
    a.stop();
    b.stop();
  });

  it('does not overwrite the stored choice with the default before it was read', async () => {
    await fakeBrowser.storage.local.set({ sidebarHidden: true });
    const setValue = vi.spyOn(fakeBrowser.storage.local, 'set');
    const f = followHiddenSidebar();
    await vi.waitFor(() => expect(f.hidden.value).toBe(true));
    expect(setValue).not.toHaveBeenCalled();
    expect(await stored()).toBe(true);
    f.stop();
  });
});
