import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { exportSettings, importSettings } from '../../../utils/settings/transfer';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  theme: 'dark',
  collapse: { ...DEFAULT_SETTINGS.collapse, defaultDepth: 2, bots: true },
  instances: ['https://lemmy.example'],
};

describe('settings export and import', () => {
  it('round-trips every setting', () => {
    expect(importSettings(exportSettings(custom))).toEqual({ settings: custom, errors: [] });
  });

  it('refuses a file that is not JSON', () => {
    expect(importSettings('{ nope')).toEqual({ settings: null, errors: ['The file is not JSON.'] });
  });

  it('validates what it imports, field by field', () => {
    const file = JSON.stringify({ format: 'threadlens-settings', version: 2, settings: { theme: 'dark', quotes: { color: 'url(evil)' }, instances: ['ftp://x'] } });
    const { settings, errors } = importSettings(file);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['quotes.color', 'instances[0]']);
  });

  it('reads a bare settings object, as 0.1.0 exported', () => {
    const { settings } = importSettings(JSON.stringify({ sidebar: { side: 'left', width: 300, layout: 'push' }, theme: 'light' }));
    expect(settings?.sidebar.side).toBe('left');
    expect(settings?.theme).toBe('light');
  });

  it('says when a file comes from another version', () => {
    const { settings, errors } = importSettings(JSON.stringify({ format: 'threadlens-settings', version: 3, settings: { theme: 'dark' } }));
    expect(settings?.theme).toBe('dark');
    expect(errors).toEqual(['file version 3 read as version 2']);
  });
});
