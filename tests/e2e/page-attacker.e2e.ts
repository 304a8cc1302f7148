import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderPage, type ThreadSpec } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { forgetLocal, launchWithExtension, readLocal, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * Issue 16, the page as attacker, in Chromium with the built extension. The
 * page's own script is where page.evaluate runs (the main world), so each
 * attack below is exactly what the served page could do to Threadlens: forge
 * keys and clicks, reach into the sidebar's open shadow root, send WXT's
 * "newer script started" event, make Threadlens record a number of its
 * choosing, remove the sidebar's host, hide an input in a closed shadow root.
 * Each case has its control: the same action from the reader (playwright's
 * real keyboard and mouse) does work, so each check can fail. "Nothing
 * happened" is never a sleep: a reader action whose result depends on the
 * forged one is awaited first.
 */
const opts = { version: 'B', view: 'tree', theme: 'light' } as const;
/** The demo thread under a post id of its own per case: collapsed state and visits are per post. */
const postAt = (id: number): ThreadSpec => ({ ...demoThread, post: { ...demoThread.post, id } });
const CASE = { hideKey: 4301, collapseKey: 4302, shadowRoot: 4303, wxtEvent: 4304, forgedIds: 4305, hostRemoved: 4306, typeRace: 4307, closedRoot: 4308 };
/** The demo thread in reading order is 7001…7029: the row after `id` is `id + 1` while nothing is collapsed. */
const after = (id: number) => id + 1;
const WIDTH = 320; // the default sidebar width

/** Forged ids: the number the page wants Threadlens to keep, on a post id it made up. */
const chosen = 1_234_567;
const madeUpPost = 999;
const forged: ThreadSpec = {
  ...demoThread,
  post: { ...demoThread.post, id: madeUpPost },
  comments: [{ id: chosen, parentId: null, author: { name: 'page' }, up: 1, down: 0, body: 'A forged comment.' }],
};
/** The page's probe: a context view of its made-up post with one article above the chosen number. */
const probeId = chosen + 1;
const probePath = `/post/${madeUpPost}/${probeId}`;
const probe: ThreadSpec = { ...forged, comments: [{ ...forged.comments[0]!, id: probeId }] };

let server: FixtureServer;
let browser: ExtensionBrowser;
const pages: Page[] = [];

beforeAll(async () => {
  const routes = Object.fromEntries(
    Object.values(CASE).map((id) => {
      const path = `/post/${id}`;
      return [path, renderPage(postAt(id), { ...opts, path })];
    }),
  );
  server = await serveFixtures({ ...routes, [probePath]: renderPage(probe, { ...opts, path: probePath }) });
  browser = await launchWithExtension();
});
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
  // Shared by every tab: whatever a case left (or a failing build did), the next starts from the defaults.
  await forgetLocal(browser, ['sidebarHidden', 'sidebar']);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.goto(server.origin + path);
  await waitForSidebar(page);
  return page;
}

const stored = async (key: string): Promise<unknown> => (await readLocal(browser, [key]))[key];
const sidebar = (page: Page) => page.locator('threadlens-sidebar .tl-sidebar');
/** The selected outline row's comment id; null when there is none (or no outline shown). */
const selected = (page: Page) =>
  page.evaluate(() => {
    const row = document.querySelector('threadlens-sidebar')?.shadowRoot?.querySelector('[role="treeitem"][aria-selected="true"]');
    return row ? Number(row.getAttribute('data-comment-id')) : null;
  });
const expanded = (page: Page, id: number) => page.locator(`threadlens-sidebar [role="treeitem"][data-comment-id="${id}"]`).getAttribute('aria-expanded');
const collapsedOnPage = (page: Page) => page.evaluate(() => document.querySelectorAll('li.comment[data-threadlens-collapsed]').length);
const margin = (page: Page) => page.evaluate(() => document.documentElement.style.marginRight);
/** Collapsed subthreads stored for a post of the fixture server. */
const storedCollapsed = async (post: number) => {
  const entries = ((await stored('collapsedByPost')) ?? []) as { post: string; ids: number[] }[];
  return entries.find((e) => e.post === `${new URL(server.origin).host}/post/${post}`)?.ids ?? [];
};

/** The reader's `j`, awaited until the outline shows its result; returns the selected row. */
async function readerNext(page: Page, expected?: number): Promise<number> {
  const before = await selected(page);
  await page.keyboard.press('j');
  if (expected !== undefined) await expect.poll(() => selected(page)).toBe(expected);
  else await expect.poll(() => selected(page)).not.toBe(before);
  return (await selected(page))!;
}

