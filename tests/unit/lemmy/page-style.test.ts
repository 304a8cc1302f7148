import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_COLOR } from '../../../utils/lemmy/highlight';
import { removePageStyle, showThreadLines } from '../../../utils/lemmy/host-actions';
import { ensurePageStyle, LINES_ATTR, PAGE_STYLE_ID, PAGE_STYLESHEET } from '../../../utils/lemmy/page-style';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';

/**
 * Our page rules, one stylesheet the manifest lists (wxt.config.ts). A disabled
 * extension's stylesheet stays in open pages, and the script may stay silent
 * on a page: no rule may change a page Threadlens does not run on.
 */
const selectorsOf = (css: string) =>
  [...css.replace(/@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*[^}]*\}/g, '').matchAll(/([^{}]+)\{[^}]*\}/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));

/** Gated: one of our attributes, classes or highlights, or the root's mark that the sheet is there. */
const GATED = /\[data-threadlens-|\.threadlens-|::highlight\(threadlens-|\[data-threadlens-ui|^:root$/;
/** Inert on its own: only a size-contained element takes the intrinsic size (big-thread.ts), and it records sizes for it. */
const SIZE_ONLY = ':not(li.comment) > ul.comments > li.comment';

describe('the page stylesheet', () => {
  it('has no rule that acts before Threadlens marks the page', () => {
    const selectors = selectorsOf(PAGE_STYLESHEET);
    expect(selectors.length).toBeGreaterThan(20);
    expect(selectors.filter((s) => s !== SIZE_ONLY && !GATED.test(s))).toEqual([]);
    expect(PAGE_STYLESHEET).toMatch(new RegExp(`${SIZE_ONLY.replace(/[().>]/g, '\\$&')}\\s*\\{\\s*contain-intrinsic-block-size: auto 10rem;\\s*\\}`));
  });

  it('holds the quote colour the settings start with (another colour gets a style of its own)', () => {
    expect(DEFAULT_SETTINGS.quotes.color).toBe(DEFAULT_QUOTE_COLOR);
    expect(PAGE_STYLESHEET).toContain(`background-color: ${DEFAULT_QUOTE_COLOR}`);
  });

  it('is stood in for once by a <style> where the page lacks the manifest’s stylesheet', () => {
    document.head.innerHTML = '';
    ensurePageStyle(document);
    ensurePageStyle(document);
    const styles = document.querySelectorAll(`#${PAGE_STYLE_ID}`);
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(PAGE_STYLESHEET);
    removePageStyle(document);
    expect(document.getElementById(PAGE_STYLE_ID)).toBeNull();
  });

  it('gives thread lines their pointer only while Threadlens runs', () => {
    showThreadLines(document);
    expect(document.documentElement.hasAttribute(LINES_ATTR)).toBe(true);
    removePageStyle(document);
    expect(document.documentElement.hasAttribute(LINES_ATTR)).toBe(false);
  });
});
