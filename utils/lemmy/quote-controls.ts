import * as S from './selectors';
import { OWN_UI_ATTR } from './text';

/**
 * The quote controls Threadlens adds inside comment bodies: a header above a
 * linked quote ("quoting @author ↑") and a backlink under a quoted source
 * ("quoted by N ↓"). Built with createElement and textContent only; marked
 * OWN_UI_ATTR so the reader and the observer ignore them. lemmy-ui renders
 * bodies as markdown HTML it does not diff, so it leaves them alone until it
 * re-renders the body, after which they are put back.
 */

export interface QuoteHeader {
  /** The blockquote element, the n-th top-level one of the comment body. */
  quote: Element;
  label: string;
  /** Key the click handler uses: "q:<commentId>:<index>". */
  key: string;
}

export interface Backlink {
  body: Element;
  label: string;
  key: string;
}

const HEADER = 'quote-header';
const BACKLINK = 'quote-backlink';
const ALL_CONTROLS = `[${OWN_UI_ATTR}="${HEADER}"], [${OWN_UI_ATTR}="${BACKLINK}"]`;

export function topLevelQuotes(body: Element): Element[] {
  return [...body.querySelectorAll(S.blockquote)];
}

function control(doc: Document, kind: string, label: string, key: string): HTMLElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute(OWN_UI_ATTR, kind);
  button.dataset.threadlensKey = key;
  button.className = `threadlens-${kind}`;
  button.textContent = label;
  return button;
}

/** Puts exactly these headers and backlinks in the page (adding, updating, removing). */
export function syncQuoteControls(doc: Document, headers: QuoteHeader[], backlinks: Backlink[]): void {
  const placer = quotePlacer(doc);
  for (const control of [...headers, ...backlinks]) placer.place(control);
  placer.removeStale();
}

/**
 * syncQuoteControls in pieces, so that a big thread can place its controls a
 * slice per task: `place` one control at a time (reusing the one already
 * there), then `removeStale` once, which removes every other quote control.
 * A run cancelled before `removeStale` leaves no duplicates behind: the next
 * placer reuses what it finds in place, and removes the rest.
 */
export interface QuotePlacer {
  place(control: QuoteHeader | Backlink): Element;
  removeStale(): void;
}

/**
 * `shown`, when given, is the set of controls the placers sharing it put in
 * the page (kept up to date here), and `removeStale` looks only there. Without
 * it, it searches the whole page: 15–30 ms on 10,000 comments (400,000
 * elements), most of a task's budget.
 */
export function quotePlacer(doc: Document, shown?: Set<Element>): QuotePlacer {
  const wanted = new Set<Element>();
  const place = (control: QuoteHeader | Backlink): Element => {
    const el = 'quote' in control ? placeHeader(doc, control) : placeBacklink(doc, control);
    wanted.add(el);
    shown?.add(el);
    return el;
  };
  const removeStale = () => {
    for (const el of shown ?? doc.querySelectorAll(ALL_CONTROLS)) {
      if (wanted.has(el)) continue;
      el.remove();
      shown?.delete(el);
    }
  };
  return { place, removeStale };
}

/** A header sits right before its quote. */
function placeHeader(doc: Document, h: QuoteHeader): Element {
  const prev = h.quote.previousElementSibling;
  const el = prev?.getAttribute(OWN_UI_ATTR) === HEADER ? (prev as HTMLElement) : null;
  return upsert(doc, el, HEADER, h.label, h.key, (c) => h.quote.before(c));
}

/** A backlink is the last child of its body. */
function placeBacklink(doc: Document, b: Backlink): Element {
  const last = b.body.lastElementChild;
  const el = last?.getAttribute(OWN_UI_ATTR) === BACKLINK ? (last as HTMLElement) : null;
  return upsert(doc, el, BACKLINK, b.label, b.key, (c) => b.body.append(c));
}

function upsert(doc: Document, el: HTMLElement | null, kind: string, label: string, key: string, place: (c: HTMLElement) => void): Element {
  if (el && el.textContent === label && el.dataset.threadlensKey === key) return el;
  const fresh = control(doc, kind, label, key);
  if (el) el.replaceWith(fresh);
  else place(fresh);
  return fresh;
}

export function removeQuoteControls(doc: Document): void {
  for (const el of doc.querySelectorAll(ALL_CONTROLS)) el.remove();
}

/** The key of the quote control a click landed on, if any. */
export function quoteControlKey(event: Event): string | null {
  const target = event.target as Element | null;
  const el = target && typeof target.closest === 'function' ? target.closest(`[${OWN_UI_ATTR}][data-threadlens-key]`) : null;
  return el?.getAttribute('data-threadlens-key') ?? null;
}

/**
 * Whether any of the controls placed is still in the page (lemmy-ui renders a comment anew without
 * them). Asked of the controls, not the document: a query finding none scanned every element of a
 * 10,000-comment page, 28 ms in one task (docs/performance.md, "The sidebar's size").
 */
export function anyStillShown(shown: Iterable<Element>): boolean {
  for (const el of shown) if (el.isConnected) return true;
  return false;
}

/** The quote an event is about: a linked quote's header of ours, or a blockquote; and where it sits on screen. */
export function quoteAt(target: EventTarget | null): Element | null {
  const el = target instanceof Element ? target : null;
  const header = el?.closest('[data-threadlens-key^="q:"]');
  return header?.nextElementSibling ?? el?.closest(S.anyBlockquote) ?? null;
}

export const QUOTE_CONTROLS_CSS = `
button.threadlens-${HEADER}, button.threadlens-${BACKLINK} {
  display: block; margin: .25rem 0; padding: 0 .35rem; border: 0; border-radius: .25rem;
  background: transparent; color: var(--bs-link-color, #0d6efd); font-size: .8em; cursor: pointer;
}
button.threadlens-${HEADER}:hover, button.threadlens-${BACKLINK}:hover { text-decoration: underline; }
`;
