import { containedFromStart, endContainment, scrollToElement, uncontainAll } from './big-thread';
import { plural } from '../i18n';
import { isLemmyUi } from './detect';
import { clearHighlight, SEARCH_HIGHLIGHT } from './highlight';
import { clearNewMarks } from './new-comments';
import { removeQuoteControls } from './quote-controls';
import { clearUnreadMarks } from './reading';
import { COLLAPSED_ATTR as COLLAPSED, FLASH_ATTR as FLASH, LINES_ATTR, PAGE_STYLE_ID } from './page-style';
import { clearPersonMarks } from './people';
import { commentIdOf } from './read-comment';
import * as S from './selectors';

/**
 * The only writes Threadlens makes to the host page, kept together so they can
 * be undone and so reads never interleave with them.
 */

const OFFSET_ATTR = 'data-threadlens-offset';

/** Makes room for the docked sidebar so it never covers lemmy-ui's content. */
export function setPageOffset(doc: Document, side: 'left' | 'right', px: number): void {
  const html = doc.documentElement;
  // Settings arrive item by item and each one re-runs this: a write that changes nothing
  // still restyles <html>, and then the whole page is walked again before the next paint.
  const other = side === 'left' ? 'margin-right' : 'margin-left';
  const same = html.style.getPropertyValue(`margin-${side}`) === (px > 0 ? `${px}px` : '') && !html.style.getPropertyValue(other);
  if (same && html.hasAttribute(OFFSET_ATTR) === px > 0) return;
  html.style.removeProperty('margin-left');
  html.style.removeProperty('margin-right');
  if (px > 0) html.style.setProperty(`margin-${side}`, `${px}px`);
  // Leave <html> as lemmy-ui made it: no empty style attribute once our margin is gone.
  else if (html.getAttribute('style') === '') html.removeAttribute('style');
  html.toggleAttribute(OFFSET_ATTR, px > 0);
}

/** Whether the page has painted (after which it has been laid out at its own width). */
export function hasPainted(doc: Document): boolean {
  return (doc.defaultView?.performance.getEntriesByType('paint').length ?? 0) > 0;
}

/** Whether the page is narrowed for the sidebar now (a post opened after another keeps it). */
export function hasPageOffset(doc: Document): boolean {
  return doc.documentElement.hasAttribute(OFFSET_ATTR);
}

export function clearPageOffset(doc: Document): void {
  if (!doc.documentElement.hasAttribute(OFFSET_ATTR)) return;
  setPageOffset(doc, 'right', 0);
}

/**
 * Thread lines show that they take a click. Its own write: on a big page it
 * restyles every thread line, so it comes once the threads are contained.
 */
export function showThreadLines(doc: Document): void {
  if (!doc.documentElement.hasAttribute(LINES_ATTR) && !containedFromStart(doc)) doc.documentElement.setAttribute(LINES_ATTR, '');
}

export function removePageStyle(doc: Document): void {
  doc.getElementById(PAGE_STYLE_ID)?.remove();
  doc.documentElement.removeAttribute(LINES_ATTR);
  for (const li of doc.querySelectorAll(`[${COLLAPSED}]`)) li.removeAttribute(COLLAPSED);
  // A reload mid-flash would otherwise leave the attribute behind on lemmy-ui's article.
  for (const article of doc.querySelectorAll(`[${FLASH}]`)) article.removeAttribute(FLASH);
  clearNewMarks(doc);
  clearUnreadMarks(doc);
  clearHighlight(doc, SEARCH_HIGHLIGHT);
  uncontainAll(doc);
}

/** Threadlens leaves the page for good (the extension disabled, reloaded or updated): its containment goes too. */
export function leavePage(doc: Document): void {
  endContainment(doc);
}

/** A page opened by a post's URL that is not lemmy-ui's: nothing of ours stays in it. */
export function releaseForeignPage(doc: Document): void {
  if (!isLemmyUi(doc)) endContainment(doc);
}

