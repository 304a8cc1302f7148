import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, parseSettings } from '../../../utils/settings/schema';

/**
 * Items run their migrations when defined, as in an extension that was just
 * updated: so each test seeds storage, then loads the module afresh.
 */
async function loadItems() {
  vi.resetModules();
  return import('../../../utils/settings/items');
}

async function read() {
  const items = await loadItems();
  const raw = items.joinStored(await items.settingsItem.getValue(), await items.layoutItem.getValue(), await items.instancesItem.getValue());
  return { items, ...parseSettings(raw) };
}

// What 0.1.0 (storage v1) wrote: one synced object, sidebar included, no version meta.
const V1 = {
  sidebar: { side: 'left', width: 400, layout: 'overlay' },
  theme: 'dark',
  keys: { ...DEFAULT_SETTINGS.keys, next: 'e' },
  collapse: { rememberPerPost: false },
  quotes: { color: '#ff000080', minWords: 5 },
};

describe('settings in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults before anything is saved, with no errors', async () => {
    const { settings, errors } = await read();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(errors).toEqual([]);
  });

  it('keeps each part in the storage area chosen for it', async () => {
    const { items } = await read();
    const parts = items.splitSettings({ ...DEFAULT_SETTINGS, theme: 'dark', sidebar: { ...DEFAULT_SETTINGS.sidebar, width: 300 }, instances: ['https://a.example'] });
    await items.settingsItem.setValue(parts.prefs);
    await items.layoutItem.setValue(parts.layout);
    await items.instancesItem.setValue(parts.instances);
    await items.sidebarHidden.setValue(true);
    const sync = await fakeBrowser.storage.sync.get();
    const local = await fakeBrowser.storage.local.get();
    expect(Object.keys(sync).sort()).toEqual(['instances', 'settings', 'settings$']);
    expect(sync.settings).not.toHaveProperty('sidebar');
    expect(local).toMatchObject({ sidebar: { width: 300 }, sidebarHidden: true });
  });

  it('falls back field by field on corrupt stored values, and never throws', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light', collapse: { bots: 'sure', keepDays: 3 } }, instances: ['https://ok.example', 'nope'] });
    await fakeBrowser.storage.local.set({ sidebar: 'wide', sidebarHidden: 'yes' });
    const { items, settings, errors } = await read();
    expect(settings.theme).toBe('light');
    expect(settings.collapse).toEqual({ ...DEFAULT_SETTINGS.collapse, keepDays: 3 });
    expect(settings.sidebar).toEqual(DEFAULT_SETTINGS.sidebar);
    expect(settings.instances).toEqual(['https://ok.example']);
    expect(errors.map((e) => e.split(':')[0])).toEqual(['sidebar', 'collapse.bots', 'instances[1]']);
    expect(items.asBoolean(await items.sidebarHidden.getValue(), false)).toBe(false);
  });

  it('keeps the whole-thread setting with the synced preferences, and reads stored garbage there as its defaults', async () => {
    const { items } = await read();
    await items.settingsItem.setValue(items.splitSettings({ ...DEFAULT_SETTINGS, wholeThread: { auto: true, upTo: 800 } }).prefs);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ wholeThread: { auto: true, upTo: 800 } });
    expect((await read()).settings.wholeThread).toEqual({ auto: true, upTo: 800 });
    await fakeBrowser.storage.sync.set({ settings: { wholeThread: { auto: 1, upTo: 10 } } });
    const { settings, errors } = await read();
    expect(settings.wholeThread).toEqual(DEFAULT_SETTINGS.wholeThread);
    expect(errors.map((e) => e.split(':')[0])).toEqual(['wholeThread.auto', 'wholeThread.upTo']);
  });

  it('migrates v1 settings: the sidebar moves to local storage, the rest stays synced', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1 });
    const { settings, errors } = await read();
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      sidebar: V1.sidebar,
      theme: 'dark',
      keys: V1.keys,
      collapse: { ...DEFAULT_SETTINGS.collapse, rememberPerPost: false },
      quotes: { ...DEFAULT_SETTINGS.quotes, color: '#ff000080', minWords: 5 },
    });
    const sync = await fakeBrowser.storage.sync.get();
    expect(sync['settings$']).toEqual({ v: 2 });
    expect(sync.settings).not.toHaveProperty('sidebar');
    expect((await fakeBrowser.storage.local.get('sidebar')).sidebar).toEqual(V1.sidebar);
  });

  it('does not overwrite a layout this device already has when migrating', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1 });
    await fakeBrowser.storage.local.set({ sidebar: { side: 'right', width: 500, layout: 'push' } });
    const { settings } = await read();
    expect(settings.sidebar.width).toBe(500);
    expect(settings.theme).toBe('dark');
  });

  it('migrates garbage without throwing, and reads defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'not settings' });
    const { settings } = await read();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('reads what a newer version synced field by field instead of failing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', future: { x: 1 } }, 'settings$': { v: 9 } });
    const { settings, errors } = await read();
    expect(settings.theme).toBe('dark');
    expect(errors).toEqual([]);
    expect(error).toHaveBeenCalled(); // @wxt-dev/storage reports the downgrade; the reader still gets settings.
  });
});
