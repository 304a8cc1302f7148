import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNonLemmyPage, renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { hostileRoutes } from '../fixtures/hostile-page';
import { serveFixtures, type FixtureServer } from '../e2e/server';
import { enableInstance, EXTENSION_DIR, launchFirefox, openExtensionPage, waitForSidebar, type FirefoxWithExtension } from './firefox';

/**
 * The e2e smoke suite in a real Firefox: the sidebar appears, collapse works,
 * a quote jumps to its source, a strict CSP and hostile page styles change
 * nothing, a non-Lemmy page is left alone, an add-on update leaves one sidebar.
 */
const post = `/post/${demoThread.post.id}`;
const cspPost = '/post/4343';
const [, quoted, quoting] = demoThread.comments.map((c) => c.id); // a1 is quoted by its reply a11
const firstRoot = demoThread.comments[0]!.id;

let server: FixtureServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  const demo = renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: post });
  server = await serveFixtures({
    [post]: demo,
    ...hostileRoutes(cspPost, demo),
    '/post/1': renderNonLemmyPage('/post/1'),
  });
  ff = await launchFirefox();
  await enableInstance(ff, 'http://127.0.0.1');
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(server.origin + path);
  return page;
}

const selectedId = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id') ?? 0));
const isShown = (page: Page, id: number) => page.evaluate((id) => !!(document.getElementById(`comment-${id}`) as HTMLElement).offsetParent, id);
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/** The content script's status on a page it read and chose to leave alone. */
const LEFT_ALONE = { lemmy: false, postId: null, version: null, comments: 0, participants: 0 };

/**
 * The content script's answer to the popup's status question
 * (threadlens:status), asked from an extension page with tabs.sendMessage;
 * null while no content script listens in the page's tab. Nothing of it
 * reaches the page: it goes to the content script only.
 */
