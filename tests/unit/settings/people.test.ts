import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from '#imports';
import { asPersonKey, DEFAULT_TAG_COLOR, MAX_PEOPLE, parsePeople, personKey, readPerson, showIdentity, TAG_MAX, type Person } from '../../../utils/settings/people';
import { chunked, loadPeople, savePeople, storePeople, SYNC_CHUNKS } from '../../../utils/settings/people-store';
import { itemBytes, QUOTA_BYTES_PER_ITEM } from '../../../utils/settings/quota';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { exportSettings, IMPORT_MAX_BYTES, importPeople, importSettings, importTooBig } from '../../../utils/settings/transfer';

const person = (id: string, extra: Partial<Person> = {}): Person => ({ id, tag: 'x', color: '#336699', follow: false, mute: false, ...extra });
const many = (n: number) => Array.from({ length: n }, (_, i) => person(`reader_${i}@instance${i % 50}.example`, { tag: `tag ${i}`, follow: i % 3 === 0 }));

describe('a person’s identity', () => {
  it('is name@instance, normalised: case, NFC and the host; the display name never counts', () => {
    expect(personKey('Alice', 'Lemmy.World')).toBe('alice@lemmy.world');
    expect(personKey('e\u0301mile', 'lemmy.world')).toBe('émile@lemmy.world');
    expect(personKey('bücher', 'bücher.example')).toBe('bücher@xn--bcher-kva.example');
    expect(personKey('', 'lemmy.world')).toBeNull();
    expect(personKey('alice', '')).toBeNull();
    expect(personKey('a b', 'lemmy.world')).toBeNull();
    expect(personKey('alice@evil', 'lemmy.world')).toBeNull();
    expect(personKey('alice', 'lemmy.world/u/bob')).toBeNull();
    expect(personKey('x'.repeat(101), 'lemmy.world')).toBeNull();
  });

  it('keeps the same name on two instances as two people', () => {
    const people = parsePeople([person('alice@lemmy.world', { tag: 'one' }), person('alice@lemmy.ml', { tag: 'two' })], []);
    expect([...people.keys()]).toEqual(['alice@lemmy.world', 'alice@lemmy.ml']);
  });

  it('keeps a name with a zero-width or bidi character apart from the one without, and shows it visibly, isolated and cut short', () => {
    const spoof = personKey('al\u200bice', 'lemmy.world')!;
    expect(spoof).not.toBe(personKey('alice', 'lemmy.world'));
    expect(showIdentity(spoof)).toBe('al⟨U+200B⟩ice@lemmy.world');
    expect(showIdentity(personKey('evil\u202egnp.exe', 'lemmy.world')!)).toContain('⟨U+202E⟩');
    const rtl = personKey('שלום', 'lemmy.world')!;
    expect(showIdentity(rtl)).toBe('שלום@lemmy.world');
    const long = personKey('n'.repeat(100), 'lemmy.world')!;
    expect([...showIdentity(long, 48)]).toHaveLength(48);
    expect(showIdentity(long, 48).endsWith('…')).toBe(true);
  });
});

