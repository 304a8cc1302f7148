import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isPageStatus } from '../../../utils/messages';
import { renderPage, type ThreadSpec } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { settingsItem } from '../../../utils/settings/items';
import { visitsItem } from '../../../utils/settings/new-comments-store';
import { loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';

/**
 * "New since your last visit" through the real content script: a first visit
 * marks nothing and records the newest comment; the next visit, with comments
 * added since, marks exactly those (page and outline), steps through them
 * with the keys, and the "nothing new" collapse rule leaves only their paths open.
 */
const path = `/post/${demoThread.post.id}`;
const url = `http://127.0.0.1${path}`;
const key = `127.0.0.1${path}`;
const [first, reply] = demoThread.comments; // a top-level comment and its first reply
const highest = Math.max(...demoThread.comments.map((c) => c.id));

/** The demo thread a day later: a reply deep in the first thread and a new top-level comment. */
const later: ThreadSpec = {
  ...demoThread,
  comments: [
    ...demoThread.comments,
    { id: highest + 10, parentId: reply!.id, author: { name: 'late_reader' }, up: 1, down: 0, body: 'Came back to say the vans start next week.' },
    { id: highest + 20, parentId: null, author: { name: 'newcomer' }, up: 2, down: 0, body: 'Is there a timetable for the vans yet?' },
  ],
};

/** What the popup asks the tab, answered by the content script. */
const tabStatus = async () => {
  const reply: unknown = await fakeBrowser.runtime.sendMessage({ type: 'threadlens:status' });
  expect(isPageStatus(reply)).toBe(true);
  return reply as { fresh?: number };
};

const visit = async (spec: ThreadSpec, at = url) => {
  loadPage(renderPage(spec, { version: 'B', view: 'tree', theme: 'light', path: new URL(at).pathname }), at);
  const ctx = start();
  await ready();
  return ctx;
};
const marked = () => [...document.querySelectorAll('article[data-threadlens-new]')].map((a) => a.id);
const newRows = () => [...(shadow()?.querySelectorAll('[role="treeitem"].tl-row-new') ?? [])].map((r) => Number(r.getAttribute('data-comment-id')));
const bar = () => shadow()?.querySelector('.tl-new-bar')?.textContent ?? null;
const selected = () => Number(shadow()?.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id') ?? 0);
const press = async (k: string) => {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  await settle();
};

beforeEach(() => resetWorld());
afterEach(() => vi.unstubAllGlobals());

describe('new comments since the last visit', () => {
  it('marks nothing on a first visit and records the newest comment read', async () => {
    const ctx = await visit(demoThread);
    expect(marked()).toEqual([]);
    expect(bar()).toBeNull();
    await vi.waitFor(async () => expect(await visitsItem.getValue()).toEqual([{ post: key, maxId: highest, at: expect.any(Number) }]));
    expect((await tabStatus()).fresh).toBeUndefined(); // a first visit: nothing to count from
    ctx.abort();
  });

  it('marks the comments added since, in the page and the outline, and steps through them with u and U', async () => {
    (await visit(demoThread)).abort();
    await settle();
    const ctx = await visit(later);
    await vi.waitFor(() => expect(marked()).toEqual([`comment-${highest + 10}`, `comment-${highest + 20}`]));
    expect(bar()).toMatch(/^2 new since your last visit \((just now|\d+ \w+ ago)\)/);
    expect((await tabStatus()).fresh).toBe(2); // the popup says it too
    await press('u');
    expect(selected()).toBe(highest + 10);
    await press('u');
    expect(selected()).toBe(highest + 20);
    await press('u'); // wraps around
    expect(selected()).toBe(highest + 10);
    await press('U');
    expect(selected()).toBe(highest + 20);
    expect(newRows()).toContain(highest + 20);
    // The visit is recorded again: the next one starts from here.
    expect((await visitsItem.getValue())[0]).toMatchObject({ post: key, maxId: highest + 20 });
    ctx.abort();
    expect(marked()).toEqual([]); // an extension reload leaves lemmy-ui's articles as they were
  });

  it('collapses what has nothing new below it when the reader asks for it', async () => {
    await settingsItem.setValue({ collapse: { withoutNew: true } });
    (await visit(demoThread)).abort();
    await settle();
    const ctx = await visit(later);
    const hidden = () => [...document.querySelectorAll('li.comment[data-threadlens-collapsed] > article')].map((a) => Number(a.id.slice(8)));
    await vi.waitFor(() => expect(hidden().length).toBeGreaterThan(0));
    // The first thread leads to a new reply: its root stays open; every other thread with replies is collapsed.
    expect(hidden()).not.toContain(first!.id);
    const newEl = (id: number) => document.getElementById(`comment-${id}`) as HTMLElement;
    for (const id of [highest + 10, highest + 20]) expect(newEl(id).closest('li.comment[data-threadlens-collapsed] > ul.comments')).toBeNull();
    const otherRoots = demoThread.comments.filter((c) => c.parentId === null && c.id !== first!.id && demoThread.comments.some((r) => r.parentId === c.id));
    for (const root of otherRoots) expect(hidden()).toContain(root.id);
    ctx.abort();
  });

  it('marks nothing and records nothing when turned off', async () => {
    await settingsItem.setValue({ newComments: { mark: false } });
    await visitsItem.setValue([{ post: key, maxId: highest - 5, at: Date.now() }]);
    const ctx = await visit(later);
    await settle();
    expect(marked()).toEqual([]);
    expect(bar()).toBeNull();
    expect(await visitsItem.getValue()).toEqual([{ post: key, maxId: highest - 5, at: expect.any(Number) }]);
    ctx.abort();
  });

  it('takes the marks, the count and the popup figure back when turned off while the page is open', async () => {
    (await visit(demoThread)).abort();
    await settle();
    const ctx = await visit(later);
    await vi.waitFor(() => expect(marked()).toHaveLength(2));
    await settingsItem.setValue({ newComments: { mark: false } });
    await vi.waitFor(() => expect(marked()).toEqual([]));
    expect(bar()).toBeNull();
    expect((await tabStatus()).fresh).toBeUndefined();
    ctx.abort();
  });

  it('marks but does not record in a context view, which shows only part of the thread', async () => {
    await visitsItem.setValue([{ post: key, maxId: highest, at: Date.now() }]);
    const ctx = await visit(later, `${url}/${highest + 10}`);
    await vi.waitFor(() => expect(marked()).toContain(`comment-${highest + 10}`));
    expect(await visitsItem.getValue()).toEqual([{ post: key, maxId: highest, at: expect.any(Number) }]);
    ctx.abort();
  });
});
