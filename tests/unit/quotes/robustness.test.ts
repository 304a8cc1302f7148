import { describe, expect, it } from 'vitest';
import { indexSources, matchQuotes } from '../../../utils/quotes';
import type { CommentData, Thread } from '../../../utils/thread/types';
import { bigThread, rng, sentence } from './gen';
import { c, from, slices, thread } from './helpers';

describe('matchQuotes on bad input', () => {
  it('handles an empty thread, empty texts and empty quotes', () => {
    expect(matchQuotes(thread(null, []))).toEqual([]);
    expect(matchQuotes(thread('', [c(1, null, { text: '', quotes: ['', '   ', '...', '…'] })]))).toEqual([]);
  });

  it('ignores quotes that are not strings', () => {
    const t = thread('one two three four five', [c(1, null, { quotes: [null, 42, 'two three four five'] as unknown as string[] })]);
    expect(matchQuotes(t).map((l) => l.quoteIndex)).toEqual([2]);
  });

  it('does not loop on a parent cycle or a self-parent in a hand-made thread', () => {
    const a = c(1, 2, { text: 'alpha beta gamma delta' });
    const b = c(2, 1, { text: 'x', quotes: ['alpha beta gamma delta'] });
    const s = c(3, 3, { text: 'alpha beta gamma delta', quotes: ['alpha beta gamma delta'] });
    const t: Thread = {
      post: null,
      byId: new Map<number, CommentData>([[1, a], [2, b], [3, s]]),
      roots: [1],
      children: new Map([[1, [2]], [2, [1]]]),
    };
    const links = matchQuotes(t);
    expect(links.find((l) => l.quoteOf === 2)?.source).toEqual({ kind: 'comment', id: 1 });
    expect(links.every((l) => from(l) !== l.quoteOf)).toBe(true);
  });

  it('tolerates options with missing or silly values', () => {
    const t = thread('one two three four five', [c(1, null, { quotes: ['two three four five'] })]);
    const silly = { minWords: Number.NaN, minChars: -5 } as never;
    expect(matchQuotes(t, undefined, silly)).toHaveLength(1);
  });

  it('finds a quote at the end of a 100KB comment', () => {
    const r = rng(7);
    let big = '';
    while (big.length < 100_000) big += `${sentence(r, 30)}\n`;
    big += 'and here is the needle we are after.';
    const t = thread(null, [c(1, null, { text: big }), c(2, 1, { quotes: ['here is the needle we are after', big.slice(0, 50_000)] })]);
    const links = matchQuotes(t);
    expect(links).toHaveLength(2);
    expect(slices(t, links[0]!)).toEqual(['here is the needle we are after']);
  });

  it('links a long quote with a typo in it, via chunks', () => {
    const r = rng(3);
    const source = Array.from({ length: 6 }, () => sentence(r, 40)).join(' ');
    const words = source.split(' ');
    const quote = [...words.slice(10, 150)];
    quote[70] = 'typo';
    const t = thread(null, [c(1, null, { text: source }), c(2, 1, { quotes: [quote.join(' ')] })]);
    const [link] = matchQuotes(t);
    expect(link?.exact).toBe(false);
    expect(slices(t, link!)).toEqual([words.slice(10, 150).join(' ')]);
  });

  it('survives weird unicode everywhere', () => {
    const weird = '\u202e\u200f\u0000\ud800 ̷̧͚̈́z̸a̵l̶g̷o̷ 🏳️‍🌈 \u{1F600}\u{E0041} \uFFFF \u061C عربي';
    const t = thread(weird, [c(1, null, { text: weird, quotes: [weird, weird.repeat(3)] }), c(2, 1, { text: weird, quotes: [weird] })]);
    expect(() => matchQuotes(t)).not.toThrow();
  });
});

// Speed is measured by `npm run bench` (quote indexing and matching), never asserted here.
describe('matchQuotes at scale', () => {
  it('links most quotes of 2,000 comments with 500 quotes', () => {
    const { post, comments } = bigThread(2000, 500);
    const links = matchQuotes(thread(post, comments));
    expect(links.length).toBeGreaterThan(400);
    expect(new Set(links.map((l) => `${l.quoteOf}:${l.quoteIndex}`)).size).toBe(links.length);
  });

  it('reuses a prebuilt index', () => {
    const { post, comments } = bigThread(2000, 500, 2);
    const t = thread(post, comments);
    const index = indexSources(t);
    expect(matchQuotes(t, index)).toEqual(matchQuotes(t));
  });
});