describe('reading people from anywhere', () => {
  it('bounds the tag, refuses colours that are not #rrggbb and drops entries with nothing to remember', () => {
    const errors: string[] = [];
    const long = readPerson({ id: 'a@x.example', tag: `  ${'t'.repeat(200)}\n\u0007 `, color: 'red; background:url(x)', follow: true }, 'p', errors)!;
    expect([...long.tag]).toHaveLength(TAG_MAX);
    expect(long.tag).not.toMatch(/[\n\u0007]/);
    expect(long.color).toBe(DEFAULT_TAG_COLOR);
    expect(errors.join()).toContain('not a #rrggbb colour');
    expect(readPerson({ id: 'a@x.example', tag: '', follow: false, mute: false }, 'p', [])).toBeNull();
    expect(readPerson({ id: 'a@x.example', tag: 'ok', color: '#ABCDEF' }, 'p', [])?.color).toBe('#abcdef');
  });

  it('drops hostile and unknown entries and fields, reports them and never throws', () => {
    const errors: string[] = [];
    const raw = JSON.parse(`[
      {"id": "alice@lemmy.world", "tag": "<img src=x onerror=alert(1)>", "mute": true, "__proto__": {"polluted": true}, "extra": "dropped"},
      {"id": "__proto__@x.example", "follow": "yes"},
      {"id": {"toString": 1}},
      "alice@lemmy.world",
      null, 7, [1, 2, 3],
      {"id": "ALICE@lemmy.world", "tag": "second entry for the same person"}
    ]`);
    const people = parsePeople(raw, errors);
    expect([...people.keys()]).toEqual(['alice@lemmy.world']);
    const alice = people.get('alice@lemmy.world')!;
    expect(alice).toEqual({ id: 'alice@lemmy.world', tag: '<img src=x onerror=alert(1)>', color: DEFAULT_TAG_COLOR, follow: false, mute: true });
    expect(Object.keys(alice)).toEqual(['id', 'tag', 'color', 'follow', 'mute']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(errors.length).toBeGreaterThanOrEqual(5);
    expect(parsePeople('nonsense', errors).size).toBe(0);
    expect(asPersonKey(42)).toBeNull();
  });

  it('keeps at most MAX_PEOPLE and says how many were left', () => {
    const errors: string[] = [];
    const list = Array.from({ length: MAX_PEOPLE + 5 }, (_, i) => [`p${i}@x.example`, 't', '#000000', 0]);
    expect(parsePeople(list, errors).size).toBe(MAX_PEOPLE);
    expect(errors).toEqual([`people: ${MAX_PEOPLE + 5} listed, more than ${MAX_PEOPLE}; the first ${MAX_PEOPLE} kept`]);
  });
});

describe('storing people', () => {
  beforeEach(() => fakeBrowser.reset());

  it('splits a short list into sync items that each fit the per-item quota', () => {
    const chunks = chunked(many(500))!;
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(SYNC_CHUNKS);
    chunks.forEach((chunk, i) => expect(itemBytes(`people${i}`, chunk)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM));
    expect(chunks.flat()).toHaveLength(500);
  });

  it('keeps 10,000 people in local storage, removes the synced copy, and moves back to sync when the list is short again', async () => {
    expect(await storePeople(new Map(many(200).map((p) => [p.id, p])))).toBe('sync');
    expect(await storage.getItem('sync:people0')).not.toBeNull();
    const big = new Map(many(10_000).map((p) => [p.id, p]));
    expect(await storePeople(big)).toBe('local');
    expect(await storage.getItem('sync:people0')).toBeNull();
    const loaded = await loadPeople();
    expect(loaded.where).toBe('local');
    expect(loaded.people.size).toBe(10_000);
    expect(loaded.people.get('reader_9999@instance49.example')).toEqual(big.get('reader_9999@instance49.example'));
    expect(await storePeople(new Map(many(10).map((p) => [p.id, p])))).toBe('sync');
    expect(await storage.getItem('local:people')).toBeNull();
    expect((await loadPeople()).people.size).toBe(10);
  });

  it('reads corrupt and foreign stored values as nothing, and reports them', async () => {
    await storage.setItem('sync:people0', { not: 'a list' });
    await storage.setItem('sync:people1', [['bob@x.example', 'ok', '#112233', 1], ['no identity', 't', '#000000', 0], 'junk']);
    const loaded = await loadPeople();
    expect([...loaded.people.keys()]).toEqual(['bob@x.example']);
    expect(loaded.people.get('bob@x.example')?.follow).toBe(true);
    expect(loaded.errors.length).toBe(3);
  });

  it('loses no update when two tabs change different people at once', async () => {
    await storePeople(new Map());
    const changes = Array.from({ length: 3 }, (_, i) => savePeople([{ set: person(`p${i}@x.example`, { tag: `t${i}` }) }]));
    await Promise.all(changes);
    const { people } = await loadPeople();
    expect([...people.keys()].sort()).toEqual(['p0@x.example', 'p1@x.example', 'p2@x.example']);
  });
});

describe('people in an export file', () => {
  it('go out and come back whole, 10,000 of them within the import size limit', () => {
    const people = many(10_000);
    const text = exportSettings(DEFAULT_SETTINGS, people);
    expect(new TextEncoder().encode(text).length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(importTooBig(text.length)).toBeNull();
    expect(importSettings(text).settings).toEqual(DEFAULT_SETTINGS);
    expect(importPeople(text)).toEqual({ people, errors: [] });
  });

  it('leave the reader’s people alone when the file lists none, and drop hostile or unknown entries', () => {
    expect(importPeople(exportSettings(DEFAULT_SETTINGS)).people).toBeNull();
    expect(importPeople('{"theme":"dark","people":[{"id":"a@x.example","tag":"t"}]}').people).toBeNull();
    const file = JSON.stringify({
      format: 'threadlens-settings',
      version: 2,
      settings: {},
      people: [{ id: 'a@x.example', tag: 'fine', color: '#010203', constructor: { prototype: { bad: 1 } }, script: '<script>' }, { id: 'javascript:alert(1)' }, { id: 'b@x.example', color: 'url(javascript:x)', mute: true }],
    });
    const { people, errors } = importPeople(file);
    expect(people).toEqual([
      { id: 'a@x.example', tag: 'fine', color: '#010203', follow: false, mute: false },
      { id: 'b@x.example', tag: '', color: DEFAULT_TAG_COLOR, follow: false, mute: true },
    ]);
    expect(errors).toHaveLength(2);
  });
});

describe('sync storage refusing people', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the list in local storage instead of losing it', async () => {
    const spy = vi.spyOn(storage, 'setItems').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await storePeople(new Map(many(5).map((p) => [p.id, p])))).toBe('local');
    const loaded = await loadPeople();
    expect(loaded.where).toBe('local');
    expect(loaded.people.size).toBe(5);
    spy.mockRestore();
  });
});
