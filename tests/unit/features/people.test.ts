import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from '#imports';
import { renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { pageMade } from '../../support/reader-events';
import { loadPeople } from '../../../utils/settings/people-store';
import { loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';

/** People through the real content script on the demo thread: tobias@lemmy.example wrote 7001, 7003 and 7021. */
const path = `/post/${demoThread.post.id}`;
const url = `http://127.0.0.1${path}`;
const byTobias = demoThread.comments.filter((c) => c.author.name === 'tobias').map((c) => c.id);
const byQuinn = demoThread.comments.filter((c) => c.author.name === 'quinnfromtheridge').map((c) => c.id);

const visit = async () => {
  loadPage(renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }), url);
  const ctx = start();
  await ready();
  return ctx;
};
const article = (id: number) => document.getElementById(`comment-${id}`)!;
const control = (id: number) => article(id).querySelector<HTMLButtonElement>('[data-threadlens-ui="person"] button')!;
const editor = () => shadow()?.querySelector<HTMLFormElement>('.tl-person-editor form') ?? null;
const row = (id: number) => shadow()!.querySelector(`[role="treeitem"][data-comment-id="${id}"]`)!;
const selected = () => Number(shadow()?.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id'));
/** Presses a key as the reader would and gives the comment selected after it. */
async function step(key: string): Promise<number> {
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  await settle();
  return selected();
}

/** Opens the editor from the comment's control, sets what is given and saves. */
async function edit(id: number, set: { tag?: string; follow?: boolean; mute?: boolean }) {
  await vi.waitFor(() => expect(control(id)).not.toBeNull());
  control(id).click();
  await vi.waitFor(() => expect(editor()).not.toBeNull());
  const form = editor()!;
  const [tag, , follow, mute] = [...form.querySelectorAll('input')];
  if (set.tag !== undefined) {
    tag!.value = set.tag;
    tag!.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (set.follow !== undefined && follow!.checked !== set.follow) follow!.click();
  if (set.mute !== undefined && mute!.checked !== set.mute) mute!.click();
  await settle(1);
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settle();
}

beforeEach(() => resetWorld());
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 100));
  vi.restoreAllMocks();
});

describe('people from the page', () => {
  it('puts a named button beside every author, and a page-made click on it opens nothing', async () => {
    const ctx = await visit();
    // Placed in tasks of their own after the thread is read.
    await vi.waitFor(() => expect(control(byTobias[0]!)).not.toBeNull());
    expect(control(byTobias[0]!).getAttribute('aria-label')).toBe('Tag, follow or mute tobias@lemmy.example');
    control(byTobias[0]!).dispatchEvent(pageMade(new MouseEvent('click', { bubbles: true })));
    await settle();
    expect(editor()).toBeNull();
    control(byTobias[0]!).click();
    await vi.waitFor(() => expect(editor()).not.toBeNull());
    ctx.abort();
    expect(document.querySelector('[data-threadlens-ui="person"]')).toBeNull();
  });

  it('tags and follows a person: every comment of theirs in the page and the outline, stored by name@instance; keys step through them', async () => {
    const ctx = await visit();
    await edit(byTobias[0]!, { tag: '  bus driver <b>  ', follow: true });
    // Written in the page in a frame of its own, once for any number of changes.
    await vi.waitFor(() => {
      for (const id of byTobias) {
        expect(article(id).hasAttribute('data-threadlens-follow')).toBe(true);
        expect(article(id).querySelector('[data-threadlens-ui="person"] > span')?.textContent).toBe('bus driver <b>');
      }
    });
    expect(article(byQuinn[0]!).hasAttribute('data-threadlens-follow')).toBe(false);
    expect(row(byTobias[0]!).classList).toContain('tl-row-followed');
    expect(row(byTobias[0]!).querySelector('.tl-tag')?.textContent).toBe('bus driver <b>');
    await vi.waitFor(async () => expect((await loadPeople()).people.get('tobias@lemmy.example')).toMatchObject({ tag: 'bus driver <b>', follow: true, mute: false }));

    expect(await step('j')).toBe(byTobias[0]);
    expect(await step('f')).toBe(byTobias[1]);
    expect(await step('f')).toBe(byTobias[2]);
    expect(await step('F')).toBe(byTobias[1]);
    // The same author as the selected comment: quinn's comments, from quinn's first.
    shadow()!.querySelector<HTMLElement>(`[role="treeitem"][data-comment-id="${byQuinn[0]}"]`)!.click();
    await settle();
    expect(await step('a')).toBe(byQuinn[1]);
    document.body.dispatchEvent(pageMade(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    await settle();
    expect(selected()).toBe(byQuinn[1]);
    ctx.abort();
  });

  it('mutes a person: their comments folded behind a line that opens one, dimmed in the outline', async () => {
    const ctx = await visit();
    await edit(byQuinn[0]!, { mute: true });
    const li = article(byQuinn[0]!).parentElement!;
    await vi.waitFor(() => expect(li.hasAttribute('data-threadlens-muted')).toBe(true));
    const line = li.querySelector<HTMLButtonElement>('button[data-threadlens-ui="muted"]')!;
    expect(line.textContent).toBe('Muted: quinnfromtheridge@127.0.0.1. Show the comment');
    expect(row(byQuinn[0]!).classList).toContain('tl-row-muted');
    line.dispatchEvent(pageMade(new MouseEvent('click', { bubbles: true })));
    await settle();
    expect(li.hasAttribute('data-threadlens-muted')).toBe(true);
    line.click();
    await settle();
    expect(li.hasAttribute('data-threadlens-muted')).toBe(false);
    expect(article(byQuinn[1]!).parentElement!.hasAttribute('data-threadlens-muted')).toBe(true);
    // lemmy-ui renders the comment again (a new element, none of our marks): opened, it stays open for this page.
    const fresh = new DOMParser().parseFromString(renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }), 'text/html');
    article(byQuinn[0]!).replaceWith(document.importNode(fresh.getElementById(`comment-${byQuinn[0]!}`)!, true));
    await vi.waitFor(() => expect(control(byQuinn[0]!)).not.toBeNull());
    expect(article(byQuinn[0]!).parentElement!.hasAttribute('data-threadlens-muted')).toBe(false);
    expect(article(byQuinn[1]!).parentElement!.hasAttribute('data-threadlens-muted')).toBe(true);
    ctx.abort();
  });

  it('keeps working in memory, and says so, when storage refuses', async () => {
    vi.spyOn(storage, 'setItems').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(storage, 'setItem').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const ctx = await visit();
    await edit(byTobias[0]!, { follow: true });
    await vi.waitFor(() => expect(shadow()?.querySelector('.tl-person-note')?.textContent).toContain('could not be stored'));
    expect(article(byTobias[0]!).hasAttribute('data-threadlens-follow')).toBe(true);
    await edit(byQuinn[0]!, { tag: 'still kept' });
    expect(article(byQuinn[0]!).querySelector('[data-threadlens-ui="person"] > span')?.textContent).toBe('still kept');
    ctx.abort();
  });
});
