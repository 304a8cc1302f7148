import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startWhatsNew } from '../../../utils/features/whats-new/feature';
import { greetOnInstall, WELCOME_PAGE } from '../../../utils/features/whats-new/installed';
import { compareVersions, NOTES, notesBetween } from '../../../utils/features/whats-new/notes';
import { whatsNewItem } from '../../../utils/settings/whats-new-store';

/** A version that has a note, and the one before it. */
const NOTED = Object.keys(NOTES)[0]!;
const BEFORE = '0.0.1';

function installedAs(version: string) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Threadlens', version });
}

const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === fakeBrowser.runtime.getURL(WELCOME_PAGE));

/** What the browser does on install or update: the background's listener runs to its end (trigger waits for it). */
const installed = (details: { reason: 'install' | 'update' | 'chrome_update'; previousVersion?: string }) =>
  fakeBrowser.runtime.onInstalled.trigger(details as Parameters<typeof fakeBrowser.runtime.onInstalled.trigger>[0]);

beforeEach(() => {
  fakeBrowser.reset();
  installedAs(NOTED);
  greetOnInstall();
});

describe('first run', () => {
  it('opens the welcome page on install', async () => {
    await installed({ reason: 'install' });
    expect(await welcomeTabs()).toHaveLength(1);
    expect(await whatsNewItem.getValue()).toBeNull();
  });

  it('opens nothing on an update or a browser update, and leaves a note only for an update with notable changes', async () => {
    await installed({ reason: 'update', previousVersion: NOTED });
    await installed({ reason: 'chrome_update' });
    expect(await welcomeTabs()).toHaveLength(0);
    expect(await whatsNewItem.getValue()).toBeNull();
    // The control: an update from before the noted version leaves its note (and still opens no tab).
    await installed({ reason: 'update', previousVersion: BEFORE });
    expect(await whatsNewItem.getValue()).toEqual({ from: BEFORE, to: NOTED });
    expect(await welcomeTabs()).toHaveLength(0);
  });
});

describe("the sidebar's what's-new note", () => {
  it('shows once: the first sidebar after the update shows it, the next does not', async () => {
    await whatsNewItem.setValue({ from: BEFORE, to: NOTED });
    const first = startWhatsNew();
    await vi.waitFor(() => expect(first.lines.value).toEqual(NOTES[NOTED]));
    expect(first.version).toBe(NOTED);
    await vi.waitFor(async () => expect(await whatsNewItem.getValue()).toBeNull());
    const second = startWhatsNew();
    await vi.waitFor(async () => expect(await whatsNewItem.getValue()).toBeNull());
    expect(second.lines.value).toBeNull();
    first.dismiss();
    expect(first.lines.value).toBeNull();
  });

  it('drops, unseen, a note left for another version', async () => {
    await whatsNewItem.setValue({ from: BEFORE, to: '99.0.0' });
    const feature = startWhatsNew();
    await vi.waitFor(async () => expect(await whatsNewItem.getValue()).toBeNull());
    expect(feature.lines.value).toBeNull();
  });

  it('takes the notes of every version skipped over, oldest first, and compares versions by number', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(notesBetween(BEFORE, NOTED)).toEqual(NOTES[NOTED]);
    expect(notesBetween(NOTED, '99.0.0')).toEqual([]);
    expect(notesBetween(NOTED, NOTED)).toEqual([]);
  });
});