export function removeLeftovers(doc: Document, hostName: string): void {
  // An earlier Threadlens on a post page always added its sidebar's host (unless the page removed
  // it), or its page offset: without them, there is nothing to find, and the searches below would
  // each walk a 10,000-comment page for nothing.
  // The sidebar's host is always one of body's children (createShadowHost appends it there).
  const host = [...(doc.body?.children ?? [])].some((el) => el.localName === hostName);
  const traces = [doc.getElementById(PAGE_STYLE_ID), doc.getElementById('threadlens-quote-style'), doc.getElementById('threadlens-people-style'), host];
  if (!traces.some(Boolean) && !doc.documentElement.hasAttribute(OFFSET_ATTR)) return;
  // The people style is an earlier version's (its rules are in the page style now).
  for (const el of doc.querySelectorAll(`${hostName}, #${PAGE_STYLE_ID}, #threadlens-quote-style, #threadlens-people-style`)) el.remove();
  removeQuoteControls(doc);
  clearPersonMarks(doc);
  removePageStyle(doc);
  clearPageOffset(doc);
}

export type CollapseMarks = (
  elements: ReadonlyMap<number, Element>,
  collapsed: ReadonlySet<number>,
  hidden: ReadonlyMap<number, number>,
  parentOf?: (id: number) => number | null,
) => void;

/**
 * Marks the li of each collapsed comment with how many replies it hides and
 * clears the marks that no longer apply. It remembers what it marked, so only
 * changes touch the page: a thread update that collapses nothing writes
 * nothing, and "expand all" visits the marked lis, not all 10,000.
 * With `parentOf`, a collapsed li inside another marked one is left unmarked
 * (it is hidden with it; it gets its mark when that one expands): "collapse
 * all" then writes only the top-level ones (1,437 instead of 4,716 lis at
 * 10,000 comments), and each one written costs the browser a restyle.
 */
export function collapseMarks(): CollapseMarks {
  let marked = new Map<Element, string>();
  return (elements, collapsed, hidden, parentOf) => {
    const shows = (id: number) => (hidden.get(id) ?? 0) > 0;
    // Nested in the page, not just in the thread: in flat view a reply's li is not inside its parent's.
    const insideCollapsed = (id: number, li: Element) => {
      for (let p = parentOf?.(id) ?? null; p !== null; p = parentOf?.(p) ?? null) {
        if (collapsed.has(p) && shows(p) && elements.get(p)?.parentElement?.contains(li)) return true;
      }
      return false;
    };
    const next = new Map<Element, string>();
    // One message per count, not per li: "collapse all" asked the browser for 1,437 (15 ms at 10,000 comments).
    const labels = new Map<number, string>();
    const label = (count: number) => labels.get(count) ?? labels.set(count, plural('collapse.hidden', count)).get(count)!;
    for (const id of collapsed) {
      const li = elements.get(id)?.parentElement;
      const count = hidden.get(id) ?? 0;
      if (li && count > 0 && !insideCollapsed(id, li)) next.set(li, label(count));
    }
    for (const li of marked.keys()) if (!next.has(li)) li.removeAttribute(COLLAPSED);
    for (const [li, want] of next) if (li.getAttribute(COLLAPSED) !== want) li.setAttribute(COLLAPSED, want);
    marked = next;
  };
}

/** Scrolls a comment to the top of the viewport and flashes it. */
export function showComment(article: Element): void {
  scrollToElement(article, 'start');
  article.removeAttribute(FLASH);
  // Restart the animation on repeated jumps to the same comment.
  void (article as HTMLElement).offsetWidth;
  article.setAttribute(FLASH, '');
}

/** Scrolls any page element into view (a quote, the post body) and flashes it. */
export function showElement(el: Element): void {
  scrollToElement(el, 'center');
}

/** Clicks that mean "toggle this subthread": the thread line (a child list's left edge) or our collapsed label. */
export function collapseTargetOf(event: MouseEvent): number | null {
  const target = event.target as Element | null;
  if (!target || typeof target.matches !== 'function') return null;
  const li = target.matches(`${S.commentLi} > ul.comments`) ? target.parentElement : target.matches(`${S.commentLi}[${COLLAPSED}]`) ? target : null;
  const article = li?.querySelector(`:scope > ${S.commentArticle}`);
  return article ? commentIdOf(article) : null;
}
