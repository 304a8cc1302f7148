/**
 * Big threads: their top-level comments are laid out only near the viewport,
 * so "collapse all" and "expand all" restyle what is on screen, not 600,000
 * elements; and jumps that land among them stay put.
 */

import { listen } from './events';
import { parsePostRoute } from './route';
import * as S from './selectors';

const LAZY = 'data-threadlens-lazy';
const OPEN = 'data-threadlens-open';
export const CONTAINED_ATTR = 'data-threadlens-contained';
/** A top-level comment's li, in tree and flat view alike: the list it sits in is not inside another comment. */
const TOP_LEVEL = ':not(li.comment) > ul.comments > li.comment';

/**
 * Big threads (see `containThreads`) have their top-level comments marked
 * `content-visibility: auto`: a thread far from the viewport is laid out as one
 * box of its last rendered height and its contents are skipped, so collapsing or
 * expanding everything restyles and lays out what is near the screen, not
 * 600,000 elements. Find-in-page, anchors and scrollIntoView still reach into a
 * skipped thread (the browser renders it on demand).
 * - Scroll jumps: a skipped thread's height is `contain-intrinsic-size: auto`, its last
 *   rendered height, recorded in the frame after it is marked; the estimate is used only
 *   by a thread that never rendered (one added later). So marking threads moves nothing.
 *   A big page is narrowed for the sidebar the frame after its threads are marked (the
 *   outline's `roomReady`): narrowing first laid every comment out again (1.2 s at 10,000
 *   comments) before marking them did (0.9 s); now narrowing lays out what is near the
 *   viewport (60 ms), and a thread far away keeps its height at the old width until it
 *   comes near. A thread collapsed or expanded while
 *   skipped keeps its old height until it comes near the viewport: comments below the
 *   viewport changing height do not move what is on screen, and `showComment` holds
 *   its target in place while the threads around it render at their new height.
 * - Only top-level lis: nested ones would each add a frame before deep replies appear
 *   while scrolling (a skipped li's children are only looked at once it renders).
 * - Containment clips a li's overflow and makes it the containing block of fixed
 *   descendants. lemmy-ui renders dropdowns and Bootstrap modals inside comments, so a
 *   li with focus inside or an open one (`overlayMarks`) is left uncontained.
 */
export const CONTAINMENT_CSS = `
${TOP_LEVEL} { contain-intrinsic-block-size: auto 10rem; }
li.comment[${LAZY}], html[${CONTAINED_ATTR}] ${TOP_LEVEL} { content-visibility: auto; }
li.comment[${LAZY}]:focus-within, li.comment[${LAZY}][${OPEN}],
html[${CONTAINED_ATTR}] ${TOP_LEVEL}:is(:focus-within, [${OPEN}]) { content-visibility: visible; }`;

/**
 * A big post page opened by its URL has its threads contained from its first style, or nearly:
 * the content script starts before the page is parsed (entrypoints/lemmy.content), and before
 * each frame of the parsing this looks at how many comments are in; at BIG_THREAD it sets this
 * on the root, and CONTAINMENT_CSS (the manifest's stylesheet, there from the first style too)
 * contains every top-level thread under it, those lemmy-ui adds later too. Switching
 * containment on once the page had rendered restyled every comment in one frame: 0.9-1.9 s at
 * 10,000 comments; the page's own first layout now skips the threads far away as well
 * (docs/performance.md, "Contained from the start"). Smaller pages are left as they are; a
 * page already parsed (a script injected later) and a post lemmy-ui opens client-side from
 * another page are contained as before (`containThreads`).
 */
export function containWhileParsing(doc: Document, url: string): void {
  const win = doc.defaultView;
  if (doc.readyState !== 'loading' || !win || !parsePostRoute(url)) return;
  const articles = doc.getElementsByTagName('article');
  let frame = 0;
  const check = () => {
    if (articles.length < BIG_THREAD) return false;
    doc.documentElement?.setAttribute(CONTAINED_ATTR, '');
    return true;
  };
  const beforeFrame = () => {
    if (!check() && doc.readyState === 'loading') frame = win.requestAnimationFrame(beforeFrame);
  };
  frame = win.requestAnimationFrame(beforeFrame);
  // The last look as parsing ends: a page parsed between two frames is contained before its first.
  doc.addEventListener('DOMContentLoaded', () => {
    win.cancelAnimationFrame(frame);
    check();
  }, { once: true });
}

/**
 * Ends containment from the start, when Threadlens leaves the page for good (disabled, updated)
 * or the page is not lemmy-ui's. Not when a session ends: lemmy-ui opening another post keeps
 * the page, and switching containment off restyles every comment of the one on screen.
 */
export function endContainment(doc: Document): void {
  doc.documentElement?.removeAttribute(CONTAINED_ATTR);
}

/** Whether the page's threads have been contained while it was parsed (containWhileParsing). */
export function containedFromStart(doc: Document): boolean {
  return doc.documentElement?.hasAttribute(CONTAINED_ATTR) ?? false;
}

/** From this many comments on, a thread's top-level comments get `content-visibility: auto` (CONTAINMENT_CSS). */
export const BIG_THREAD = 1000;

