/** Quote matching: pure, no DOM. See match.ts for the order sources are tried in. */
export { DEFAULT_QUOTE_OPTIONS, type QuoteLink, type QuoteOptions, type QuoteSource, type QuoteSpan } from './types';
export { indexSources, sourceIndexer, type IndexedSource, type SourceIndex, type SourceIndexer } from './index-sources';
export { matchQuotes, quoteMatcher, type QuoteMatcher } from './match';
export { normalizeText, tokenize, type Token } from './normalize';
export { quoteMarks, type QuoteMarks } from './marks';
