import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { popupBeside } from './popup';
import { serveFixtures, type FixtureServer } from './server';

let server: FixtureServer;
let browser: ExtensionBrowser;
let lemmy: Page;
const post = `/post/${demoThread.post.id}`;

beforeAll(async () => {
  server = await serveFixtures({ [post]: renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path: post }) });
  browser = await launchWithExtension();
  lemmy = await browser.context.newPage();
  await lemmy.goto(server.origin + post);
  await waitForSidebar(lemmy);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the open Lemmy tab shows: the sidebar's side, width and theme, the page's offset, or the show button. */
function sidebarLooks(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
    const bar = root.querySelector<HTMLElement>('.tl-sidebar');
    const html = document.documentElement.style;
    return {
      side: bar?.classList.contains('tl-left') ? 'left' : bar ? 'right' : null,
      width: bar?.style.width ?? null,
      theme: bar?.dataset.theme ?? null,
      offset: html.marginLeft || html.marginRight ? `${html.marginLeft ? 'left' : 'right'} ${html.marginLeft || html.marginRight}` : 'none',
      showButton: !!root.querySelector('.tl-show'),
    };
  });
}

async function extensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

describe('settings reach open tabs without a reload', () => {
  it('moves, widens and re-themes the sidebar when the options page changes', async () => {
    expect(await sidebarLooks(lemmy)).toMatchObject({ side: 'right', width: '320px', theme: 'light', offset: 'right 320px' });
    const options = await extensionPage('options.html');
    await options.getByLabel('Side', { exact: true }).selectOption('left');
    await options.getByLabel('Width (px)').fill('420');
    await options.getByLabel('Width (px)').press('Tab');
    await options.getByLabel('Colours', { exact: true }).selectOption('dark');
    await expect.poll(() => sidebarLooks(lemmy)).toMatchObject({ side: 'left', width: '420px', theme: 'dark', offset: 'left 420px' });

    // Stored, so a page opened later starts that way too; and a reset puts the defaults back everywhere.
    await options.getByRole('button', { name: 'Reset Sidebar to defaults' }).click();
    await expect.poll(() => sidebarLooks(lemmy)).toMatchObject({ side: 'right', width: '320px', theme: 'dark' });
    await options.getByRole('button', { name: 'Reset everything to defaults' }).click();
    await expect.poll(() => sidebarLooks(lemmy)).toMatchObject({ theme: 'light' });
    await options.close();
  });

  it('hides and shows the sidebar from the popup', async () => {
    const popup = await popupBeside(browser, lemmy);
    const show = popup.getByLabel('Show the sidebar');
    await show.uncheck();
    await expect.poll(() => sidebarLooks(lemmy)).toMatchObject({ showButton: true, side: null, offset: 'none' });
    await show.check();
    await expect.poll(() => sidebarLooks(lemmy)).toMatchObject({ showButton: false, side: 'right' });
    await popup.close();
  });

  it('keeps what was set across a reload', async () => {
    const options = await extensionPage('options.html');
    await options.getByLabel('Side', { exact: true }).selectOption('left');
    await options.close();
    await lemmy.reload();
    await waitForSidebar(lemmy);
    await expect.poll(() => sidebarLooks(lemmy)).toMatchObject({ side: 'left', offset: 'left 320px' });
  });
});
