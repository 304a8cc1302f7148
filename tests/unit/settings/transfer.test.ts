import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { exportSettings, IMPORT_MAX_BYTES, importSettings, importTooBig, planImport, shortReport } from '../../../utils/settings/transfer';
import { fullList, longer, typical } from './instance-lists';

const origins = (count: number, prefix = 'a') => Array.from({ length: count }, (_, i) => `https://${prefix}${i}.example`);
const NOT_SETTINGS = 'This is not a Threadlens settings file.';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  theme: 'dark',
  collapse: { ...DEFAULT_SETTINGS.collapse, defaultDepth: 2, bots: true },
  wholeThread: { auto: true, upTo: 5000 },
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

  it('imports the whole-thread setting field by field, and a file from before it as its default', () => {
    const file = (settings: unknown) => JSON.stringify({ format: 'threadlens-settings', version: 2, settings });
    const { settings, errors } = importSettings(file({ wholeThread: { auto: true, upTo: 60_000 } }));
    expect(settings?.wholeThread).toEqual({ auto: true, upTo: DEFAULT_SETTINGS.wholeThread.upTo });
    expect(errors.map((e) => e.split(':')[0])).toEqual(['wholeThread.upTo']);
    expect(importSettings(file({ theme: 'dark' }))).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' }, errors: [] });
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

  it.each(['null', '{}', '{"foo":1}', '[1,2]', '"text"', '42', '{"format":"threadlens-settings","settings":null}'])(
    'refuses %s as not a Threadlens settings file',
    (text) => {
      expect(importSettings(text)).toEqual({ settings: null, errors: [NOT_SETTINGS] });
    },
  );

  it('refuses a file over the size limit, by its size alone', () => {
    expect(importTooBig(IMPORT_MAX_BYTES)).toBeNull();
    expect(importTooBig(IMPORT_MAX_BYTES + 1)).toMatch(/^The file is too big \(over 2560 KB\)/);
  });

  it('imports a file of 250 typical instances', () => {
    const { settings, errors } = importSettings(JSON.stringify({ theme: 'dark', instances: typical(250) }));
    expect(errors).toEqual([]);
    expect(settings?.instances).toEqual(typical(250));
  });

  it('refuses a file whose instances are one past what sync storage holds, instead of keeping some', () => {
    const { full, next } = fullList(longer);
    expect(importSettings(JSON.stringify({ theme: 'dark', instances: full })).settings?.instances).toEqual(full);
    const { settings, errors } = importSettings(JSON.stringify({ theme: 'dark', instances: [...full, next] }));
    expect(settings).toBeNull();
    expect(errors).toEqual([`The file's ${full.length + 1} instances do not fit the instance list: sync storage holds 8 KB.`]);
  });

  it('adds imported instances to those listed, and refuses the import when together they would not fit', () => {
    const { full, next } = fullList(longer);
    const current = { ...DEFAULT_SETTINGS, instances: full.slice(0, -1) };
    expect(planImport(current, { ...custom, instances: [full[0]!, full.at(-1)!] })).toEqual({ settings: { ...custom, instances: full } });
    expect(planImport(current, { ...custom, instances: [full.at(-1)!, next] })).toEqual({
      refused: `The instance list is full: sync storage holds 8 KB, and the ${full.length - 1} listed now with the file's make ${full.length + 1}; remove some to import these.`,
    });
  });

  it('keeps its report short: five problems at most, then how many more', () => {
    const errors = Array.from({ length: 9 }, (_, i) => `field${i}: ${'x'.repeat(500)}`);
    const report = shortReport(errors);
    expect(report).toHaveLength(6);
    expect(report.slice(0, 5).every((line) => line.length <= 81)).toBe(true);
    expect(report[5]).toBe('and 4 more');
    expect(shortReport(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('reads a file full of huge bad values quickly, quoting each one short', () => {
    const huge = 'x'.repeat(200_000);
    const { errors } = importSettings(JSON.stringify({ theme: huge, keys: { next: huge }, instances: [huge, huge] }));
    expect(errors).toHaveLength(4);
    expect(errors.every((e) => e.length < 200)).toBe(true);
  });
});
