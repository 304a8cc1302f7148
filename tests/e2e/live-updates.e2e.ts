import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComments, renderPage } from '../fixtures/build-thread';
import type { ThreadSpec } from '../fixtures/thread-spec';
import { generateThread } from '../fixtures/build-thread';
import { launchWithExtension, sidebarStatus, waitForSidebar, type ExtensionBrowser } from './browser';
import { serveFixtures, type FixtureServer } from './server';

/**
 * The page changes the way lemmy-ui changes it (docs/lemmy-ui.md, "More replies", "Collapse", "Page changes"); the
 * sidebar's tree must follow: no duplicates, right parents, old post dropped.
 */
const opts = { version: 'B', view: 'tree', theme: 'light' } as const;
const full = generateThread({ comments: 80, maxDepth: 4, seed: 11, host: '127.0.0.1' });
const roots = full.comments.filter((c) => c.parentId === null);
const firstRoots = new Set(roots.slice(0, 5).map((r) => r.id));

/** The comments under the given roots (what lemmy-ui shows before scrolling). */
function under(spec: ThreadSpec, keep: Set<number>): ThreadSpec {
  const ids = new Set<number>();
  for (const c of spec.comments) if ((c.parentId === null && keep.has(c.id)) || (c.parentId !== null && ids.has(c.parentId))) ids.add(c.id);
  return { ...spec, comments: spec.comments.filter((c) => ids.has(c.id)) };
}

const initial = under(full, firstRoots);
const other: ThreadSpec = { ...generateThread({ comments: 12, maxDepth: 2, seed: 99, host: '127.0.0.1' }) };
other.post = { ...other.post, id: full.post.id + 1, title: 'A different post' };

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;
const path = `/post/${full.post.id}`;