/** Pages with contained threads, for `showComment`. */
const bigPages = new WeakSet<Document>();

/**
 * The lis of the top-level comments not yet contained (tree and flat view
 * alike: the list a top-level li sits in is not inside another comment).
 */
export function uncontainedThreads(articles: Iterable<Element>): Element[] {
  const lis: Element[] = [];
  for (const article of articles) {
    const li = article.parentElement;
    if (li?.localName === 'li' && li.parentElement?.parentElement?.localName !== 'li' && !li.hasAttribute(LAZY)) lis.push(li);
  }
  return lis;
}

/**
 * Marks top-level lis `content-visibility: auto` (CONTAINMENT_CSS), all in one frame:
 * that frame lays every thread out once (about a second at 10,000 comments) and keeps
 * its size. In slices it cost more: each frame laid out the part of the page not yet
 * contained again (10 slices of 270-400 ms at 10,000, docs/performance.md).
 */
export function containThreads(doc: Document, lis: readonly Element[]): void {
  for (const li of lis) if (li.isConnected) li.setAttribute(LAZY, '');
  bigPages.add(doc);
}

/** The top-level comments' lis as the page has them now, before it is read. */
export function topLevelThreads(doc: Document): Element[] {
  return [...doc.querySelectorAll(`${TOP_LEVEL}:not([${LAZY}])`)];
}

/**
 * Whether the page holds a big thread (BIG_THREAD comments or more), before it is read: one
 * count of its articles, a few milliseconds at 10,000 comments.
 */
export function looksBig(doc: Document): boolean {
  return doc.getElementsByTagName('article').length >= BIG_THREAD;
}

/**
 * Removes what an earlier Threadlens left in the page. Firefox stops the old
 * content script of an updated or reloaded add-on without letting it clean up,
 * then injects the new one into the same tab: without this, two sidebars and
 * a stale margin. (In Chrome the old script removes its own; this finds nothing.)
 */
/** Removes every containment mark (when Threadlens leaves the page). */
export function uncontainAll(doc: Document): void {
  bigPages.delete(doc);
  for (const li of doc.querySelectorAll(`[${LAZY}], [${OPEN}]`)) {
    li.removeAttribute(LAZY);
    li.removeAttribute(OPEN);
  }
}

/**
 * Keeps the li of each comment holding an open overlay (a Bootstrap dropdown
 * or modal, which lemmy-ui renders inside the comment) marked, with all its
 * ancestor lis, so the containment rules do not clip it or pin a modal to the
 * comment. Fed from Bootstrap's `show.bs.*` / `hidden.bs.*` events.
 */
export function overlayMarks(): (overlay: EventTarget | null, open: boolean) => void {
  const open = new Set<Element>();
  let marked = new Set<Element>();
  return (overlay, isOpen) => {
    if (!(overlay instanceof Element)) return;
    if (isOpen) open.add(overlay);
    else open.delete(overlay);
    const next = new Set<Element>();
    for (const el of open) {
      // One lemmy-ui removed while open never says it closed.
      if (!el.isConnected) {
        open.delete(el);
        continue;
      }
      for (let li = el.closest(S.commentLi); li; li = li.parentElement?.closest(S.commentLi) ?? null) next.add(li);
    }
    for (const li of marked) if (!next.has(li)) li.removeAttribute(OPEN);
    for (const li of next) if (!li.hasAttribute(OPEN)) li.setAttribute(OPEN, '');
    marked = next;
  };
}

/** Jumps on a big page: how many frames a target is kept in place, and the reader's input that ends it. */
const HOLD_FRAMES = 30;
const READER_INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
const holds = new WeakMap<Document, AbortController>();

/**
 * Scrolls an element into view. On a big page (see CONTAINMENT_CSS), comments far
 * away are sized from their last rendered height: the ones the jump lands
 * among can render at another height a frame later and push the target away,
 * and a smooth scroll (Bootstrap makes lemmy-ui's smooth) would aim at where
 * the target was when it started. So there the jump is instant, and for the next
 * frames the target is put back wherever it moves, until the reader scrolls,
 * types or clicks, or the next jump.
 */
export function scrollToElement(el: Element, block: ScrollLogicalPosition): void {
  const doc = el.ownerDocument;
  holds.get(doc)?.abort();
  const win = doc.defaultView;
  if (!(bigPages.has(doc) || containedFromStart(doc)) || !win) {
    el.scrollIntoView({ block, behavior: 'auto' });
    return;
  }
  el.scrollIntoView({ block, behavior: 'instant' });
  const hold = new AbortController();
  holds.set(doc, hold);
  for (const type of READER_INPUT) listen(win, type, () => hold.abort(), { capture: true, passive: true, signal: hold.signal });
  let top = el.getBoundingClientRect().top;
  let frames = 0;
  const check = () => {
    if (hold.signal.aborted) return;
    if (++frames > HOLD_FRAMES || !el.isConnected) return hold.abort();
    if (Math.abs(el.getBoundingClientRect().top - top) >= 1) {
      el.scrollIntoView({ block, behavior: 'instant' });
      top = el.getBoundingClientRect().top;
    }
    win.requestAnimationFrame(check);
  };
  win.requestAnimationFrame(check);
}

