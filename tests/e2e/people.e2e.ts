import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { axeViolations } from './axe';
import { launchWithExtension, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * People in Chromium with the built extension: the control beside an author's
 * name (reached by keyboard) opens the editor in the sidebar; a tag, a follow
 * and a mute show in the page and the outline; f and a step through a
 * person's comments; a click the page makes on our control does nothing.
 * Every wait is on the page's or the sidebar's own state.
 */
const path = `/post/${demoThread.post.id}`;
const opts = { version: 'B', view: 'tree', theme: 'light', path } as const;
const idsBy = (name: string) => demoThread.comments.filter((c) => c.author.name === name).map((c) => c.id);
const tobias = idsBy('tobias');
const quinn = idsBy('quinnfromtheridge');

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures({ [path]: renderPage(demoThread, opts) });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.origin + path);
  await waitForSidebar(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const control = (id: number) => page.locator(`#comment-${id} [data-threadlens-ui="person"] button`);
const editor = () => page.locator('threadlens-sidebar .tl-person-editor');
const rowClass = (id: number) => page.evaluate((i) => document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector(`[role="treeitem"][data-comment-id="${i}"]`)?.className ?? '', id);
const rowTag = (id: number) => page.evaluate((i) => document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector(`[role="treeitem"][data-comment-id="${i}"] .tl-tag`)?.textContent ?? null, id);
const selected = () =>
  page.evaluate(() => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id')));
const followedInPage = () => page.evaluate(() => [...document.querySelectorAll('article[data-threadlens-follow]')].map((a) => Number(a.id.slice(8))));
const mutedInPage = () => page.evaluate(() => [...document.querySelectorAll('li[data-threadlens-muted] > article')].map((a) => Number(a.id.slice(8))));
const visible = (id: number) => page.evaluate((i) => !!(document.querySelector(`#comment-${i} .comment-content`) as HTMLElement | null)?.offsetParent, id);

describe('people', () => {
  it('a click the page makes on our control opens nothing', async () => {
    await expect.poll(() => control(tobias[0]!).count()).toBe(1);
    await page.evaluate((id) => document.querySelector<HTMLElement>(`#comment-${id} [data-threadlens-ui="person"] button`)!.click(), tobias[0]);
    // A key of the reader's after it: once it has landed, the page's click was handled too.
    await page.keyboard.press('j');
    await expect.poll(selected).toBe(demoThread.comments[0]!.id);
    expect(await editor().count()).toBe(0);
  });

  it('tags and follows from the keyboard: the control is a named button, the editor in the sidebar', async () => {
    await expect(control(tobias[0]!).getAttribute('aria-label')).resolves.toBe('Tag, follow or mute tobias@lemmy.example');
    await control(tobias[0]!).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor().count()).toBe(1);
    // Focus goes to the tag field as the editor opens: type there once it has.
    await expect.poll(() => page.evaluate(() => document.querySelector('threadlens-sidebar')!.shadowRoot!.activeElement?.getAttribute('type'))).toBe('text');
    await page.keyboard.type('bus driver');
    await editor().getByRole('checkbox', { name: /Follow/ }).check();
    await editor().getByRole('button', { name: 'Save' }).click();
    await expect.poll(followedInPage).toEqual(tobias);
    expect(await page.locator(`#comment-${tobias[1]} [data-threadlens-ui="person"] > span`).textContent()).toBe('bus driver');
    await expect.poll(() => rowClass(tobias[0]!)).toContain('tl-row-followed');
    expect(await rowTag(tobias[0]!)).toBe('bus driver');
  });

  it('steps through the followed person’s comments with f and F, and the same author’s with a', async () => {
    await page.keyboard.press('f');
    await expect.poll(selected).toBe(tobias[1]);
    await page.keyboard.press('f');
    await expect.poll(selected).toBe(tobias[2]);
    await page.keyboard.press('F');
    await expect.poll(selected).toBe(tobias[1]);
    await page.locator(`threadlens-sidebar [role="treeitem"][data-comment-id="${quinn[0]}"]`).click();
    await expect.poll(selected).toBe(quinn[0]);
    await page.keyboard.press('a');
    await expect.poll(selected).toBe(quinn[1]);
  });

  it('mutes: folded in the page behind a line that opens it, dimmed in the outline', async () => {
    await control(quinn[0]!).click();
    await editor().getByRole('checkbox', { name: /Mute/ }).check();
    await editor().getByRole('button', { name: 'Save' }).click();
    await expect.poll(mutedInPage).toEqual(quinn);
    expect(await visible(quinn[0]!)).toBe(false);
    await expect.poll(() => rowClass(quinn[0]!)).toContain('tl-row-muted');
    const line = page.locator(`#comment-${quinn[0]} button[data-threadlens-ui="muted"]`);
    await expect(line.textContent()).resolves.toMatch(/^Muted: quinnfromtheridge@127\.0\.0\.1:\d+\. Show the comment$/);
    // A page-made click on the line leaves it folded: checked once a key of the reader's after it has landed.
    const before = await selected();
    await page.evaluate((id) => document.querySelector<HTMLElement>(`#comment-${id} button[data-threadlens-ui="muted"]`)!.click(), quinn[0]);
    await page.keyboard.press('j');
    await expect.poll(selected).not.toBe(before);
    expect(await mutedInPage()).toEqual(quinn);
    await line.click();
    await expect.poll(() => visible(quinn[0]!)).toBe(true);
    expect(await mutedInPage()).toEqual(quinn.slice(1));
  });

  it('keeps them across a reload, with no axe-core violations (screenshot)', async () => {
    await page.reload();
    await waitForSidebar(page);
    await expect.poll(followedInPage).toEqual(tobias);
    await expect.poll(mutedInPage).toEqual(quinn);
    await control(tobias[0]!).click();
    await expect.poll(() => editor().count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const out = process.env.UPDATE_DOCS ? resolve(import.meta.dirname, '../../docs') : resolve(import.meta.dirname, 'artifacts');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: resolve(out, 'people.png'), animations: 'disabled' });
  });
});
