/**
 * Every quote of every comment → its source. Places are tried in order:
 * parent, other ancestors (nearest first), the post, then any other comment
 * written before the quote, which must be the only one holding it. A match
 * without word edits anywhere in that order beats a fuzzy one found earlier:
 * fuzzy matching is only tried when there is none.
 * `exact` in a link is stricter: the whole quote, not fragments joined at an
 * ellipsis, found verbatim after normalisation.
 */
import type { CommentData, CommentId, Thread } from '../thread/types';
import { candidatesFor, holds, mergeSorted, type Candidates } from './candidates';
import { matchPlan, type PlanMatch } from './find';
import { readingOrder, sourceIndexer, type SourceIndex } from './index-sources';
import { ancestorsOf, tiersOf } from './places';
import { isEarlier } from './arrival';
import { planQuote, UNAMBIGUOUS_WORDS, type Plan } from './plan';
import { spansOf } from './spans';
import { DEFAULT_QUOTE_OPTIONS, type QuoteLink, type QuoteOptions } from './types';

interface Found {
  at: number;
  plan: Plan;
  match: PlanMatch;
}

/** A quote's plans, with each plan's candidate sources worked out on first use. */
interface Quote {
  plans: Plan[];
  /** By plan and mode (2p exact, 2p + 1 fuzzy): a number, not a string key, as it is looked up per source tried. */
  cache: (Candidates | undefined)[];
}

function candidates(index: SourceIndex, quote: Quote, p: number, fuzzy: boolean): Candidates {
  const key = 2 * p + (fuzzy ? 1 : 0);
  return (quote.cache[key] ??= candidatesFor(index, quote.plans[p]!, fuzzy));
}

/** The best match of the quote in one source: the first plan found without edits, else the cheapest fuzzy one. */
function tryAt(index: SourceIndex, quote: Quote, at: number, fuzzy: boolean): Found | null {
  let best: Found | null = null;
  for (let p = 0; p < quote.plans.length && best?.match.cost !== 0; p++) {
    const plan = quote.plans[p]!;
    if ((fuzzy && plan.budget === 0) || !holds(candidates(index, quote, p, fuzzy), at)) continue;
    const match = matchPlan(index.sources[at]!, plan, fuzzy);
    if (match && (!best || match.cost < best.match.cost)) best = { at, plan, match };
  }
  return best;
}

/** Sources that may hold the quote, in reading order (onlyEarlier skips the ones tried already). */
function elsewhere(index: SourceIndex, quote: Quote, fuzzy: boolean): readonly number[] {
  const lists = quote.plans.flatMap((plan, p) => (fuzzy && plan.budget === 0 ? [] : [candidates(index, quote, p, fuzzy).list]));
  return mergeSorted(lists);
}

/** Where a source stands for the "anywhere" tier, relative to the quote. */
const OUT = 0;
const LATER = 1;
const EARLIER = 2;

/**
 * The "anywhere" tier has no order of preference that means anything, and a
 * source is never newer than its quote: the quote is linked only when exactly
 * one comment written before it holds it. Two or more make it ambiguous (a
 * stock phrase, a pasted paragraph): no link rather than a guess. Later
 * comments are never the source, so the quote of a deleted parent is not
 * pinned on a reply that repeats its words; a short quote that someone else
 * wrote too, even later, is still a stock phrase and stays unlinked.
 */
function onlyEarlier(index: SourceIndex, quote: Quote, candidates: readonly number[], placeOf: (at: number) => number, fuzzy: boolean): Found | null {
  const mayBeShort = quote.plans.some((p) => p.words < UNAMBIGUOUS_WORDS);
  let only: Found | null = null;
  let onlyIsEarlier = false;
  for (const at of candidates) {
    const place = placeOf(at);
    if (place === OUT || (place === LATER && !mayBeShort)) continue;
    const found = tryAt(index, quote, at, fuzzy);
    if (!found || (place === LATER && found.plan.words >= UNAMBIGUOUS_WORDS)) continue;
    // The second holder settles it: the candidates after it need not be tried.
    if (only) return null;
    only = found;
    onlyIsEarlier = place === EARLIER;
  }
  return onlyIsEarlier ? only : null;
}

/** OUT for the post and places with a tier of their own, else whether the comment at `at` is older than `comment`. */
function placeFor(thread: Thread, index: SourceIndex, comment: CommentData, exclude: ReadonlySet<number>): (at: number) => number {
  return (at) => {
    const ref = index.sources[at]!.ref;
    const other = ref.kind === 'comment' && !exclude.has(at) ? thread.byId.get(ref.id) : undefined;
    if (!other) return OUT;
    return isEarlier(other, comment) ? EARLIER : LATER;
  };
}

