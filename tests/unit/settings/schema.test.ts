import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { settingsItem } from '../../../utils/settings/items';
import { DEFAULT_KEYS } from '../../../utils/settings/keys';
import { DEFAULT_SETTINGS, parseSettings } from '../../../utils/settings/schema';

describe('parseSettings', () => {
  it('gives the defaults for nothing, with no errors', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it('keeps every valid field and replaces each bad one, reporting it', () => {
    const { settings, errors } = parseSettings({
      sidebar: { side: 'left', width: 9000, layout: 'overlay' },
      theme: 'purple',
      keys: { next: 'n', prev: 42 },
      quotes: { color: 'red; background: url(x)', minWords: 4 },
    });
    expect(settings.sidebar).toEqual({ side: 'left', width: DEFAULT_SETTINGS.sidebar.width, layout: 'overlay' });
    expect(settings.theme).toBe('auto');
    expect(settings.quotes).toEqual({ color: DEFAULT_SETTINGS.quotes.color, minWords: 4 });
    expect(settings.keys.prev).toBe(DEFAULT_KEYS.prev);
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      'sidebar.width',
      'theme',
      'keys.prev',
      // "n" was nextThread's key: the later command gets its default back.
      'keys.nextThread',
      'quotes.color',
    ]);
    expect(settings.keys.next).toBe('n');
    expect(settings.keys.nextThread).toBe(DEFAULT_KEYS.nextThread);
  });

  it.each([null, 'text', 42, [1, 2], { sidebar: 'x', keys: [] }])('never throws on %j', (raw) => {
    expect(() => parseSettings(raw)).not.toThrow();
    expect(parseSettings(raw).settings.sidebar).toEqual(DEFAULT_SETTINGS.sidebar);
  });
});

describe('settings in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the fallback before anything is saved, and what was saved after', async () => {
    expect(parseSettings(await settingsItem.getValue()).settings).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(parseSettings(await settingsItem.getValue()).settings.theme).toBe('dark');
  });

  it('falls back field by field on a corrupt stored value', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light', sidebar: { width: 'wide' } } });
    const { settings, errors } = parseSettings(await settingsItem.getValue());
    expect(settings.theme).toBe('light');
    expect(settings.sidebar.width).toBe(DEFAULT_SETTINGS.sidebar.width);
    expect(errors).toHaveLength(1);
  });
});
