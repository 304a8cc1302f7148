/**
 * The public vocabulary of quote matching. Spans are offsets into the
 * source's ORIGINAL text (post.text / comment.text), because the page side
 * turns them back into DOM ranges with the same readable-text walk.
 */

export type QuoteSource = { kind: 'post' } | { kind: 'comment'; id: number };

/** Offsets into the source's text, end exclusive. */
export interface QuoteSpan {
  start: number;
  end: number;
}

export interface QuoteLink {
  /** Id of the quoting comment. */
  quoteOf: number;
  /** Index into that comment's `quotes`. */
  quoteIndex: number;
  source: QuoteSource;
  /** One span per matched fragment ("…" joins several) and per source paragraph it covers. */
  ranges: QuoteSpan[];
  /** True when the normalised quote occurs verbatim in the normalised source. */
  exact: boolean;
  /**
   * The quoted parent was deleted or removed (its text is gone): the link goes to
   * it, with no spans, and says so, rather than to a look-alike elsewhere.
   */
  gone?: 'deleted' | 'removed';
}

export interface QuoteOptions {
  /** Quotes with fewer words (after normalisation) are too short to link. */
  minWords: number;
  /** Quotes with fewer characters (normalised, words joined by one space) are too short to link. */
  minChars: number;
  /** Which places may be a source; tried in this order. */
  sources: { parent: boolean; ancestors: boolean; post: boolean; anywhere: boolean };
}

export const DEFAULT_QUOTE_OPTIONS: QuoteOptions = Object.freeze({
  minWords: 3,
  minChars: 12,
  sources: Object.freeze({ parent: true, ancestors: true, post: true, anywhere: true }),
});
