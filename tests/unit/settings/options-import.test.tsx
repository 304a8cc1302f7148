import { storage } from '#imports';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { IMPORT_MAX_BYTES } from '../../../utils/settings/transfer';
import { fullList, longer } from './instance-lists';
import { importFile, importReport, lastChange, mount, unmount } from './options-harness';

afterEach(unmount);

const json = (value: unknown) => new File([JSON.stringify(value)], 'settings.json');

/** Imports the file and waits for the page's report on it. */
async function imported(file: File): Promise<string> {
  importFile(file);
  await vi.waitFor(() => expect(importReport()).not.toBe(''));
  return importReport();
}

describe('importing settings in the options page', () => {
  it.each(['null', '{}', '{"foo":1}', '[1,2]', '"text"'])('refuses %s as not a Threadlens settings file, changing nothing', async (text) => {
    const props = mount();
    expect(await imported(new File([text], 'x.json'))).toBe('Not imported: This is not a Threadlens settings file.');
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const props = mount();
    // A Blob of one repeated chunk: over the limit without building one big string.
    const chunk = new Blob(['x'.repeat(64 * 1024)]);
    const file = new File(Array.from({ length: IMPORT_MAX_BYTES / chunk.size + 1 }, () => chunk), 'huge.json');
    const read = vi.spyOn(file, 'text');
    expect(await imported(file)).toBe('Not imported: The file is too big (over 2560 KB); a settings export is a few KB, about 1 MB with 10,000 people.');
    expect(read).not.toHaveBeenCalled();
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('refuses, whole, a file whose instances would not fit sync storage', async () => {
    const props = mount();
    const { full, next } = fullList(longer);
    const report = await imported(json({ theme: 'dark', instances: [...full, next] }));
    expect(report).toBe(`Not imported: The file's ${full.length + 1} instances do not fit the instance list: sync storage holds 8 KB.`);
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('refuses an import that, added to the instances listed, would not fit sync storage', async () => {
    const { full, next } = fullList(longer);
    const props = mount({ settings: { ...DEFAULT_SETTINGS, instances: full } });
    expect(await imported(json({ theme: 'dark', instances: [next] }))).toMatch(/^Not imported: The instance list is full: sync storage holds 8 KB, and the 236 listed now/);
    expect(props.onChange).not.toHaveBeenCalled();
  });

  it('imports a file whose keys clash without putting two commands on one key', async () => {
    const props = mount();
    const report = await imported(json({ theme: 'dark', keys: { next: 'k', help: 'h' } }));
    expect(report).toBe('Imported; 1 invalid value was set to its default: keys.next: "k" is also Previous comment; default restored');
    expect(lastChange(props)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', keys: { ...DEFAULT_SETTINGS.keys, help: 'h' } });
  });

  it('keeps the report on a file full of bad values short', async () => {
    mount();
    const huge = 'y'.repeat(40_000); // six of them: near the size limit, under it
    const report = await imported(json({ theme: huge, sidebar: { side: huge, width: huge, layout: huge }, votes: { histogram: huge, controversial: huge } }));
    expect(report).toMatch(/^Imported; 6 invalid values were set to their defaults: .*; and 1 more$/);
    expect(report.length).toBeLessThan(600);
  });

  it('puts the settings back when storage refuses the file\'s people: nothing of the import is left', async () => {
    fakeBrowser.reset();
    const current = { ...DEFAULT_SETTINGS, theme: 'light' as const };
    const props = mount({ settings: current, onChange: vi.fn(async () => {}) });
    // Sync refuses, and so does local storage, where a list sync refuses goes.
    const refuse = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const spies = [vi.spyOn(storage, 'setItems').mockImplementation(refuse), vi.spyOn(storage, 'setItem').mockImplementation(refuse)];
    const file = json({ format: 'threadlens-settings', version: 2, settings: { theme: 'dark' }, people: [{ id: 'alice@lemmy.example', tag: 'x', color: '#112233', follow: true, mute: false }] });
    try {
      expect(await imported(file)).toBe('Not imported: QUOTA_BYTES quota exceeded; the settings before it are back');
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    const calls = vi.mocked(props.onChange).mock.calls.map(([s]) => s.theme);
    expect(calls).toEqual(['dark', 'light']);
    expect(await storage.getItem('sync:people0')).toBeNull();
    expect(await storage.getItem('local:people')).toBeNull();
  });

  it('says so when storing the import fails, and that what was there is back', async () => {
    mount({ onChange: vi.fn(async () => Promise.reject(new Error('storage refused it (full); what was there before is back'))) });
    expect(await imported(json({ theme: 'dark' }))).toBe('Not imported: storage refused it (full); what was there before is back');
  });
});
