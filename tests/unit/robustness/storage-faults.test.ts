import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { renderPage, visibleComments } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { captureConsole, loadPage, ready, resetWorld, rowIds, settle, shadow, start } from '../../support/app-harness';

/**
 * Extension storage failing under the content script: unavailable (a broken
 * profile, a policy) or full (quota exceeded). Settings fall back to defaults,
 * the sidebar reads and shows the thread, and each failure is logged once
 * however often the reader toggles things that would be saved.
 */
const path = `/post/${demoThread.post.id}`;
const areas = [fakeBrowser.storage.local, fakeBrowser.storage.sync];

const press = async (key: string) => {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  await settle();
};

/** The reader collapses and expands a subthread and hides and shows the sidebar, `times` times. */
async function toggleThings(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await press('j');
    await press('x');
    await press('x');
    await press('\\');
    await press('\\');
  }
}

let logs: string[];
beforeEach(() => {
  resetWorld();
  loadPage(renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
  logs = captureConsole();
});
afterEach(() => vi.unstubAllGlobals());

describe('storage faults', () => {
  it('shows the thread with default settings when storage cannot be read or written at all', async () => {
    for (const area of areas) {
      vi.spyOn(area, 'get').mockRejectedValue(new Error('storage is unavailable'));
      vi.spyOn(area, 'set').mockRejectedValue(new Error('storage is unavailable'));
    }
    start();
    const host = await ready();
    expect(Number(host.dataset.comments)).toBe(visibleComments(demoThread).length);
    expect(rowIds()[0]).toBe(demoThread.comments[0]!.id);
    expect(logs).toEqual(['warn: [Threadlens] reading settings Error: storage is unavailable']);

    await toggleThings(5);
    expect(shadow()!.querySelector('[role="tree"]')).not.toBeNull();
    // Restoring, saving and the collapse rules all hit the same fault: still the one line.
    expect(logs).toHaveLength(1);
  });

  it('keeps working when storage is full: reads succeed, writes fail with a quota error, logged once', async () => {
    for (const area of areas) vi.spyOn(area, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    start();
    await ready();
    // Opening the post ties this site's records to its data (then records the visit): the first write, and the one line.
    const line = [expect.stringMatching(/^warn: \[Threadlens\] keeping records for this site .*QUOTA_BYTES quota exceeded$/)];
    await vi.waitFor(() => expect(logs).toEqual(line));

    await toggleThings(5);
    expect(logs).toEqual(line);
    // What could not be saved still happens on this page: collapse, hide, show.
    await press('x');
    expect(document.querySelector('li.comment[data-threadlens-collapsed]')).not.toBeNull();
    await press('\\');
    expect(shadow()!.querySelector('[role="tree"]')).toBeNull();
    await press('\\');
    expect(shadow()!.querySelector('[role="tree"]')).not.toBeNull();
  });
});