beforeAll(async () => {
  server = await serveFixtures({ [path]: renderPage(initial, { ...opts, path }) });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function rowIds(p: Page): Promise<number[]> {
  return p.evaluate(() =>
    [...document.querySelector('threadlens-sidebar')!.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((r) =>
      Number(r.getAttribute('data-comment-id')),
    ),
  );
}
const articles = (p: Page) => p.locator('article[id^="comment-"]').count();
const status = async (p: Page) => sidebarStatus(p);

/** Parses our own fixture HTML inside the page (test code, our text) and returns nodes by selector. */
async function insert(p: Page, html: string, select: string, into: string, mode: 'append' | 'replace') {
  await p.evaluate(
    ({ html, select, into, mode }) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const nodes = [...t.content.querySelectorAll(select)];
      const target = document.querySelector(into)!;
      if (mode === 'replace') target.replaceChildren(...nodes);
      else target.append(...nodes);
    },
    { html, select, into, mode },
  );
}

describe('live updates in Chromium', () => {
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(server.origin + path);
    await waitForSidebar(page);
  });

  it('reads the first batch', async () => {
    expect(Number((await status(page)).comments)).toBe(initial.comments.length);
    expect(await articles(page)).toBe(initial.comments.length);
  });

  it('adds top-level batches appended while scrolling, without duplicates', async () => {
    const next = under(full, new Set(roots.slice(5, 10).map((r) => r.id)));
    await insert(page, renderComments(next, opts), 'ul.comments > li.comment:not(li li)', 'ul.comments', 'append');
    const expected = initial.comments.length + next.comments.length;
    await expect.poll(async () => Number((await status(page)).comments)).toBe(expected);
    await page.locator('threadlens-sidebar').evaluate((h) => h.shadowRoot!.querySelector('[role="tree"]')!.scrollTo(0, 1e6));
    const ids = await rowIds(page);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps replies lemmy-ui removes when it collapses a comment, and takes them back on expand', async () => {
    const parent = initial.comments.find((c) => initial.comments.some((d) => d.parentId === c.id))!;
    const before = Number((await status(page)).comments);
    const removed = await page.evaluate((id) => {
      const li = document.getElementById(`comment-${id}`)!.parentElement!;
      const kids = li.querySelector(':scope > ul.comments')!;
      const n = kids.querySelectorAll('article').length;
      (window as unknown as { __kids: Element }).__kids = kids;
      kids.remove();
      li.querySelector('article .comment-content')!.remove();
      li.append(Object.assign(document.createElement('div'), { className: 'row col-12' }));
      return n;
    }, parent.id);
    expect(removed).toBeGreaterThan(0);
    await expect.poll(async () => articles(page)).toBe(before - removed);
    // The tree still holds them: they exist, lemmy-ui just is not showing them.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(Number((await status(page)).comments)).toBe(before);
  });

  it('loads "N more replies" into the right parent', async () => {
    // A comment still on the page whose replies are loaded: lemmy-ui shows a stub instead, then loads them.
    const stubbed = await page.evaluate(() => {
      const li = [...document.querySelectorAll('li.comment')].find((l) => l.querySelector(':scope > ul.comments > li > article'));
      return Number(li!.querySelector(':scope > article')!.id.slice('comment-'.length));
    });
    const before = Number((await status(page)).comments);
    const removed = await page.evaluate((id) => {
      const li = document.getElementById(`comment-${id}`)!.parentElement!;
      const kids = li.querySelector(':scope > ul.comments')!;
      (window as unknown as { __sub: Element }).__sub = kids;
      const stub = Object.assign(document.createElement('div'), { className: 'details ms-1 comment-node py-2 border-top border-light' });
      stub.append(Object.assign(document.createElement('button'), { className: 'btn btn-link text-muted', textContent: '3 more replies ➔' }));
      kids.replaceWith(stub);
      return kids.querySelectorAll('article').length;
    }, stubbed);
    await expect.poll(async () => Number((await status(page)).comments)).toBe(before - removed);
    await page.evaluate((id) => {
      const li = document.getElementById(`comment-${id}`)!.parentElement!;
      li.querySelector(':scope > div.comment-node')!.replaceWith((window as unknown as { __sub: Element }).__sub);
    }, stubbed);
    await expect.poll(async () => Number((await status(page)).comments)).toBe(before);
    const levels = await page.evaluate(async (id) => {
      const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
      const tree = root.querySelector<HTMLElement>('[role="tree"]')!;
      const child = document.getElementById(`comment-${id}`)!.parentElement!.querySelector(':scope > ul.comments > li > article')!;
      // The outline renders only rows in view: scroll it until both rows have been seen.
      const seen: Record<string, string | null> = {};
      for (let top = 0; top <= tree.scrollHeight; top += tree.clientHeight / 2) {
        tree.scrollTop = top;
        await new Promise(requestAnimationFrame);
        for (const cid of [String(id), child.id.slice('comment-'.length)]) {
          seen[cid] ??= root.querySelector(`[data-comment-id="${cid}"]`)?.getAttribute('aria-level') ?? null;
        }
      }
      return { parent: seen[String(id)], child: seen[child.id.slice('comment-'.length)] };
    }, stubbed);
    expect(levels.parent).toBeTruthy();
    expect(Number(levels.child)).toBe(Number(levels.parent) + 1);
  });

  it('rebuilds on a sort change (comment area replaced by a spinner, then new nodes)', async () => {
    const resorted = { ...initial, comments: [...under(full, new Set([...firstRoots].reverse())).comments] };
    await page.evaluate(() => {
      const wrap = document.querySelector('ul.comments')!.parentElement!;
      wrap.replaceChildren(Object.assign(document.createElement('div'), { className: 'text-center', textContent: '…' }));
    });
    await expect.poll(async () => Number((await status(page)).comments)).toBe(0);
    await page.evaluate((html) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      document.querySelector('div.text-center')!.replaceWith(...t.content.childNodes);
    }, renderComments(resorted, opts));
    await expect.poll(async () => Number((await status(page)).comments)).toBe(resorted.comments.length);
    const ids = await rowIds(page);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows client-side navigation to another post and drops the old one', async () => {
    const otherHtml = renderPage(other, { ...opts, path: `/post/${other.post.id}` });
    await page.evaluate(
      ({ html, url }) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        history.pushState({}, '', url);
        document.querySelector('.post.container-lg')!.replaceWith(doc.querySelector('.post.container-lg')!);
        document.title = doc.title;
      },
      { html: otherHtml, url: `/post/${other.post.id}` },
    );
    await expect.poll(async () => (await status(page)).post, { timeout: 10_000 }).toBe(String(other.post.id));
    await expect.poll(async () => Number((await status(page)).comments)).toBe(other.comments.length);
    const ids = await rowIds(page);
    expect(ids.every((id) => other.comments.some((c) => c.id === id))).toBe(true);
  });
});
