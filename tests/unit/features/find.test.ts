import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../fixtures/build-thread';
import { demoThread } from '../../fixtures/demo-thread';
import { loadPage, ready, resetWorld, settle, shadow, start } from '../../support/app-harness';

/**
 * Find in thread through the real content script: `/` opens the box, typing
 * counts and marks rows, Enter jumps to the next match even inside a collapsed
 * subthread (opening it), Escape clears.
 */
const path = `/post/${demoThread.post.id}`;
const grandmother = demoThread.comments.find((c) => c.body.includes('grandmother'))!;
const bySunniva = demoThread.comments.filter((c) => c.author.name === 'sunniva').map((c) => c.id);

const input = () => shadow()!.querySelector<HTMLInputElement>('.tl-search input')!;
const status = () => shadow()!.querySelector('.tl-search-status')!.textContent;
const selected = () => Number(shadow()!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute('data-comment-id') ?? 0);
const matchRows = () => [...shadow()!.querySelectorAll('[role="treeitem"].tl-row-match')].map((r) => Number(r.getAttribute('data-comment-id')));
const press = async (key: string, target: EventTarget = document.body, init: KeyboardEventInit = {}) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  await settle();
};
const type = async (text: string) => {
  input().value = text;
  input().dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
};

/** The content script on the demo page, with the find box opened by its key. */
async function openFind() {
  const ctx = start();
  await ready();
  await press('/');
  return ctx;
}

beforeEach(() => {
  resetWorld();
  loadPage(renderPage(demoThread, { version: 'B', view: 'tree', theme: 'light', path }), `http://127.0.0.1${path}`);
});
afterEach(() => vi.unstubAllGlobals());

describe('find in thread', () => {
  it('opens with /, counts as you type, and jumps into a collapsed subthread with Enter', async () => {
    const ctx = start();
    await ready();
    shadow()!.querySelector<HTMLButtonElement>('.tl-toolbar button')!.click(); // Collapse all
    await settle();
    expect(document.querySelectorAll('li.comment[data-threadlens-collapsed]').length).toBeGreaterThan(0);

    await press('/');
    expect(shadow()!.activeElement).toBe(input());
    await type('GRANDMOTHER');
    expect(status()).toBe('1 found');
    await press('Enter', input());
    expect(selected()).toBe(grandmother.id);
    expect(status()).toBe('1 of 1');
    // Its ancestors were opened, in the outline and in the page.
    const article = document.getElementById(`comment-${grandmother.id}`)!;
    expect(article.closest('li.comment[data-threadlens-collapsed] > ul.comments')).toBeNull();
    expect(matchRows()).toEqual([grandmother.id]);
    ctx.abort();
  });

  it('steps through a person’s comments with Enter and Shift+Enter, wrapping; Escape clears', async () => {
    const ctx = await openFind();
    await type('@sunniva');
    expect(status()).toBe(`${bySunniva.length} found`);
    for (const id of bySunniva) {
      await press('Enter', input());
      expect(selected()).toBe(id);
    }
    await press('Enter', input());
    expect(selected()).toBe(bySunniva[0]); // wrapped
    await press('Enter', input(), { shiftKey: true });
    expect(selected()).toBe(bySunniva.at(-1));
    await press('Escape', input());
    expect(input().value).toBe('');
    expect(matchRows()).toEqual([]);
    expect(status()).toBe('');
    ctx.abort();
  });

  it('says so when nothing matches, and the arrows are disabled', async () => {
    const ctx = await openFind();
    await type('zeppelin');
    expect(status()).toBe('No matches');
    expect([...shadow()!.querySelectorAll<HTMLButtonElement>('.tl-search button')].every((b) => b.disabled)).toBe(true);
    ctx.abort();
  });

  it('the box has focus as soon as / is handled, so the next key is typed, not run', async () => {
    const ctx = start();
    await ready();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, composed: true, cancelable: true }));
    expect(shadow()!.activeElement).toBe(input());
    ctx.abort();
  });

  it('keys typed right after / while the sidebar is hidden go into the box: "/the" runs no t (top of thread)', async () => {
    const ctx = start();
    await ready();
    await press('j');
    await press('j');
    const before = selected();
    await press('\\'); // hide the sidebar
    expect(shadow()!.querySelector('.tl-sidebar')).toBeNull();
    for (const key of ['/', 't', 'h', 'e', 'e', 'Backspace']) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    }
    await settle();
    expect(shadow()!.activeElement).toBe(input());
    expect(input().value).toBe('the');
    expect(selected()).toBe(before);
    ctx.abort();
  });
});
