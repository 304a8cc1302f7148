import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { generateThread, renderComments, renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { captureConsole, host, loadPage, ready, resetWorld, settle, start, trackObservers } from '../../support/app-harness';

/**
 * The extension is updated or reloaded while a Lemmy tab is open: WXT aborts
 * the old script's context (or the script finds its runtime gone). Everything
 * it added to the page goes, its observer and listeners stop, and lemmy-ui's
 * later changes cause no work and no console output at all.
 */
const path = `/post/${demoThread.post.id}`;
const opts = { version: 'B', view: 'tree', theme: 'light', path } as const;
const more = generateThread({ comments: 15, maxDepth: 3, seed: 4, host: '127.0.0.1' });

/** What Threadlens writes into the page while it runs (see utils/lemmy/host-actions.ts). */
function traces(): string[] {
  const html = document.documentElement;
  return [
    ...[...document.querySelectorAll('threadlens-sidebar, #threadlens-page-style, #threadlens-quote-style, [data-threadlens-ui]')].map((e) => e.localName),
    ...[...document.querySelectorAll('[data-threadlens-collapsed], [data-threadlens-flash]')].map(() => 'mark'),
    ...(html.hasAttribute('data-threadlens-offset') || html.style.marginRight || html.style.marginLeft ? ['offset'] : []),
  ];
}

/** lemmy-ui keeps working: more comments, a vote change, an edited body, a key and a click. */
async function lemmyUiCarriesOn(): Promise<void> {
  const list = document.querySelector('ul.comments')!;
  const t = document.createElement('template');
  t.innerHTML = renderComments(more, { version: 'B', view: 'tree', theme: 'light' });
  list.append(...t.content.firstElementChild!.children);
  document.querySelector('article[id^="comment-"] [aria-label$="Upvotes"]')?.setAttribute('aria-label', '999 Upvotes');
  document.querySelector('.md-div p')!.textContent = 'edited after the reload';
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
  document.querySelector<HTMLElement>('li.comment > ul.comments')?.click();
  await settle();
}

let logs: string[];
beforeEach(() => {
  resetWorld();
  loadPage(renderPage(demoThread, opts), `http://127.0.0.1${path}`);
  logs = captureConsole();
});
afterEach(() => vi.unstubAllGlobals());

describe('the extension reloaded while a Lemmy tab is open', () => {
  it('removes everything it added and stops observing when WXT invalidates its context', async () => {
    const observers = trackObservers();
    const onMessage = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const ctx = start();
    await ready();
    const listener = onMessage.mock.calls[0]![0];
    expect(traces()).toContain('threadlens-sidebar');
    expect(observers.active()).toBeGreaterThan(0);
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(true);

    ctx.abort('reloaded');
    await settle();
    expect(traces()).toEqual([]);
    expect(observers.active()).toBe(0);
    expect(fakeBrowser.runtime.onMessage.hasListener(listener)).toBe(false);

    await lemmyUiCarriesOn();
    expect(traces()).toEqual([]);
    expect(document.querySelectorAll('article[id^="comment-"]').length).toBe(demoThread.comments.length + more.comments.length);
    expect(logs).toEqual([]);
  });

  it('shows no sidebar later when reloaded between reading the page and mounting the sidebar (a task apart)', async () => {
    const ctx = start();
    await new Promise((r) => setTimeout(r, 0)); // the task that reads the page
    expect(traces()).toContain('offset'); // the page was read and made room for the sidebar
    expect(host()).toBeNull(); // which mounts in a task of its own
    ctx.abort('reloaded');
    await settle();
    expect(traces()).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('shows no sidebar later when the reader navigates off the post in that moment', async () => {
    start();
    await new Promise((r) => setTimeout(r, 0));
    expect(traces()).toContain('offset');
    // What WXT's location watcher dispatches on a client-side navigation (its event name is
    // made unique per extension and entrypoint); the front page is not a post page.
    const name = `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:locationchange`;
    window.dispatchEvent(Object.assign(new Event(name), { newUrl: new URL('http://127.0.0.1/') }));
    await settle();
    expect(traces()).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('notices by itself that its runtime is gone (Chrome: "Extension context invalidated") and goes quietly', async () => {
    const observers = trackObservers();
    start();
    await ready();
    // What an orphaned content script sees: no runtime id, every extension call throws.
    const id = fakeBrowser.runtime.id;
    onTestFinished(() => void (fakeBrowser.runtime.id = id)); // fakeBrowser.reset() does not bring it back
    fakeBrowser.runtime.id = undefined as unknown as string;
    const gone = () => {
      throw new Error('Extension context invalidated.');
    };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(gone);
    vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(gone);
    vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener').mockImplementation(gone);
    for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.sync]) {
      vi.spyOn(area, 'get').mockImplementation(gone);
      vi.spyOn(area, 'set').mockImplementation(gone);
    }

    await lemmyUiCarriesOn(); // the next frame it schedules finds the context invalid
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(traces()).toEqual([]);
    expect(observers.active()).toBe(0);
    await lemmyUiCarriesOn();
    expect(traces()).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('replaces what a dead earlier version left behind (Firefox updates the add-on without letting the old script clean up)', async () => {
    const old = start();
    await ready();
    await lemmyUiCarriesOn(); // a collapse mark, a flash, quote controls, the margin
    // Firefox stops the old script where it stands: its DOM stays, none of its code runs again.
    const leftovers = document.documentElement.outerHTML;
    old.abort();
    loadPage(leftovers, `http://127.0.0.1${path}`);
    expect(traces()).toEqual(expect.arrayContaining(['threadlens-sidebar', 'style', 'offset']));
    start();
    await ready();
    expect(document.querySelectorAll('threadlens-sidebar')).toHaveLength(1);
    expect(document.querySelectorAll('#threadlens-page-style')).toHaveLength(1);
    expect(document.documentElement.style.marginRight).toBe('320px');
    expect(logs).toEqual([]);
  });
});
