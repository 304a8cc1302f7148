import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetWhatIsOff } from '../../../utils/settings/retention';
import { createSettingsModel, type SettingsModel } from '../../../utils/settings/settings-model';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { fullList, longer } from './instance-lists';

let model: SettingsModel;
beforeEach(() => fakeBrowser.reset());
afterEach(() => model?.dispose());

describe('the live settings model', () => {
  it('loads, then follows changes written anywhere else', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    model = createSettingsModel();
    await vi.waitFor(() => expect(model.ready.value).toBe(true));
    expect(model.settings.value.theme).toBe('dark');
    // Another page (the options page, another tab) writes: this model sees it without a reload.
    await fakeBrowser.storage.local.set({ sidebar: { side: 'left', width: 300, layout: 'push' } });
    await vi.waitFor(() => expect(model.settings.value.sidebar.side).toBe('left'));
    expect(model.settings.value.theme).toBe('dark');
  });

  it('saves each part to its own item, and only the parts that changed', async () => {
    model = createSettingsModel();
    await vi.waitFor(() => expect(model.ready.value).toBe(true));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await model.save({ ...DEFAULT_SETTINGS, sidebar: { ...DEFAULT_SETTINGS.sidebar, width: 500 } });
    expect(set).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('sidebar')).sidebar).toEqual({ ...DEFAULT_SETTINGS.sidebar, width: 500 });
    await model.save({ ...model.settings.value, votes: { histogram: false, controversial: true } });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ votes: { histogram: false } });
  });

  it('reports what was invalid in storage', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'neon' } });
    model = createSettingsModel();
    await vi.waitFor(() => expect(model.errors.value).toHaveLength(1));
    expect(model.settings.value.theme).toBe('auto');
  });

  it('forgets the recorded visits when "mark new comments" is turned off, wherever it is turned off, and keeps them otherwise', async () => {
    const visits = [{ post: 'lemmy.test/post/1', maxId: 9, at: 1 }];
    await fakeBrowser.storage.local.set({ visits });
    const stop = forgetWhatIsOff(); // what the background runs
    model = createSettingsModel();
    await model.loaded;
    await model.save({ ...model.settings.value, theme: 'dark' });
    await new Promise((r) => setTimeout(r, 0));
    expect((await fakeBrowser.storage.local.get('visits')).visits).toEqual(visits);
    await model.save({ ...model.settings.value, newComments: { mark: false } });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get('visits')).visits).toEqual([]));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ newComments: { mark: false } });
    stop();
  });

  it('refuses to store two commands on one key, or more instances than fit, and writes nothing', async () => {
    model = createSettingsModel();
    await vi.waitFor(() => expect(model.ready.value).toBe(true));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(model.save({ ...DEFAULT_SETTINGS, keys: { ...DEFAULT_SETTINGS.keys, next: 'k' } })).rejects.toThrow('Not saved: a key is invalid or on two commands.');
    const { full, next } = fullList(longer);
    await expect(model.save({ ...DEFAULT_SETTINGS, instances: [...full, next] })).rejects.toThrow('Not saved: the instance list does not fit: sync storage holds 8 KB.');
    expect(set).not.toHaveBeenCalled();
  });

  it('puts back what it wrote when a later write fails, and says so', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' }, instances: ['https://old.example'] });
    model = createSettingsModel();
    await vi.waitFor(() => expect(model.ready.value).toBe(true));
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if ('instances' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const next = { ...model.settings.value, theme: 'light' as const, instances: ['https://new.example'] };
    await expect(model.save(next)).rejects.toThrow('storage refused it (QUOTA_BYTES quota exceeded); what was there before is back');
    expect(await fakeBrowser.storage.sync.get(['settings', 'instances'])).toEqual({ settings: { theme: 'dark' }, instances: ['https://old.example'] });
  });
});
