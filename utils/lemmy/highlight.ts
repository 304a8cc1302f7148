/**
 * Highlights quoted spans in the page with the CSS Custom Highlight API
 * (Chrome 105+, Firefox 140+): ranges only, the DOM is not changed. Every
 * browser the manifest admits has it (Firefox's strict_min_version is 140 for
 * this); without it (happy-dom) nothing is highlighted and nothing breaks.
 */

export const QUOTE_HIGHLIGHT = 'threadlens-quote';
export const FLASH_HIGHLIGHT = 'threadlens-quote-flash';
/** The current find-in-thread hit's words (utils/features/find). */
export const SEARCH_HIGHLIGHT = 'threadlens-search';
/** The quote colour our page rules have (./page-style); the settings' default is the same (a unit test says so). */
export const DEFAULT_QUOTE_COLOR = '#ffd54f80';

interface HighlightApi {
  highlights: Map<string, unknown>;
}

function api(doc: Document): { registry: Map<string, unknown>; Highlight: new (...r: AbstractRange[]) => unknown } | null {
  const view = doc.defaultView as (Window & { CSS?: HighlightApi; Highlight?: new (...r: AbstractRange[]) => unknown }) | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight ?? (globalThis as { Highlight?: new (...r: AbstractRange[]) => unknown }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

/**
 * Highlighted ranges are always inside a body (.md-div: comments and the post).
 * A bare `::highlight()` rule would restyle every element of the page when the
 * sheet is added (over a second on 10,000 comments); scoped, only bodies.
 */
const IN_BODY = (name: string) => `.md-div::highlight(${name}), .md-div ::highlight(${name})`;

/** Part of the page style (./host-actions): the find colour does not depend on a setting. */
export const SEARCH_CSS = `${IN_BODY(SEARCH_HIGHLIGHT)} { background-color: rgba(255, 109, 0, .4); text-decoration: underline 2px rgb(230, 81, 0); }`;

export function highlightCss(color: string): string {
  return `${IN_BODY(QUOTE_HIGHLIGHT)} { background-color: ${color}; }
${IN_BODY(FLASH_HIGHLIGHT)} { background-color: rgba(255, 152, 0, .6); }`;
}

/** Sets the named highlight to exactly these ranges (replacing what it had). */
export function setHighlight(doc: Document, name: string, ranges: readonly AbstractRange[]): void {
  const hl = api(doc);
  if (!hl) return;
  if (ranges.length) hl.registry.set(name, new hl.Highlight(...ranges));
  else hl.registry.delete(name);
}

export function clearHighlight(doc: Document, name: string): void {
  api(doc)?.registry.delete(name);
}
