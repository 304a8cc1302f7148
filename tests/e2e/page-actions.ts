import type { Page } from 'playwright-core';

/**
 * Points and rows the e2e tests act on.
 */

/**
 * The page point of a comment's thread line (its reply list's left edge, a
 * little below its top), scrolled into view, and whether that point hits the
 * list itself (nothing covers it).
 */
export async function threadLinePoint(page: Page, id: number): Promise<{ x: number; y: number; at: boolean }> {
  return page.evaluate((commentId) => {
    const ul = document.getElementById(`comment-${commentId}`)!.parentElement!.querySelector(':scope > ul.comments')!;
    ul.scrollIntoView({ block: 'start', behavior: 'instant' });
    const r = ul.getBoundingClientRect();
    const [x, y] = [r.left + 1, Math.max(0, r.top) + 20];
    return { x, y, at: document.elementFromPoint(x, y) === ul };
  }, id);
}

/** The page point of the "N replies hidden" label a collapsed comment's li shows at its bottom. */
export async function collapsedLabelPoint(page: Page, id: number): Promise<{ x: number; y: number }> {
  return page.evaluate((commentId) => {
    const r = document.getElementById(`comment-${commentId}`)!.parentElement!.getBoundingClientRect();
    return { x: r.left + 40, y: r.bottom - 8 };
  }, id);
}

/** Scrolls the virtual outline until a comment's row is rendered, then clicks it. */
export async function clickRow(p: Page, id: number): Promise<void> {
  await p.evaluate(async (commentId) => {
    const root = document.querySelector('threadlens-sidebar')!.shadowRoot!;
    const tree = root.querySelector<HTMLElement>('[role="tree"]')!;
    for (let top = 0; top <= tree.scrollHeight && !root.querySelector(`[data-comment-id="${commentId}"]`); top += tree.clientHeight / 2) {
      tree.scrollTop = top;
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
    }
    root.querySelector(`[data-comment-id="${commentId}"]`)?.scrollIntoView({ block: 'center' });
  }, id);
  await p.locator(`threadlens-sidebar [data-comment-id="${id}"]`).click();
}