async function contentStatus(ext: Page, url: string): Promise<unknown> {
  return ext.evaluate(async (url) => {
    const { tabs } = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
    const tab = (await tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    return tabs.sendMessage(tab.id, { type: 'threadlens:status' }).catch(() => null);
  }, url);
}

/**
 * Waits for the content script to start in `page` and decide, then returns its
 * status. An answer means its start-up ran, which queues the read of the page
 * in a 0 ms timer; a 0 ms timer the page queues after that answer runs after it
 * (one event loop, timers in order), so the status asked next is the one after
 * the page was read. No fixed sleep: a slow script is waited for.
 */
async function statusAfterDecision(page: Page): Promise<unknown> {
  const ext = await ff.browser.newPage();
  try {
    await openExtensionPage(ext, 'options.html', 'input[name="instance"]');
    const deadline = Date.now() + 15_000;
    while ((await contentStatus(ext, page.url())) === null) {
      if (Date.now() > deadline) throw new Error(`no content script answered in ${page.url()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    return await contentStatus(ext, page.url());
  } finally {
    await ext.close();
  }
}

/** Computed styles of the sidebar that the page must not be able to change. */
const sidebarLook = (page: Page) =>
  page.evaluate(() => {
    const aside = document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('.tl-sidebar')!;
    const s = getComputedStyle(aside);
    const box = aside.getBoundingClientRect();
    return { position: s.position, display: s.display, visibility: s.visibility, opacity: s.opacity, fontSize: s.fontSize, font: s.fontFamily, width: Math.round(box.width) };
  });

describe(`Threadlens in Firefox`, () => {
  it('runs in firefox-esr with the extension installed as a temporary add-on', () => {
    expect(ff.version).toMatch(/^firefox\/\d+/);
    process.stdout.write(`Firefox under test: ${ff.version}\n`);
  });

  it('shows the sidebar in a shadow root outside #root, with every comment of the page', async () => {
    const page = await open(post);
    await waitForSidebar(page);
    const where = await page.evaluate(() => {
      const host = document.querySelector('threadlens-sidebar') as HTMLElement;
      return { inRoot: !!host.closest('#root'), shadow: !!host.shadowRoot, comments: Number(host.dataset.comments), rendered: document.querySelectorAll('article[id^="comment-"]').length };
    });
    expect(where).toMatchObject({ inRoot: false, shadow: true });
    expect(where.comments).toBe(where.rendered);
    await page.waitForSelector('threadlens-sidebar >>> [role="tree"] [role="treeitem"]');
    await page.close();
  });

  it('collapses a subthread with x and expands it again', async () => {
    const page = await open(post);
    await waitForSidebar(page);
    const child = demoThread.comments.find((c) => c.parentId === firstRoot)!.id;
    await page.click(`threadlens-sidebar >>> [role="treeitem"][data-comment-id="${firstRoot}"]`);
    await blur(page);
    await page.keyboard.press('x');
    await page.waitForFunction((id) => document.getElementById(`comment-${id}`)!.parentElement!.hasAttribute('data-threadlens-collapsed'), {}, firstRoot);
    expect(await isShown(page, child)).toBe(false);
    expect(await isShown(page, firstRoot)).toBe(true);
    await page.click(`threadlens-sidebar >>> [role="treeitem"][data-comment-id="${firstRoot}"]`);
    await blur(page);
    await page.keyboard.press('x');
    await page.waitForFunction((id) => !!(document.getElementById(`comment-${id}`) as HTMLElement).offsetParent, {}, child);
    await page.close();
  });

  it('jumps from a quote to the comment it quotes and flashes it', async () => {
    const page = await open(post);
    await waitForSidebar(page);
    const header = `#comment-${quoting} button.threadlens-quote-header`;
    await page.waitForSelector(header);
    await page.click(header);
    await page.waitForFunction((id) => document.getElementById(`comment-${id}`)!.hasAttribute('data-threadlens-flash'), {}, quoted);
    const top = await page.evaluate((id) => document.getElementById(`comment-${id}`)!.getBoundingClientRect().top, quoted);
    expect(Math.abs(top)).toBeLessThan(5);
    expect(await selectedId(page)).toBe(quoted);
    await page.close();
  });

  it('finds in the thread with / and Enter (the key does not open Firefox\'s quick find)', async () => {
    const page = await open(post);
    await waitForSidebar(page);
    const target = demoThread.comments.find((c) => c.body.includes('grandmother'))!;
    await page.keyboard.press('/');
    await page.waitForFunction(() => {
      const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
      return root.activeElement === root.querySelector('.tl-search input');
    });
    await page.keyboard.type('grandmother');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id')) === id, {}, target.id);
    const words = await page.evaluate(() =>
      [...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('threadlens-search') ?? [])].map((r) => {
        // Static ranges (utils/lemmy/text-ranges) have no text of their own: a live copy reads it.
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }),
    );
    expect(words).toEqual(['grandmother']);
    await page.close();
  });

  it('keeps its look and its page-side collapse under a strict CSP and hostile page styles', async () => {
    const plain = await open(post);
    await waitForSidebar(plain);
    const expected = await sidebarLook(plain);
    await plain.close();
    const page = await open(cspPost);
    await waitForSidebar(page);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe('monospace'); // the hostile sheet applies to the page
    expect(await sidebarLook(page)).toEqual(expected);
    expect(expected).toMatchObject({ position: 'fixed', visibility: 'visible', opacity: '1', fontSize: '14px' });
    await page.click(`threadlens-sidebar >>> [role="treeitem"][data-comment-id="${firstRoot}"]`);
    await blur(page);
    await page.keyboard.press('x');
    const child = demoThread.comments.find((c) => c.parentId === firstRoot)!.id;
    await page.waitForFunction((id) => !(document.getElementById(`comment-${id}`) as HTMLElement).offsetParent, {}, child);
    await page.close();
  });

  it('leaves a non-Lemmy page at /post/1 alone', async () => {
    const page = await open('/post/1');
    const messages: string[] = [];
    page.on('console', (m) => m.text().includes('Threadlens') && messages.push(m.text()));
    // Not a sleep: the content script itself says it read the page and stays out, then it must have left no trace.
    expect(await statusAfterDecision(page)).toEqual(LEFT_ALONE);
    expect(await page.$('threadlens-sidebar')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
    expect(messages).toEqual([]);
    await page.close();
  });

  // Last: it replaces the add-on. Firefox stops the old content script without letting it clean
  // up and injects the new one into the open tab; the new one must clear what the old one left.
  it('shows exactly one working sidebar after the add-on is updated under an open tab', async () => {
    const page = await open(post);
    await waitForSidebar(page);
    await page.evaluate(() => document.querySelector('threadlens-sidebar')!.setAttribute('data-old', ''));
    await ff.browser.installExtension(EXTENSION_DIR);
    await page.waitForSelector('threadlens-sidebar[data-state="ready"]:not([data-old])', { timeout: 15_000 });
    const left = await page.evaluate(() => ({
      hosts: document.querySelectorAll('threadlens-sidebar').length,
      // Our rules come from the manifest's stylesheet (utils/lemmy/page-style.ts): no stand-in <style>.
      styles: document.querySelectorAll('#threadlens-page-style').length,
      rules: getComputedStyle(document.documentElement).getPropertyValue('--threadlens-page-style').trim(),
      margin: document.documentElement.style.marginRight,
    }));
    expect(left).toEqual({ hosts: 1, styles: 0, rules: '1', margin: '320px' });
    await page.click(`threadlens-sidebar >>> [role="treeitem"][data-comment-id="${firstRoot}"]`);
    await blur(page);
    await page.keyboard.press('x');
    await page.waitForFunction((id) => document.getElementById(`comment-${id}`)!.parentElement!.hasAttribute('data-threadlens-collapsed'), {}, firstRoot);
    await page.close();
  });
});
