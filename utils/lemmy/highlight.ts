/**
 * Highlights quoted spans in the page with the CSS Custom Highlight API
 * (Chrome 105+, Firefox 140+): ranges only, the DOM is not changed. Where the
 * API is missing, spans are wrapped in <mark> elements we own and remove.
 */

export const QUOTE_HIGHLIGHT = 'threadlens-quote';
export const FLASH_HIGHLIGHT = 'threadlens-quote-flash';
const MARK_CLASS = 'threadlens-mark';

interface HighlightApi {
  highlights: Map<string, unknown>;
}

function api(doc: Document): { registry: Map<string, unknown>; Highlight: new (...r: Range[]) => unknown } | null {
  const view = doc.defaultView as (Window & { CSS?: HighlightApi; Highlight?: new (...r: Range[]) => unknown }) | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight ?? (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/**
 * Highlighted ranges are always inside a body (.md-div: comments and the post).
 * A bare `::highlight()` rule would restyle every element of the page when the
 * sheet is added (over a second on 10,000 comments); scoped, only bodies.
 */
const IN_BODY = (name: string) => `.md-div::highlight(${name}), .md-div ::highlight(${name})`;

export function highlightCss(color: string): string {
  return `${IN_BODY(QUOTE_HIGHLIGHT)} { background-color: ${color}; }
${IN_BODY(FLASH_HIGHLIGHT)} { background-color: rgba(255, 152, 0, .6); }
mark.${MARK_CLASS} { background-color: ${color}; color: inherit; }`;
}

/** Sets the named highlight to exactly these ranges (replacing what it had). */
export function setHighlight(doc: Document, name: string, ranges: readonly Range[]): void {
  const hl = api(doc);
  if (hl) {
    if (ranges.length) hl.registry.set(name, new hl.Highlight(...ranges));
    else hl.registry.delete(name);
    return;
  }
  clearMarks(doc, name);
  for (const range of ranges) wrap(doc, range, name);
}

export function clearHighlight(doc: Document, name: string): void {
  const hl = api(doc);
  if (hl) hl.registry.delete(name);
  else clearMarks(doc, name);
}

/** Fallback: wrap each text-node part of the range in a mark (never parses HTML). */
function wrap(doc: Document, range: Range, name: string): void {
  const root = range.commonAncestorContainer;
  const parts: Text[] = [];
  if (root.nodeType === 3) parts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) parts.push(n as Text);
  }
  for (const text of parts) {
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end <= start) continue;
    const piece = text.splitText(start);
    piece.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.threadlens = name;
    piece.replaceWith(mark);
    mark.append(piece);
  }
}

function clearMarks(doc: Document, name: string): void {
  for (const mark of doc.querySelectorAll(`mark.${MARK_CLASS}[data-threadlens="${name}"]`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}
