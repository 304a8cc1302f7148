import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { mirrorGrantsToList } from '../../../utils/instances/background';
import { grantedOrigins, rememberInstances, removeInstance, requestInstances } from '../../../utils/instances/permissions';
import { instancesItem } from '../../../utils/settings/items';
import { FULL, fullList, longer, longestToTheByte, typical } from '../settings/instance-lists';

type Listener = (p: { origins?: string[] }) => void;

/** fakeBrowser has no permissions API: a small stand-in holding granted patterns and listeners. */
function fakePermissions(granted: string[]) {
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const p = fakeBrowser.permissions;
  vi.spyOn(p, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: ['storage'] }));
  vi.spyOn(p, 'request').mockResolvedValue(true);
  vi.spyOn(p, 'remove').mockImplementation(async ({ origins = [] }) => {
    granted.splice(0, granted.length, ...granted.filter((o) => !origins.includes(o)));
    return true;
  });
  vi.spyOn(p.onAdded, 'addListener').mockImplementation((l) => void added.push(l as Listener));
  vi.spyOn(p.onRemoved, 'addListener').mockImplementation((l) => void removed.push(l as Listener));
  return { added, removed, request: p.request, remove: p.remove };
}

const list = async () => instancesItem.getValue();
type Tabs = Awaited<ReturnType<typeof fakeBrowser.tabs.query>>;

describe('enabling instances through host permissions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists granted instances, not the manifest path patterns or the built-in instances', async () => {
    fakePermissions(['https://lemmy.world/post/*', 'https://lemmy.world/*', 'https://lemmy.example/*', 'http://localhost:8536/*', 'http://localhost/*']);
    expect(await grantedOrigins()).toEqual(['https://lemmy.example', 'http://localhost']);
  });

  it('asks for exactly the origins given', async () => {
    const fake = fakePermissions([]);
    expect(await requestInstances(['https://lemmy.example'])).toBe(true);
    expect(fake.request).toHaveBeenCalledWith({ origins: ['https://lemmy.example/*'] });
  });

  it('removes every grant for an instance, whatever port it named, and drops it from the list', async () => {
    const fake = fakePermissions(['http://localhost:8536/*', 'http://localhost/*', 'https://other.example/*']);
    await instancesItem.setValue(['http://localhost', 'https://other.example']);
    await removeInstance('http://localhost');
    expect(fake.remove).toHaveBeenCalledWith({ origins: ['http://localhost:8536/*', 'http://localhost/*'] });
    expect(await list()).toEqual(['https://other.example']);
  });

  it('mirrors grants into the synced list, from events and at start', async () => {
    const fake = fakePermissions(['https://granted.example/*']);
    await instancesItem.setValue(['https://elsewhere.example']);
    mirrorGrantsToList();
    await vi.waitFor(async () => expect(await list()).toEqual(['https://elsewhere.example', 'https://granted.example']));
    fake.added.forEach((l) => l({ origins: ['https://new.example/*', 'https://lemmy.world/post/*'] }));
    await vi.waitFor(async () => expect(await list()).toContain('https://new.example'));
    fake.removed.forEach((l) => l({ origins: ['https://granted.example/*'] }));
    await vi.waitFor(async () => expect(await list()).toEqual(['https://elsewhere.example', 'https://new.example']));
  });
});

describe('the synced list of instances', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a 250th typical instance: the limit is bytes, not a count', async () => {
    await instancesItem.setValue(typical(249));
    await rememberInstances([typical(250)[249]!]);
    expect(await list()).toEqual(typical(250));
  });

  it('refuses an instance one past the byte budget, saying why, and writes nothing', async () => {
    const { full, next } = fullList(longer);
    await instancesItem.setValue(full);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(rememberInstances([next])).rejects.toThrow(FULL);
    expect(set).not.toHaveBeenCalled();
    expect(await list()).toEqual(full);
  });

  it('with the longest hosts, fills the item to the byte and refuses one byte more', async () => {
    const [exact, past] = [longestToTheByte(0), longestToTheByte(1)];
    await instancesItem.setValue(exact.slice(0, 30));
    await rememberInstances([exact[30]!]);
    expect(await list()).toEqual(exact);
    await instancesItem.setValue(exact.slice(0, 30));
    await expect(rememberInstances([past[30]!])).rejects.toThrow(FULL);
    expect(await list()).toEqual(exact.slice(0, 30));
  });
});

describe('a grant the synced list cannot hold', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is revoked, the list left as it was, and the tab that asked (the toolbar menu) is told why', async () => {
    const { full, next } = fullList(longer);
    const fake = fakePermissions([`${next}/*`]);
    await instancesItem.setValue(full);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: `${next}/post/1` }, { id: 8, url: 'https://other.example/' }] as Tabs);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    mirrorGrantsToList();
    fake.added.forEach((l) => l({ origins: [`${next}/*`] }));
    await vi.waitFor(() => expect(inject).toHaveBeenCalledOnce());
    expect(fake.remove).toHaveBeenCalledWith({ origins: [`${next}/*`] });
    expect(await list()).toEqual(full);
    expect(inject.mock.calls[0]![0]).toMatchObject({ target: { tabId: 7 }, args: [`Threadlens is not enabled on ${next.slice('https://'.length)}. ${FULL}`] });
  });

  it('at start, grants made earlier are listed as far as they fit, and those left out are reported, not revoked', async () => {
    // Not fullList's next origin: logOnce would not say again what an earlier test had it say.
    const [{ full }, late] = [fullList(longer), 'https://late-and-long.example.social'];
    const fake = fakePermissions([...full, late].map((o) => `${o}/*`));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mirrorGrantsToList();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(await list()).toEqual(full);
    expect(String(warn.mock.calls[0])).toContain(`not in the synced list: late-and-long.example.social. ${FULL}`);
    expect(fake.remove).not.toHaveBeenCalled();
  });
});
