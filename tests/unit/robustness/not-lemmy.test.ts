import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderNonLemmyPage, renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { captureConsole, loadPage, resetWorld, settle, start, trackObservers } from '../../support/app-harness';

/**
 * Pages at Lemmy-looking URLs that lemmy-ui did not make: the content script
 * leaves them exactly as they were: no sidebar, no style, no observer, not a
 * line in the console.
 */
const lemmyShaped = renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light' });
const cases: [string, string, string][] = [
  ['a PieFed-like page', renderNonLemmyPage('/post/1'), 'http://127.0.0.1/post/1'],
  // Lemmy's comment markup copied into a page with none of lemmy-ui's markers (no #app.lemmy-site, meta or bundle).
  ['comment markup without lemmy-ui', lemmyShaped.replace('class="lemmy-site"', '').replace('content="Lemmy"', 'content="Forum"').replace('/js/client.js', '/js/forum.js'), 'http://127.0.0.1/comment/7001'],
  ['a lemmy-ui page that is not a post', lemmyShaped, 'http://127.0.0.1/c/transit'],
];

let logs: string[];
beforeEach(() => {
  resetWorld();
  logs = captureConsole();
});
afterEach(() => vi.unstubAllGlobals());

describe('a page that is not a Lemmy post at a Lemmy-looking URL', () => {
  it.each(cases)('%s is left alone', async (_name, html, url) => {
    loadPage(html, url);
    const before = document.documentElement.outerHTML;
    const observers = trackObservers();
    const ctx = start();
    await settle();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    await settle();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(observers.active()).toBe(0);
    expect(logs).toEqual([]);
    ctx.abort();
  });
});