function findSource(thread: Thread, index: SourceIndex, comment: CommentData, quote: Quote, options: QuoteOptions): Found | null {
  const self = index.byComment.get(comment.id);
  const ancestors = ancestorsOf(thread, index, comment);
  const tiers = tiersOf(index, ancestors, options);
  // The "anywhere" tier never revisits a place with its own tier, even a disabled one.
  const exclude = new Set<number>(ancestors.list);
  if (self !== undefined) exclude.add(self);
  const placeOf = placeFor(thread, index, comment, exclude);
  const canFuzz = quote.plans.some((p) => p.budget > 0);
  for (const fuzzy of canFuzz ? [false, true] : [false]) {
    for (const tier of tiers) {
      for (const at of tier) {
        const found = at === self ? null : tryAt(index, quote, at, fuzzy);
        if (found) return found;
      }
    }
    // A deleted parent's words are gone; a look-alike elsewhere would be a guess (parentGone).
    if (!options.sources.anywhere || goneParent(thread, comment)) continue;
    const found = onlyEarlier(index, quote, elsewhere(index, quote, fuzzy), placeOf, fuzzy);
    if (found) return found;
  }
  return null;
}

/** The direct parent, when the page or the data says it was deleted or removed. */
function goneParent(thread: Thread, comment: CommentData): CommentData | null {
  const parent = comment.parentId === null ? undefined : thread.byId.get(comment.parentId);
  return parent && (parent.deleted || parent.removed) ? parent : null;
}

/**
 * A reply quoting its deleted or removed parent, found nowhere nearer: linked
 * to that parent, saying so. Its text was blanked, so the words cannot be
 * checked; a reply's quote is of its parent far more often than of anything else.
 */
function goneLink(thread: Thread, comment: CommentData, quoteIndex: number): QuoteLink | null {
  const parent = goneParent(thread, comment);
  if (!parent) return null;
  return { quoteOf: comment.id, quoteIndex, source: { kind: 'comment', id: parent.id }, ranges: [], exact: false, gone: parent.removed ? 'removed' : 'deleted' };
}

function toLink(index: SourceIndex, comment: CommentData, quoteIndex: number, found: Found): QuoteLink {
  const source = index.sources[found.at]!;
  const ranges = found.match.parts.flatMap(({ fragment, hit }) => spansOf(source, hit.start, hit.end, fragment.lead, fragment.trail));
  return { quoteOf: comment.id, quoteIndex, source: source.ref, ranges, exact: found.plan.whole && found.match.cost === 0 };
}

/** Options from settings may be partial or out of range; fill and clamp rather than throw. */
function sane(options: QuoteOptions | undefined): QuoteOptions {
  const d = DEFAULT_QUOTE_OPTIONS;
  const num = (v: unknown, fallback: number, min: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.floor(v)) : fallback);
  return {
    minWords: num(options?.minWords, d.minWords, 1),
    minChars: num(options?.minChars, d.minChars, 1),
    sources: { ...d.sources, ...options?.sources },
  };
}

function matchComment(thread: Thread, idx: SourceIndex, opts: QuoteOptions, comment: CommentData, links: QuoteLink[]): void {
  const quotes = Array.isArray(comment.quotes) ? comment.quotes : [];
  quotes.forEach((text, quoteIndex) => {
    const plans = planQuote(text, idx.vocab, opts);
    if (!plans.length) return;
    const quote: Quote = { plans, cache: [] };
    const found = findSource(thread, idx, comment, quote, opts);
    const link = found ? toLink(idx, comment, quoteIndex, found) : opts.sources.parent ? goneLink(thread, comment, quoteIndex) : null;
    if (link) links.push(link);
  });
}

/** Links every quote in the thread that has a clear source. Pure; builds the index when not given one. */
export function matchQuotes(thread: Thread, index?: SourceIndex, options?: QuoteOptions): QuoteLink[] {
  const matcher = quoteMatcher(thread, options, index);
  matcher.step(Infinity);
  return matcher.links;
}

/** matchQuotes a slice at a time (indexing first): `links` are all found once `step` has returned true. */
export interface QuoteMatcher {
  /** Works on until done (true) or `deadline` (performance.now()) has passed. */
  step(deadline: number): boolean;
  readonly links: QuoteLink[];
}

export function quoteMatcher(thread: Thread, options?: QuoteOptions, index?: SourceIndex): QuoteMatcher {
  const indexer = index ? null : sourceIndexer(thread);
  const idx = index ?? indexer!.index;
  const opts = sane(options);
  const links: QuoteLink[] = [];
  let order: readonly CommentId[] | null = null;
  let next = 0;
  let indexed = false;
  return {
    links,
    step(deadline) {
      const timeUp = () => deadline !== Infinity && performance.now() >= deadline;
      // Indexing that ends late leaves matching to the next call, which then matches at least one comment.
      if (indexer && !indexed) {
        indexed = indexer.step(deadline);
        if (!indexed || timeUp()) return false;
      }
      order ??= readingOrder(thread);
      // The clock is read after every comment: one with long quotes tried against thousands of
      // candidates can take several milliseconds (up to 10-20 ms measured at 10,000 comments).
      while (next < order.length) {
        matchComment(thread, idx, opts, thread.byId.get(order[next++]!)!, links);
        if (timeUp()) break;
      }
      return next >= order.length;
    },
  };
}
