import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { mirrorGrantsToList } from '../../../utils/instances/background';
import { grantedOrigins, rememberInstances, removeInstance, requestInstances } from '../../../utils/instances/permissions';
import { instancesItem } from '../../../utils/settings/items';
import { LIMITS } from '../../../utils/settings/schema';

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

  it('stops at its limit, so it always fits one sync item', async () => {
    const full = Array.from({ length: LIMITS.instances }, (_, i) => `https://i${i}.example`);
    await instancesItem.setValue(full);
    await rememberInstances(['https://one-more.example']);
    expect(await list()).toEqual(full);
  });
});
