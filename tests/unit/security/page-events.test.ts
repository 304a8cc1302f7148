import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { pageMade } from '../../support/reader-events';
import { captureConsole, host, loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';

/**
 * The page as attacker, with events: whatever it dispatches (`isTrusted`
 * false) drives nothing and stores nothing. The same keys and clicks from the
 * reader do (the second half of each case), so each check can fail.
 */
const path = `/post/${demoThread.post.id}`;
const first = demoThread.comments[0]!.id;

const key = (k: string, made = false) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true });
  document.body.dispatchEvent(made ? pageMade(event) : event);
};
const local = async (k: string) => (await fakeBrowser.storage.local.get(k))[k];
const rowExpanded = (id: number) => shadow()!.querySelector(`[data-comment-id="${id}"]`)!.getAttribute('aria-expanded');

let logs: string[];
beforeEach(() => {
  resetWorld();
  logs = captureConsole();
  loadPage(renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
});
afterEach(() => expect(logs).toEqual([]));

describe('page-made events drive nothing', () => {
  it('a page-made "\\" neither hides the sidebar nor stores "hidden"; the reader’s does', async () => {
    start();
    await ready();
    key('\\', true);
    await settle();
    expect(shadow()!.querySelector('.tl-sidebar')).not.toBeNull();
    expect(await local('sidebarHidden')).toBeUndefined();
    key('\\');
    await settle();
    expect(shadow()!.querySelector('.tl-sidebar')).toBeNull();
    expect(await local('sidebarHidden')).toBe(true);
  });

  it('a page-made "x" collapses nothing and saves nothing for the post; the reader’s does', async () => {
    start();
    await ready();
    shadow()!.querySelector<HTMLElement>(`[data-comment-id="${first}"]`)!.click();
    await settle();
    key('x', true);
    await settle();
    expect(rowExpanded(first)).toBe('true');
    expect(await local('collapsed')).toBeUndefined();
    key('x');
    await settle();
    expect(rowExpanded(first)).toBe('false');
  });

  it('page-made clicks and keys inside the sidebar’s open root change nothing: hide button, resize handle', async () => {
    start();
    await ready();
    const root = shadow()!;
    const stored = async () => JSON.stringify([await fakeBrowser.storage.sync.get(null), await fakeBrowser.storage.local.get(null)]);
    const before = await stored();
    const hide = root.querySelector<HTMLElement>('[aria-label="Hide Threadlens sidebar"]')!;
    hide.dispatchEvent(pageMade(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
    const handle = root.querySelector<HTMLElement>('[role="separator"]')!;
    handle.dispatchEvent(pageMade(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true })));
    await settle();
    expect(root.querySelector('.tl-sidebar')).not.toBeNull();
    expect(await stored()).toBe(before);
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }));
    await settle();
    expect(await stored()).toContain('"width"');
  });

  it('the page cannot switch Threadlens off with WXT’s "newer script started" event', async () => {
    start();
    await ready();
    const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    const forged = new CustomEvent(type, { detail: { contentScriptName: 'lemmy', messageId: 'page' } });
    document.dispatchEvent(pageMade(forged));
    await settle();
    expect(host()?.dataset.state).toBe('ready');
    key('j');
    await settle();
    expect(shadow()!.querySelector('[aria-selected="true"]')).not.toBeNull();
  });

  it('a newer instance of the script in the same world, or a gone runtime, still ends the old one', async () => {
    const old = start();
    await ready();
    start();
    await settle();
    expect(old.signal.aborted).toBe(true);
    expect(document.querySelectorAll('threadlens-sidebar')).toHaveLength(1);

    const id = fakeBrowser.runtime.id;
    onTestFinished(() => void (fakeBrowser.runtime.id = id));
    fakeBrowser.runtime.id = undefined as unknown as string;
    new ContentScriptContext('lemmy'); // what the new version's script does first on an update
    await settle();
    expect(host()).toBeNull();
  });

  it('a page-made location-change event with WXT’s name leaves the post as it is, with nothing logged', async () => {
    start();
    await ready();
    window.dispatchEvent(pageMade(new Event(`${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:locationchange`)));
    await settle();
    expect(host()?.dataset.post).toBe(String(demoThread.post.id));
  });

  it('when the page removes the sidebar’s host, its room goes too, and the reader’s sidebar key brings it back', async () => {
    start();
    await ready();
    expect(document.documentElement.style.marginRight).toBe('320px');
    host()!.remove();
    await settle();
    expect(document.documentElement.style.marginRight).toBe('');
    key('\\');
    await settle();
    expect(host()?.dataset.state).toBe('ready');
    expect(shadow()!.querySelector('.tl-sidebar')).not.toBeNull();
    expect(document.documentElement.style.marginRight).toBe('320px');
  });
});
