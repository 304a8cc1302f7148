import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { generateThread, renderPage, type ThreadSpec } from '../../fixtures/build-thread';
import { fakeLemmyApi, type FakeApiOptions } from '../../support/fake-lemmy-api';
import { captureConsole, loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';

/**
 * "Load the whole thread" through the real content script: the page renders
 * its first top-level threads, the rest come from our fake Lemmy API.
 */
const spec: ThreadSpec = generateThread({ comments: 240, maxDepth: 5, seed: 18 });
const FIND_ME = 'zebracrossingword';
const rootsShown = new Set(spec.comments.filter((c) => c.parentId === null).slice(0, 3).map((c) => c.id));
const onPage = (() => {
  const shown = new Set<number>();
  for (const c of spec.comments) if (rootsShown.has(c.id) || (c.parentId !== null && shown.has(c.parentId))) shown.add(c.id);
  return shown;
})();
const hidden = spec.comments.filter((c) => !onPage.has(c.id));
hidden.at(-1)!.body += ` ${FIND_ME}`;
const path = `/post/${spec.post.id}`;

const summary = () => shadow()!.querySelector('.tl-summary')!.textContent;
const button = (name: RegExp) => [...shadow()!.querySelectorAll<HTMLButtonElement>('.tl-whole button')].find((b) => name.test(b.textContent ?? ''));
const progress = () => shadow()!.querySelector('[role="progressbar"]');
const note = () => shadow()!.querySelector('.tl-whole-note')?.textContent ?? null;

async function open(options: FakeApiOptions = {}) {
  const api = fakeLemmyApi(spec, options);
  vi.stubGlobal('fetch', api.fetch);
  start();
  await ready();
  return api;
}

async function until(check: () => boolean) {
  await vi.waitFor(() => {
    if (!check()) throw new Error('not yet');
  }, { timeout: 10_000 });
  await settle();
}

beforeEach(() => {
  resetWorld();
  const page = { ...spec, comments: spec.comments.filter((c) => onPage.has(c.id)) };
  loadPage(renderPage(page, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
});
afterEach(() => vi.unstubAllGlobals());

/** WXT's client-side navigation event, as its location watcher sends it. */
async function navigateTo(next: ThreadSpec) {
  const to = `/post/${next.post.id}`;
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`http://127.0.0.1${to}`);
  document.querySelector('#app')!.replaceWith(new DOMParser().parseFromString(renderPage(next, { version: 'B', view: 'tree', theme: 'light', path: to }), 'text/html').querySelector('#app')!);
  const name = `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:locationchange`;
  window.dispatchEvent(Object.assign(new Event(name), { newUrl: new URL(`http://127.0.0.1${to}`) }));
  await settle();
}

describe('loading the whole thread', () => {
  it('asks nothing of the instance until the reader does, then brings every comment into the outline', async () => {
    const api = await open();
    expect(api.stats.requests).toBe(0);
    expect(summary()).toMatch(new RegExp(`^${onPage.size} comments`));

    button(/^Load the whole thread/)!.click();
    await until(() => /Loaded the whole thread/.test(note() ?? ''));
    expect(note()).toBe(`Loaded the whole thread: ${spec.comments.length} comments.`);
    expect(summary()).toMatch(new RegExp(`^${onPage.size} of ${spec.comments.length} comments on the page · ${hidden.length} more in the outline`));
    expect(summary()).not.toMatch(/not loaded/);
    expect(api.stats.maxInFlight).toBeLessThanOrEqual(2);
    expect(button(/Show everything in the page/)).toBeDefined();
  });

  it('tells the toolbar the whole count once loaded (the count is sent after the joins, not in them)', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await open();
    const counts = () => sent.mock.calls.map(([m]) => m as { type?: string; comments?: number }).filter((m) => m.type === 'threadlens:counts');
    expect(counts().at(-1)!.comments).toBe(onPage.size);
    button(/^Load the whole thread/)!.click();
    await until(() => /Loaded/.test(note() ?? ''));
    await settle();
    expect(counts().at(-1)!.comments).toBe(spec.comments.length);
  });

  it('finds words only a comment not on the page holds', async () => {
    await open();
    button(/^Load the whole thread/)!.click();
    await until(() => /Loaded/.test(note() ?? ''));
    const input = shadow()!.querySelector<HTMLInputElement>('.tl-search input')!;
    input.value = FIND_ME;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(shadow()!.querySelector('.tl-search-status')!.textContent).toBe('1 found');
  });

  it('shows progress with a Cancel that stops the load and keeps what came', async () => {
    const api = await open({ delayMs: 500 });
    button(/^Load the whole thread/)!.click();
    await until(() => progress() !== null);
    expect(progress()!.getAttribute('aria-label')).toBe('Loading the whole thread');
    button(/^Cancel$/)!.click();
    await until(() => /cancelled/.test(note() ?? ''));
    const asked = api.stats.requests;
    await settle(5);
    expect(api.stats.requests).toBe(asked);
    expect(button(/Load again/)).toBeDefined();
  });

  it('is cancelled by a navigation to another post, and nothing of it reaches the next one', async () => {
    const api = await open({ delayMs: 300 });
    button(/^Load the whole thread/)!.click();
    await until(() => api.stats.requests > 0);
    const other = generateThread({ comments: 12, maxDepth: 3, seed: 77 });
    await navigateTo(other);
    await until(() => api.stats.inFlight === 0);
    // The pages in flight when the reader left were the last: 240 comments take 5.
    expect(api.stats.requests).toBeLessThan(Math.ceil(spec.comments.length / 50));
    await until(() => /^12 comments/.test(summary()));
    expect(summary()).not.toMatch(/on the page|more in the outline/);
    expect(button(/Show everything/)).toBeUndefined();
  });

  it('says clearly when the instance answers with a web page, and keeps the pages it had', async () => {
    const lines = captureConsole();
    await open({ failPages: new Set([3]), failWith: 'html' });
    button(/^Load the whole thread/)!.click();
    await until(() => note() !== null);
    expect(shadow()!.querySelector('.tl-whole-note')!.getAttribute('role')).toBe('alert');
    expect(note()).toMatch(/web page instead of data.*The 100 comments loaded so far are kept/);
    expect(lines.filter((l) => l.startsWith('error')).length).toBeLessThanOrEqual(1);
  });
});
