/**
 * Quote text as the quoting comment wrote it → text comparable with a
 * rendered source. Sources are rendered text already; quotes may still carry
 * markdown the author typed (link syntax, list markers, entities), and "…"
 * where they cut something out.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Removes markdown that the rendered source would not show. Emphasis markers need nothing: they are punctuation. */
export function stripMarkdown(quote: string): string {
  return (
    quote
      // ![alt](url) and [text](url "title") → the visible text; a url in the quote is not in the rendered source.
      .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      // [text][ref] → text
      .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
      .split('\n')
      .map(stripLineMarkers)
      .join('\n')
  );
}

/** Nested quote markers, list markers ("- ", "* ", "1. "), headings and spoiler fences at a line start. */
function stripLineMarkers(line: string): string {
  return line
    .replace(/^\s*(?:>\s*)+/, '')
    .replace(/^\s*(?:[-*+•]|\d{1,9}[.)])\s+/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*:::\s*(?:spoiler\b)?/, '');
}

/** "...", "…", ". . .", "[…]", "(...)": where the quoter cut text out. */
const ELLIPSIS = /\[\s*(?:\.{3,}|…)\s*\]|\(\s*(?:\.{3,}|…)\s*\)|\.{3,}|…|\.(?: \.){2,}/;

export function hasEllipsis(quote: string): boolean {
  return ELLIPSIS.test(quote);
}

/** The pieces between ellipses, in order (empty pieces included; the caller drops what has no words). */
export function splitEllipsis(quote: string): string[] {
  return quote.split(ELLIPSIS);
}

const EDGE_NOISE = /[\s*_~`^]+/g;

/**
 * Punctuation the quote shows before its first word and after its last
 * (opening quote mark, final full stop), without whitespace or markdown
 * markers: the span may grow over the same characters in the source.
 */
export function edgePunctuation(text: string, firstStart: number, lastEnd: number): { lead: string; trail: string } {
  return {
    lead: text.slice(0, firstStart).replace(EDGE_NOISE, ''),
    trail: text.slice(lastEnd).replace(EDGE_NOISE, ''),
  };
}
