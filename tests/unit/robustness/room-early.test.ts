import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { prepareThreadlens } from '../../../entrypoints/lemmy.content/app';
import { sidebarHidden } from '../../../utils/settings/items';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { renderNonLemmyPage, renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { captureConsole, loadPage, resetWorld, settle } from '../../support/app-harness';

/**
 * The sidebar's room is made at document_start on a post's URL, as soon as the settings are in,
 * so that the page is first laid out at its narrower width; what starts later takes it over.
 */
const lemmyPage = renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light' });
const html = () => document.documentElement;
const room = `${DEFAULT_SETTINGS.sidebar.width}px`;

/** Every change of <html>'s style attribute, as the page would see it. */
function styleChanges(): () => string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(html().style.marginRight));
  observer.observe(html(), { attributes: true, attributeFilter: ['style'] });
  return () => (observer.disconnect(), seen);
}

let logs: string[];
let ctx: ContentScriptContext;
beforeEach(() => {
  resetWorld();
  logs = captureConsole();
  ctx = new ContentScriptContext('lemmy', { matches: [], cssInjectionMode: 'ui' });
});
afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
});

describe('room for the sidebar before the page is laid out', () => {
  it('is made on a post page before the script starts, and kept, not made again, once it has', async () => {
    loadPage(lemmyPage, 'http://127.0.0.1/post/1');
    const changes = styleChanges();
    const start = prepareThreadlens(ctx, location.href);
    await settle();
    expect(html().style.marginRight).toBe(room);
    start();
    await settle(6);
    expect(html().style.marginRight).toBe(room);
    expect(changes()).toEqual([room]);
    expect(logs).toEqual([]);
  });

  it('is given back when the page at a post URL is not lemmy-ui\'s', async () => {
    loadPage(renderNonLemmyPage('/post/1'), 'http://127.0.0.1/post/1');
    const before = html().outerHTML;
    const start = prepareThreadlens(ctx, location.href);
    await settle();
    start();
    await settle(6);
    expect(html().outerHTML).toBe(before);
  });

  it('is not made where the sidebar is hidden, nor at a URL that is not a post\'s', async () => {
    await sidebarHidden.setValue(true);
    loadPage(lemmyPage, 'http://127.0.0.1/post/1');
    prepareThreadlens(ctx, location.href);
    await settle();
    expect(html().style.marginRight).toBe('');
    await sidebarHidden.setValue(false);
    loadPage(lemmyPage, 'http://127.0.0.1/c/transit');
    prepareThreadlens(new ContentScriptContext('lemmy', { matches: [], cssInjectionMode: 'ui' }), location.href);
    await settle();
    expect(html().style.marginRight).toBe('');
  });

  it('goes when the extension is reloaded before the script started', async () => {
    loadPage(lemmyPage, 'http://127.0.0.1/post/1');
    prepareThreadlens(ctx, location.href);
    await settle();
    expect(html().style.marginRight).toBe(room);
    ctx.abort();
    expect(html().style.marginRight).toBe('');
    expect(html().hasAttribute('style')).toBe(false);
  });
});
