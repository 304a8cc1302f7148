import type { QuoteLink } from './types';

/** Per comment: how many of its quotes are linked, and how many quotes point at it. */
export interface QuoteMarks {
  quotes: number;
  quotedBy: number;
}

/** Outline markers from the links, one pass. */
export function quoteMarks(links: readonly QuoteLink[]): Map<number, QuoteMarks> {
  const marks = new Map<number, QuoteMarks>();
  const at = (id: number) => {
    let m = marks.get(id);
    if (!m) marks.set(id, (m = { quotes: 0, quotedBy: 0 }));
    return m;
  };
  for (const link of links) {
    at(link.quoteOf).quotes++;
    if (link.source.kind === 'comment') at(link.source.id).quotedBy++;
  }
  return marks;
}
