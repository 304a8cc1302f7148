import { listen } from './events';
import * as S from './selectors';

/**
 * Threads on every post page have their top-level comments marked
 * `content-visibility: auto` by ./containment.css, a stylesheet the browser puts
 * in the page before its first style (the content script's, in the manifest): a
 * thread far from the viewport is laid out as one box and its contents are
 * skipped, so collapsing or expanding everything restyles and lays out what is
 * near the screen, not 600,000 elements. Find-in-page, anchors and scrollIntoView
 * still reach into a skipped thread (the browser renders it on demand).
 * - Why from the start: style containment makes the browser restyle every comment
 *   under a li that gets it. Marked by the script once the page was read, that was
 *   one frame of about 1.5 s at 10,000 comments (0.1-0.2 s at 1,000), and in
 *   batches every frame repainted the part of the page not yet contained
 *   (docs/performance.md). In the page's first style it costs nothing: nothing is
 *   restyled, and the page's own first layout skips the threads off screen.
 * - Heights: a skipped thread is `contain-intrinsic-size: auto`, its last rendered
 *   height, or an estimate until it first renders, so the scrollbar settles as the
 *   reader scrolls. Jumps hold their target in place (`scrollToElement`).
 * - Only top-level lis: nested ones would each add a frame before deep replies appear
 *   while scrolling (a skipped li's children are only looked at once it renders).
 * - Containment clips a li's overflow and makes it the containing block of fixed
 *   descendants. lemmy-ui renders dropdowns and Bootstrap modals inside comments, so a
 *   li with focus inside (the stylesheet) or an open one (`overlayMarks`) is left
 *   uncontained.
 */

const OPEN = 'data-threadlens-open';

/** Removes every overlay mark (when Threadlens leaves the page). */
export function clearOverlayMarks(doc: Document): void {
  for (const li of doc.querySelectorAll(`[${OPEN}]`)) li.removeAttribute(OPEN);
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
 * Scrolls an element into view. Threads far away are sized from their last
 * rendered height or an estimate (./containment.css): the ones the jump lands
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
  if (!win) return;
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

