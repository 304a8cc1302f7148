import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuotes } from '../../../utils/quotes';
import type { CommentData, Thread } from '../../../utils/thread/types';
import { c, thread } from './helpers';

/**
 * Small threads over a few words, so quotes turn up in several comments.
 * Comments are written one a minute; ids follow arrival, which a federation
 * delay can put after comments written later (never before the parent's).
 * Each time is an ISO date, missing, or in a format the matcher does not read.
 */
const WORDS = ['apple', 'berry', 'cherry', 'damson', 'elder', 'guava'];
const words = (max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: max });
const quoteArb = fc.record({ from: fc.nat(), at: fc.nat(), len: fc.integer({ min: 3, max: 7 }) });
const commentArb = fc.record({
  parent: fc.nat(),
  own: words(9),
  delay: fc.nat({ max: 4 }),
  clock: fc.constantFrom('iso', 'iso', 'none', 'unread'),
  quotes: fc.array(quoteArb, { maxLength: 2 }),
});
const threadArb = fc.record({ post: fc.option(words(9)), comments: fc.array(commentArb, { minLength: 2, maxLength: 9 }) });
type Spec = typeof threadArb extends fc.Arbitrary<infer T> ? T : never;

interface Case {
  t: Thread;
  /** Minutes since the first comment, when the matcher can read the time. */
  minute: Map<number, number | null>;
}

function published(k: number, clock: string): string | null {
  const mm = String(k % 60).padStart(2, '0');
  if (clock === 'iso') return `2023-11-04T1${Math.floor(k / 60)}:${mm}:00Z`;
  return clock === 'unread' ? `samedi 4 novembre 2023 à 10:${mm}:00` : null;
}

function build(spec: Spec): Case {
  const n = spec.comments.length;
  const parents = spec.comments.map((s, k) => (s.parent % (k + 1)) - 1);
  const arrival: number[] = [];
  spec.comments.forEach((s, k) => arrival.push(Math.max(k + s.delay, parents[k]! < 0 ? 0 : arrival[parents[k]!]! + 0.5)));
  const byArrival = [...arrival.keys()].sort((a, b) => arrival[a]! - arrival[b]! || a - b);
  const id = (k: number) => 1 + byArrival.indexOf(k);
  const sourceWords = (from: number) => (from % (n + 1) === n ? (spec.post ?? []) : spec.comments[from % (n + 1)]!.own);
  const minute = new Map<number, number | null>();
  const comments = spec.comments.map((s, k) => {
    const quotes = s.quotes.map((q) => {
      const src = sourceWords(q.from);
      const at = q.at % src.length || 0;
      return src.slice(at, at + q.len).join(' ');
    });
    minute.set(id(k), s.clock === 'iso' ? k : null);
    const text = [...quotes, s.own.join(' ')].join('\n');
    return c(id(k), parents[k]! < 0 ? null : id(parents[k]!), { text, quotes, published: published(k, s.clock) });
  });
  return { t: thread(spec.post ? spec.post.join(' ') : null, comments), minute };
}

/** The rule's own order, from the generator's clock: time when both are known, else id. */
function earlier(cs: Case, a: number, b: number): boolean {
  const ta = cs.minute.get(a);
  const tb = cs.minute.get(b);
  return ta != null && tb != null ? ta < tb : a < b;
}

/** How `source` alone would be linked as the parent of a reply quoting `quote`: 'exact', 'fuzzy' or null. */
function holds(source: CommentData | 'post', quote: string, t: Thread): 'exact' | 'fuzzy' | null {
  const mini =
    source === 'post' ? thread(t.post!.text, [c(1, null, { text: '', quotes: [quote] })]) : thread(null, [{ ...source, parentId: null }, c(source.id + 1000, source.id, { text: '', quotes: [quote] })]);
  const [link] = matchQuotes(mini);
  return link ? (link.exact ? 'exact' : 'fuzzy') : null;
}

function ancestorIds(t: Thread, id: number): Set<number> {
  const out = new Set<number>();
  for (let p = t.byId.get(id)!.parentId; p !== null; p = t.byId.get(p)!.parentId) out.add(p);
  return out;
}

/** Other comments that hold the quote, written before or after it, by how they hold it. */
function holders(cs: Case, quoter: CommentData, quote: string) {
  const skip = ancestorIds(cs.t, quoter.id).add(quoter.id);
  const out = { earlierExact: [] as number[], earlierAny: [] as number[], laterAny: [] as number[] };
  for (const other of cs.t.byId.values()) {
    const how = skip.has(other.id) ? null : holds(other, quote, cs.t);
    if (!how) continue;
    if (!earlier(cs, other.id, quoter.id)) out.laterAny.push(other.id);
    else out.earlierAny.push(other.id);
    if (how === 'exact' && earlier(cs, other.id, quoter.id)) out.earlierExact.push(other.id);
  }
  return out;
}

describe('the "anywhere" tier, on random small threads', () => {
  it('never links a source newer than its quote; a link outside ancestors and the post has exactly one earlier holder', () => {
    fc.assert(
      fc.property(threadArb, (spec) => {
        const cs = build(spec);
        for (const link of matchQuotes(cs.t)) {
          if (link.source.kind === 'post') continue;
          const source = link.source.id;
          expect(earlier(cs, source, link.quoteOf)).toBe(true);
          if (ancestorIds(cs.t, link.quoteOf).has(source)) continue;
          const quoter = cs.t.byId.get(link.quoteOf)!;
          const found = holders(cs, quoter, quoter.quotes[link.quoteIndex]!);
          // Exact beats fuzzy: an exact link has one exact earlier holder (fuzzy ones do not count); a fuzzy link
          // has no exact one and one holder in all.
          if (link.exact) expect(found.earlierExact).toEqual([source]);
          else expect([found.earlierExact.length, found.earlierAny]).toEqual([0, [source]]);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('links the quote to the one earlier holder when no ancestor, the post or a later comment holds it', () => {
    fc.assert(
      fc.property(threadArb, (spec) => {
        const cs = build(spec);
        const links = matchQuotes(cs.t);
        for (const quoter of cs.t.byId.values()) {
          quoter.quotes.forEach((quote, i) => {
            const found = holders(cs, quoter, quote);
            const tiers = [...ancestorIds(cs.t, quoter.id)].map((id) => cs.t.byId.get(id)!);
            if (found.earlierAny.length !== 1 || found.laterAny.length > 0) return;
            if (tiers.some((a) => holds(a, quote, cs.t)) || (cs.t.post && holds('post', quote, cs.t))) return;
            const link = links.find((l) => l.quoteOf === quoter.id && l.quoteIndex === i);
            expect(link?.source).toEqual({ kind: 'comment', id: found.earlierAny[0] });
          });
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