/** A keydown made by the page's own script (isTrusted false), dispatched on its document. */
const forgeKey = (page: Page, key: string) =>
  page.evaluate((key) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })), key);

describe('the page attacks Threadlens, in Chromium', () => {
  it('page-dispatched "\\" keydown neither hides the sidebar nor stores "hidden"; the reader’s does', async () => {
    const page = await open(`/post/${CASE.hideKey}`);
    const hiddenBefore = await stored('sidebarHidden');
    expect(hiddenBefore).not.toBe(true);
    await forgeKey(page, '\\');
    // The reader's j lands in the outline only if the sidebar is still there.
    await readerNext(page);
    await expect(sidebar(page).count()).resolves.toBe(1);
    expect(await stored('sidebarHidden')).toBe(hiddenBefore);

    // Control: the reader's \ hides it and stores the choice.
    await page.keyboard.press('\\');
    await expect.poll(() => sidebar(page).count()).toBe(0);
    await expect.poll(() => stored('sidebarHidden'), { timeout: 5_000 }).toBe(true);
  });

  it('page-dispatched "x" collapses nothing and stores nothing; the reader’s does', async () => {
    const page = await open(`/post/${CASE.collapseKey}`);
    const first = await readerNext(page);
    expect(await expanded(page, first)).toBe('true'); // a row with replies: x would hide them
    await forgeKey(page, 'x');
    // Had x collapsed the selected subthread, j would skip its replies.
    await readerNext(page, after(first));
    expect(await expanded(page, first)).toBe('true');
    expect(await collapsedOnPage(page)).toBe(0);
    expect(await storedCollapsed(CASE.collapseKey)).toEqual([]);

    // Control: the reader's x collapses the selected subthread, on the page too, and it is stored.
    await page.keyboard.press('x');
    await expect.poll(() => expanded(page, after(first))).toBe('false');
    await expect.poll(() => collapsedOnPage(page)).toBe(1);
    await expect.poll(() => storedCollapsed(CASE.collapseKey), { timeout: 5_000 }).toEqual([after(first)]);
  });

  it('page-made clicks inside the open shadow root (hide button, tab, row) and ArrowLeft keys on the resize handle change nothing', async () => {
    const page = await open(`/post/${CASE.shadowRoot}`);
    const first = await readerNext(page);
    const far = 7010; // a row well away from the selection
    const layoutBefore = await stored('sidebar');
    await page.evaluate(
      ({ far }) => {
        const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
        const click = (el: Element) => {
          const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
          el.dispatchEvent(new PointerEvent('pointerdown', init));
          el.dispatchEvent(new MouseEvent('mousedown', init));
          el.dispatchEvent(new PointerEvent('pointerup', init));
          el.dispatchEvent(new MouseEvent('mouseup', init));
          (el as HTMLElement).click();
        };
        click(root.querySelector(`[role="treeitem"][data-comment-id="${far}"]`)!);
        click(root.querySelector('#tl-tab-votes')!);
        const handle = root.querySelector('[role="separator"]')!;
        for (let i = 0; i < 3; i++) handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true, composed: true }));
        click(root.querySelector('[aria-label="Hide Threadlens sidebar"]')!);
      },
      { far },
    );
    // The reader's j moves on from the reader's own selection, in the outline tab of a shown sidebar.
    await readerNext(page, after(first));
    expect(await page.locator('threadlens-sidebar #tl-tab-outline').getAttribute('aria-selected')).toBe('true');
    expect(await stored('sidebarHidden')).not.toBe(true);
    const shown = () => sidebar(page).evaluate((el) => Math.round(el.getBoundingClientRect().width));
    expect(await shown()).toBe(WIDTH);
    expect(await margin(page)).toBe(`${WIDTH}px`);
    expect(await page.locator('threadlens-sidebar [role="separator"]').getAttribute('aria-valuenow')).toBe(String(WIDTH));
    expect(await stored('sidebar')).toEqual(layoutBefore);

    // Control: the reader's ArrowLeft on the handle widens the sidebar, on screen and in storage…
    await page.locator('threadlens-sidebar [role="separator"]').focus(); // as Tab would (a click there starts a drag)
    await page.keyboard.press('ArrowLeft');
    await expect.poll(shown).toBe(WIDTH + 16);
    await expect.poll(() => margin(page)).toBe(`${WIDTH + 16}px`);
    await expect.poll(async () => ((await stored('sidebar')) as { width?: number } | undefined)?.width, { timeout: 5_000 }).toBe(WIDTH + 16);
    // …their clicks select a row, change tabs and hide the sidebar.
    await page.locator(`threadlens-sidebar [role="treeitem"][data-comment-id="${far}"]`).click();
    await expect.poll(() => selected(page)).toBe(far);
    await page.locator('threadlens-sidebar #tl-tab-votes').click();
    await expect.poll(() => page.locator('threadlens-sidebar #tl-tab-votes').getAttribute('aria-selected')).toBe('true');
    await page.locator('threadlens-sidebar [aria-label="Hide Threadlens sidebar"]').click();
    await expect.poll(() => sidebar(page).count()).toBe(0);
    await expect.poll(() => stored('sidebarHidden'), { timeout: 5_000 }).toBe(true);
  });

  it('WXT’s "newer content script started" event, dispatched or posted by the page, does not switch Threadlens off', async () => {
    const page = await open(`/post/${CASE.wxtEvent}`);
    // WXT's name for it: `${browser.runtime.id}:${ENTRYPOINT}:wxt:content-script-started`, the entrypoint
    // being "lemmy" (the built content script makes its context with `new ContentScriptContext("lemmy")`).
    const type = `${browser.extensionId}:lemmy:wxt:content-script-started`;
    await page.evaluate((type) => {
      const w = window as unknown as { __posted?: boolean };
      window.addEventListener('message', (e) => (e.data as { type?: string })?.type === type && (w.__posted = true));
      const detail = { contentScriptName: 'lemmy', messageId: 'x' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, type);
    // The posted message has arrived (the content script's listeners, if any, had it first or with it).
    await expect.poll(() => page.evaluate(() => (window as unknown as { __posted?: boolean }).__posted)).toBe(true);
    // Keys still work, and the sidebar is still there to show them.
    const first = await readerNext(page);
    await readerNext(page, after(first));
    expect(await page.locator('threadlens-sidebar').getAttribute('data-state')).toBe('ready');
    await expect(sidebar(page).count()).resolves.toBe(1);
    expect(await margin(page)).toBe(`${WIDTH}px`);
  });

  it('the same event sent as the page is parsed, before Threadlens has started, does not switch it off either', async () => {
    const type = `${browser.extensionId}:lemmy:wxt:content-script-started`;
    const page = await browser.context.newPage();
    pages.push(page);
    // At DOMContentLoaded: the content script runs from document_start, the sidebar a frame later.
    await page.addInitScript((type) => {
      document.addEventListener('DOMContentLoaded', () => {
        const detail = { contentScriptName: 'lemmy', messageId: 'early' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      });
    }, type);
    await page.goto(`${server.origin}/post/${CASE.wxtEvent}`);
    await waitForSidebar(page);
    const first = await readerNext(page);
    await readerNext(page, after(first));
    expect(await margin(page)).toBe(`${WIDTH}px`);
  });

  it('forged ids: a number the page made Threadlens record cannot be read back once the reader clears the site’s data', async () => {
    const host = new URL(server.origin).host;
    const visitOf = async () => (((await stored('visits')) ?? []) as { post: string; maxId: number }[]).find((v) => v.post === `${host}/post/${madeUpPost}`);
    const marked = (p: Page) => p.evaluate(() => [...document.querySelectorAll('article[data-threadlens-new]')].map((a) => Number(a.id.slice(8))));

    // The attack: the page swaps its post for a made-up one with one article of the chosen id, and moves its URL there.
    const attacker = await open(`/post/${CASE.forgedIds}`);
    const made = renderPage(forged, { ...opts, path: `/post/${madeUpPost}` });
    await attacker.evaluate(
      ({ made, path }) => {
        const doc = new DOMParser().parseFromString(made, 'text/html');
        document.querySelector('.post.container-lg')!.replaceWith(document.importNode(doc.querySelector('.post.container-lg')!, true));
        history.pushState({}, '', path);
      },
      { made, path: `/post/${madeUpPost}` },
    );
    await attacker.locator(`threadlens-sidebar[data-state="ready"][data-post="${madeUpPost}"][data-comments="1"]`).waitFor({ state: 'attached' });
    await expect.poll(visitOf, { timeout: 5_000 }).toMatchObject({ maxId: chosen });

    // Control: with the site's data kept, the probe above the chosen number is marked new (the page reads it back).
    const control = await open(probePath);
    await expect.poll(() => marked(control), { timeout: 5_000 }).toEqual([probeId]);
    await control.close();

    // The reader clears the site's data (what "Clear site data" in the browser does).
    const cdp = await browser.context.newCDPSession(attacker);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' });
    await cdp.detach();
    expect(await attacker.evaluate(() => localStorage.length)).toBe(0);
    await attacker.close();

    const probed = await open(probePath);
    const token = () => probed.evaluate(() => localStorage.getItem('threadlens:site'));
    // A reader action that goes through extension storage, issued after the probe's page was read.
    await probed.keyboard.press('\\');
    await expect.poll(() => stored('sidebarHidden'), { timeout: 5_000 }).toBe(true);
    expect(await probed.locator(`#comment-${probeId}`).count()).toBe(1);
    expect(await marked(probed)).toEqual([]);
    // The site has a new token, bound only after the page's records were dropped: the record is gone,
    // so the look-up that follows the binding finds nothing, and the probe stays unmarked.
    const bound = async () => {
      const inPage = await token();
      return inPage !== null && ((await stored('siteTokens')) as Record<string, string> | undefined)?.[host] === inPage;
    };
    await expect.poll(bound, { timeout: 5_000 }).toBe(true);
    expect(await visitOf()).toBeUndefined();
    expect(await marked(probed)).toEqual([]);
  });

  it('when the page removes the sidebar’s host, its margin goes, and the reader’s "\\" brings the sidebar back', async () => {
    const page = await open(`/post/${CASE.hostRemoved}`);
    expect(await margin(page)).toBe(`${WIDTH}px`);
    await page.evaluate(() => document.querySelector('threadlens-sidebar')!.remove());
    await expect.poll(() => margin(page)).toBe('');
    await page.keyboard.press('\\');
    await page.locator('threadlens-sidebar[data-state="ready"]').waitFor({ state: 'attached', timeout: 5_000 });
    await expect.poll(() => sidebar(page).count()).toBe(1);
    await expect.poll(() => margin(page)).toBe(`${WIDTH}px`);
    expect(await stored('sidebarHidden')).not.toBe(true);
    // And it works: the reader's j selects in its outline.
    await readerNext(page);
  });

  it('typing "/the" fast with the sidebar hidden puts "the" in the find box and does not run t', async () => {
    const page = await open(`/post/${CASE.typeRace}`);
    let deep = await readerNext(page);
    for (let i = 0; i < 3; i++) deep = await readerNext(page, after(deep));
    // t ("top of this thread") would move the selection from here to its root: the signal that it ran.
    expect(demoThread.comments.find((c) => c.id === deep)!.parentId).not.toBeNull();
    await page.keyboard.press('\\');
    await expect.poll(() => sidebar(page).count()).toBe(0);

    await page.keyboard.type('/the', { delay: 0 });
    const box = page.locator('threadlens-sidebar .tl-search input');
    await expect.poll(() => box.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el).catch(() => false)).toBe(true);
    await expect.poll(() => box.inputValue()).toBe('the');
    expect(await selected(page)).toBe(deep);
  });

  it('typing "jjx" in an input inside the page’s closed shadow root runs no command; the same keys outside it do', async () => {
    const page = await open(`/post/${CASE.closedRoot}`);
    await page.evaluate(() => {
      customElements.define(
        'page-field',
        class extends HTMLElement {
          constructor() {
            super();
            const root = this.attachShadow({ mode: 'closed' });
            const input = document.createElement('input');
            input.setAttribute('aria-label', 'Write a comment');
            input.style.cssText = 'display:block;width:100%;font:inherit';
            root.append(input);
            (window as unknown as { __field: HTMLInputElement }).__field = input; // the page keeps its own input
          }
        },
      );
      const field = document.createElement('page-field');
      field.style.display = 'block';
      document.querySelector('.post.container-lg')!.prepend(field);
    });
    // The reader's own selection first, by a click on its row (keys outside the field work: see the control).
    const picked = 7007; // then j, and the control’s j j reaches 7010: a comment with replies and a next sibling
    await page.locator(`threadlens-sidebar [role="treeitem"][data-comment-id="${picked}"]`).click();
    await expect.poll(() => selected(page)).toBe(picked);

    await page.locator('page-field').click();
    await page.keyboard.type('jjx');
    // The keys were typed (their keydowns came and went), as text.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __field: HTMLInputElement }).__field.value)).toBe('jjx');
    // Back to the page: the reader's j moves one row on from the row picked, and nothing was collapsed.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const second = await readerNext(page, after(picked));
    expect(await collapsedOnPage(page)).toBe(0);
    expect(await storedCollapsed(CASE.closedRoot)).toEqual([]);

    // Control: the same keys outside the field run commands: two rows on, and that subthread collapsed.
    const target = after(after(second));
    expect(await expanded(page, target)).toBe('true');
    await page.keyboard.type('jjx');
    await expect.poll(() => expanded(page, target)).toBe('false');
    await expect.poll(() => collapsedOnPage(page)).toBe(1);
    await expect.poll(() => storedCollapsed(CASE.closedRoot), { timeout: 5_000 }).toEqual([target]);
  });
});
