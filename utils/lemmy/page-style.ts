import { CONTAINED_ATTR, CONTAINMENT_CSS } from './big-thread';
import { highlightCss, DEFAULT_QUOTE_COLOR, SEARCH_CSS } from './highlight';
import { NEW_CSS } from './new-comments';
import { PEOPLE_CSS } from './people';
import { QUOTE_CONTROLS_CSS } from './quote-controls';
import { UNREAD_CSS } from './reading';

export const COLLAPSED_ATTR = 'data-threadlens-collapsed';
export const FLASH_ATTR = 'data-threadlens-flash';
/** On the root while Threadlens handles clicks on thread lines (./host-actions showThreadLines). */
export const LINES_ATTR = 'data-threadlens-lines';

/** Set on the root by the manifest's stylesheet (below): the page has our rules without a `<style>` of ours. */
const SHEET_MARK = '--threadlens-page-style';
/** The `<style>` that stands in for the manifest's stylesheet where a page lacks it. */
export const PAGE_STYLE_ID = 'threadlens-page-style';

const withSheet = new WeakMap<Document, boolean>();

/**
 * Whether the page has our rules: the manifest's stylesheet, or our stand-in.
 * The manifest's is looked for once per document, in the root's computed
 * style, which the next frame needs anyway.
 */
function hasOurRules(doc: Document): boolean {
  let manifest = withSheet.get(doc);
  if (manifest === undefined) {
    manifest = !!doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue(SHEET_MARK).trim();
    withSheet.set(doc, manifest);
  }
  return manifest || !!doc.getElementById(PAGE_STYLE_ID);
}

/** A <style> element of ours in the page, created on first use. */
export function ownStyle(doc: Document, id: string): HTMLStyleElement {
  const found = doc.getElementById(id);
  if (found instanceof HTMLStyleElement) return found;
  const style = doc.createElement('style');
  style.id = id;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}

/**
 * A collapsed subthread's replies are hidden by CSS on the li (lemmy-ui's own
 * state is untouched, so its re-renders keep working). The hidden count is
 * shown with `attr()` ("5 replies hidden by Threadlens", in the reader's
 * language): text only, never markup. The thread line under a comment takes a
 * click (utils/features/collapse) while Threadlens runs: the pointer waits for
 * the root's mark, which goes when Threadlens leaves (a disabled extension's
 * stylesheet stays in open pages). A page contained from the start has it from
 * its first style: setting the mark later restyled every comment (0.6-0.9 s at
 * 10,000, contained or not; docs/performance.md, "Contained from the start").
 */
const COLLAPSE_CSS = `
li.comment[${COLLAPSED_ATTR}] > ul.comments, li.comment[${COLLAPSED_ATTR}] > div.comment-node { display: none !important; }
li.comment[${COLLAPSED_ATTR}]::after {
  content: "⊕ " attr(${COLLAPSED_ATTR});
  display: block; cursor: pointer; margin: 0 0 .5rem .5rem; font-size: .85em; opacity: .75;
}
html:is([${LINES_ATTR}], [${CONTAINED_ATTR}]) ul.comments > li.comment > ul.comments { cursor: pointer; }
html:is([${LINES_ATTR}], [${CONTAINED_ATTR}]) ul.comments > li.comment > ul.comments > li { cursor: auto; }
article[${FLASH_ATTR}] { animation: threadlens-flash 1.2s ease-out; }
@keyframes threadlens-flash { from { background: rgba(255, 193, 7, .45); } to { background: transparent; } }
`;

/**
 * Every rule Threadlens has for the page, in one stylesheet. The build writes
 * it to the file the manifest lists beside the content script (wxt.config.ts),
 * so it is in the page before the page's first style: a `<style>` added later
 * makes the browser restyle every element, 0.1-0.5 s on a 10,000-comment page
 * (docs/performance.md). Each rule waits for an attribute, a highlight or an
 * element of ours, so the rules do nothing where Threadlens is not running.
 */
export const PAGE_STYLESHEET = [
  `:root { ${SHEET_MARK}: 1; }`,
  COLLAPSE_CSS,
  NEW_CSS,
  UNREAD_CSS,
  SEARCH_CSS,
  CONTAINMENT_CSS,
  QUOTE_CONTROLS_CSS,
  PEOPLE_CSS,
  highlightCss(DEFAULT_QUOTE_COLOR),
].join('\n');

/** The manifest's stylesheet file, relative to the extension's root (wxt.config.ts). */
export const PAGE_STYLESHEET_FILE = 'content-scripts/page.css';

/** Our rules in the page: the manifest's stylesheet, or, where the page lacks it (a test page), a `<style>` with the same rules. */
export function ensurePageStyle(doc: Document): void {
  if (!hasOurRules(doc)) ownStyle(doc, PAGE_STYLE_ID).textContent = PAGE_STYLESHEET;
}
