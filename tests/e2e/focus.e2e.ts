import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage, type ThreadSpec } from '../fixtures/build-thread';
import { demoThread } from '../fixtures/demo-thread';
import { axeViolations } from './axe';
import { launchWithExtension, readLocal, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * Focus on a linked comment (issue 20, part 3) in Chromium: a context view
 * (`/post/P/C`) renders only C's thread, as lemmy-ui does, while its isoData
 * holds the whole post, so the outline has every other comment as an off-page
 * row. Those off C's path are folded; the key and the sidebar's button unfold
 * them; the page's own router moving on to the whole post opens them too.
 */
const post = demoThread.post.id;
/** 7013: a reply in the second thread, with a sibling that has a reply of its own. */
const linked = 7013;
const contextPath = `/post/${post}/${linked}`;
const wholePath = `/post/${post}`;
const opts = { version: 'B', view: 'tree', theme: 'light' } as const;

/** C and everything below it: what lemmy-ui renders on C's context view. */
function below(spec: ThreadSpec, id: number): ThreadSpec {
  const keep = new Set([id]);
  for (const c of spec.comments) if (c.parentId !== null && keep.has(c.parentId)) keep.add(c.id);
  return { ...spec, comments: spec.comments.filter((c) => keep.has(c.id)) };
}

/** By hand from the spec: comments with replies that branch off the path to `id` (top level, or a reply to a comment on it). */
function offPath(spec: ThreadSpec, id: number): number[] {
  const byId = new Map(spec.comments.map((c) => [c.id, c]));
  const path = new Set<number | null>([null]);
  for (let at: number | null = id; at !== null; at = byId.get(at)!.parentId) path.add(at);
  const hasReplies = new Set(spec.comments.map((c) => c.parentId));
  return spec.comments.filter((c) => path.has(c.parentId) && !path.has(c.id) && hasReplies.has(c.id)).map((c) => c.id);
}

/**
 * The context view with the whole post's isoData, and a page router as lemmy-ui's:
 * "View all comments" pushes /post/P and renders the whole thread, Back returns.
 */
function contextPage(): string {
  const whole = renderPage(demoThread, { ...opts, path: wholePath });
  const iso = /<script nonce="">window\.isoData = [\s\S]*?<\/script>/.exec(renderPage(demoThread, { ...opts, path: contextPath, isoData: true }))![0];
  const context = renderPage(below(demoThread, linked), { ...opts, path: contextPath });
  const tree = (html: string) => /<ul class="comments[\s\S]*<\/ul>/.exec(html.slice(html.indexOf('<ul class="comments')))![0];
  const json = (s: string) => JSON.stringify(s).replace(/</g, '\\u003C');
  const router = `<script>
(() => {
  const trees = { ${json(contextPath)}: ${json(tree(context))}, ${json(wholePath)}: ${json(tree(whole))} };
  const show = (path) => {
    const t = document.createElement('template');
    t.innerHTML = trees[path];
    document.querySelector('ul.comments').replaceWith(t.content.firstElementChild);
  };
  const link = Object.assign(document.createElement('a'), { id: 'view-all', href: ${json(wholePath)}, textContent: 'View all comments' });
  document.querySelector('ul.comments').before(link);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState({}, '', ${json(wholePath)});
    show(${json(wholePath)});
  });
  window.addEventListener('popstate', () => show(location.pathname));
})();
</script>`;
  return context.replace('<head>', () => `<head>\n${iso}`).replace('</body>', () => `${router}\n</body>`);
}

let server: FixtureServer;
let browser: ExtensionBrowser;
const folds = offPath(demoThread, linked);

beforeAll(async () => {
  server = await serveFixtures({ [contextPath]: contextPage() });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.origin + contextPath);
  await waitForSidebar(page);
  return page;
}

const collapsedRows = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"][aria-expanded="false"]')]
      .map((r) => Number(r.getAttribute('data-comment-id')))
      .sort((a, b) => a - b),
  );
const rowIds = (p: Page) =>
  p.evaluate(() => [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((r) => Number(r.getAttribute('data-comment-id'))));
const focusBar = (p: Page) => p.locator('threadlens-sidebar .tl-focus');
const unfoldButton = (p: Page) => p.getByRole('button', { name: 'Unfold the rest' });
const selected = (p: Page) =>
  p.evaluate(() => Number(document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id') ?? 0));

describe('focus on a linked comment, in Chromium', () => {
  it('folds every subthread off the linked comment’s path, off-page rows included', async () => {
    expect(folds).toEqual([7001, 7011, 7016, 7020, 7025]);
    const page = await open();
    await expect.poll(() => collapsedRows(page)).toEqual(folds);
    await expect(focusBar(page).textContent()).resolves.toContain(`${folds.length} subthreads off its path folded`);
    // The path to the comment and its replies stay in the outline.
    const rows = await rowIds(page);
    for (const id of [7010, 7013, 7014, 7015]) expect(rows).toContain(id);
    expect(rows).not.toContain(7002);
    // The page's own comments, the linked one's thread, are all shown.
    const hidden = await page.evaluate(() => [...document.querySelectorAll('article[id^="comment-"]')].filter((a) => !(a as HTMLElement).offsetParent).length);
    expect(hidden).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const out = process.env.UPDATE_DOCS ? resolve(import.meta.dirname, '../../docs') : resolve(import.meta.dirname, 'artifacts');
    mkdirSync(out, { recursive: true });
    await page.locator('threadlens-sidebar .tl-sidebar').screenshot({ path: resolve(out, 'focus.png'), animations: 'disabled' });
    await page.close();
  });

  it('ignores page-made keys and clicks, and unfolds with the reader’s key', async () => {
    const page = await open();
    await expect.poll(() => collapsedRows(page)).toEqual(folds);
    await page.evaluate(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', bubbles: true }));
      const button = [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Unfold the rest');
      button!.click();
    });
    // A key of the reader's after them: once it has landed, the page's events were handled too.
    await page.keyboard.press('j');
    await expect.poll(() => selected(page)).toBeGreaterThan(0);
    expect(await collapsedRows(page)).toEqual(folds);
    await page.keyboard.press('o');
    await expect.poll(() => collapsedRows(page)).toEqual([]);
    await expect(focusBar(page).count()).resolves.toBe(0);
    await expect.poll(() => rowIds(page)).toContain(7002);
    await page.close();
  });

  it('unfolds with the sidebar’s button, and remembers none of it', async () => {
    const page = await open();
    await expect.poll(() => collapsedRows(page)).toEqual(folds);
    await unfoldButton(page).click();
    await expect.poll(() => collapsedRows(page)).toEqual([]);
    const stored = ((await readLocal(browser, ['collapsedByPost'])).collapsedByPost ?? []) as { post: string; ids: number[] }[];
    expect(stored.flatMap((e) => e.ids).filter((id) => folds.includes(id))).toEqual([]);
    await page.close();
  });

  it('opens everything when the page’s router moves on to the whole post, and folds again back on the link', async () => {
    const page = await open();
    await expect.poll(() => collapsedRows(page)).toEqual(folds);
    await page.click('#view-all');
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(wholePath);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('article[id^="comment-"]').length)).toBe(demoThread.comments.length);
    await expect.poll(() => collapsedRows(page)).toEqual([]);
    await expect(focusBar(page).count()).resolves.toBe(0);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(contextPath);
    await expect.poll(() => collapsedRows(page)).toEqual(folds);
    await page.close();
  });
});
