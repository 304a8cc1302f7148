import { describe, expect, it } from 'vitest';
import { matchQuotes } from '../../../utils/quotes';
import { c, from, thread } from './helpers';

const SAID = 'The ferry timetable changes every spring without any warning at all.';
const QUOTE = 'ferry timetable changes every spring without any warning';
const at = (hhmm: string) => `Saturday, November 4th, 2023 at ${hhmm}:00 PM GMT+00:00`;

describe('the "anywhere" tier links only the one earlier comment holding a quote', () => {
  it('a quote that matches 500 earlier comments is ambiguous, not linked to the earliest one', () => {
    const holders = Array.from({ length: 500 }, (_, i) => c(i + 1, null, { text: SAID }));
    const t = thread(null, [...holders, c(600, null, { text: 'root' }), c(601, 600, { quotes: [QUOTE] })]);
    expect(matchQuotes(t)).toEqual([]);
  });

  it('two earlier holders are ambiguous even for a long quote', () => {
    const t = thread(null, [c(1, null, { text: SAID }), c(2, null, { text: SAID }), c(3, null, { text: 'root' }), c(4, 3, { quotes: [QUOTE] })]);
    expect(matchQuotes(t)).toEqual([]);
  });

  it('links the one earlier holder, not a later one that comes first in reading order', () => {
    // Comment 9 replies under the first root, so it is read before comment 5, but it was written after the quote.
    const t = thread(null, [
      c(1, null, { text: 'root' }),
      c(9, 1, { text: SAID }),
      c(5, null, { text: SAID }),
      c(6, null, { text: 'another root' }),
      c(7, 6, { quotes: [QUOTE] }),
    ]);
    expect(matchQuotes(t).map(from)).toEqual([5]);
  });

  it('a quote of a deleted parent says so, and is not linked to a later comment that repeats its words', () => {
    const t = thread(null, [
      c(1, null, { text: 'Deleted by creator', deleted: true }),
      c(2, 1, { quotes: [QUOTE] }),
      c(3, 1, { text: `Quite right: ${SAID}` }),
    ]);
    expect(matchQuotes(t)).toEqual([{ quoteOf: 2, quoteIndex: 0, source: { kind: 'comment', id: 1 }, ranges: [], exact: false, gone: 'deleted' }]);
  });

  it('a quote of a removed parent says so, even when one earlier comment elsewhere holds the words', () => {
    const t = thread(null, [c(3, null, { text: SAID }), c(4, null, { text: '', removed: true }), c(5, 4, { quotes: [QUOTE] })]);
    expect(matchQuotes(t).map((l) => [from(l), l.gone])).toEqual([[4, 'removed']]);
  });

  it('a quote of a deleted parent that its grandparent holds links the grandparent', () => {
    const t = thread(null, [c(1, null, { text: SAID }), c(2, 1, { text: '', deleted: true }), c(3, 2, { quotes: [QUOTE] })]);
    expect(matchQuotes(t).map((l) => [from(l), l.gone])).toEqual([[1, undefined]]);
  });

  it("goes by the data's exact times first: a source is never newer than the quote", () => {
    const t = thread(null, [
      c(3, null, { text: SAID, publishedAt: Date.UTC(2023, 10, 4, 14, 30) }),
      c(4, null, { text: 'root' }),
      c(5, 4, { quotes: [QUOTE], publishedAt: Date.UTC(2023, 10, 4, 14, 10) }),
      c(8, null, { text: SAID, publishedAt: Date.UTC(2023, 10, 4, 14, 0) }),
    ]);
    expect(matchQuotes(t).map(from)).toEqual([8]);
  });

  it('goes by published time when both are readable: a late-federated comment (higher id) can be the source', () => {
    const t = thread(null, [
      // Lower id, but written after the quote.
      c(3, null, { text: SAID, published: at('2:30') }),
      c(4, null, { text: 'root', published: at('1:00') }),
      c(5, 4, { quotes: [QUOTE], published: at('2:10') }),
      // Federated in late: a higher id, written before the quote.
      c(8, null, { text: SAID, published: at('2:00') }),
    ]);
    expect(matchQuotes(t).map(from)).toEqual([8]);
  });

  it('goes by id when a published time is missing or unreadable', () => {
    const t = thread(null, [
      // No time: the higher id says it came after the quote, though it is read first.
      c(8, null, { text: SAID }),
      // A time in a format not read: the lower id says it came first.
      c(3, null, { text: SAID, published: 'samedi 4 novembre 2023 à 14:30:00 GMT+00:00' }),
      c(4, null, { text: 'root' }),
      c(5, 4, { quotes: [QUOTE], published: at('2:10') }),
    ]);
    expect(matchQuotes(t).map(from)).toEqual([3]);
  });

  it('keeps the short-quote rule: a short quote also written in a later comment is a stock phrase', () => {
    const t = thread(null, [
      c(1, null, { text: 'I like green apples a lot' }),
      c(2, null, { text: 'root' }),
      c(3, 2, { quotes: ['I like green apples'] }),
      c(4, null, { text: 'Me too, I like green apples.' }),
    ]);
    expect(matchQuotes(t)).toEqual([]);
  });

  it('keeps exact-beats-fuzzy: one earlier exact holder wins over an earlier fuzzy one', () => {
    const edited = 'The ferry timetable changes every autumn without any warning at all.';
    const t = thread(null, [c(1, null, { text: edited }), c(2, null, { text: SAID }), c(3, null, { text: 'root' }), c(4, 3, { quotes: [QUOTE] })]);
    expect(matchQuotes(t)[0]).toMatchObject({ source: { kind: 'comment', id: 2 }, exact: true });
  });

  it('ancestors and the post keep their priority over a single earlier holder', () => {
    const t = thread(SAID, [c(1, null, { text: SAID }), c(2, null, { text: 'root' }), c(3, 2, { quotes: [QUOTE] })]);
    expect(matchQuotes(t).map(from)).toEqual(['post']);
  });
});
