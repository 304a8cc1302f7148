import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_OPTIONS, matchQuotes, normalizeText, tokenize } from '../../../utils/quotes';
import { quoteWords } from '../../../utils/quotes/plan';
import { stripMarkdown } from '../../../utils/quotes/quote-text';
import { c, slices, sourceText, thread } from './helpers';

const core = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-zA-Z]{1,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('Café', 'naïve', 'Über', 'don’t', "it's", '日本', 'шар', 'שלום', 'مرحبا', 'x2', '42', 'ﬁne') },
);
const punct = fc.constantFrom('', '', '', '', ',', '.', '!', '?', '“', '”', '"', '*', '**', '_', '—', '(', ')');
const word = fc.tuple(punct, core, punct).map(([a, w, b]) => a + w + b);
const sep = fc.constantFrom(' ', ' ', ' ', '  ', '\n', ' \u200b', '\t');
const source = fc.array(fc.tuple(word, sep), { minLength: 3, maxLength: 60 });

describe('matchQuotes properties', () => {
  it('links any window of at least minWords words of the parent to the parent, with spans that normalise to the quote', () => {
    fc.assert(
      fc.property(source, fc.nat(), fc.nat(), (parts, a, b) => {
        const words = parts.map(([w]) => w);
        const text = parts.map(([w, s]) => w + s).join('');
        const len = DEFAULT_QUOTE_OPTIONS.minWords + (b % Math.max(1, words.length - DEFAULT_QUOTE_OPTIONS.minWords + 1));
        const start = a % Math.max(1, words.length - len + 1);
        const quote = words.slice(start, start + len).join(' ');
        const t = thread(null, [c(1, null, { text }), c(2, 1, { text: quote, quotes: [quote] })]);
        const links = matchQuotes(t);
        const wanted = normalizeText(stripMarkdown(quote));
        // Stripping markdown can drop a word: a leading "42)" is an ordered-list marker, not quoted text.
        const tooShort = quoteWords(tokenize(stripMarkdown(quote))) < DEFAULT_QUOTE_OPTIONS.minWords || wanted.length < DEFAULT_QUOTE_OPTIONS.minChars;
        if (len > words.length || tooShort) return links.length === 0;
        expect(links).toHaveLength(1);
        expect(links[0]).toMatchObject({ source: { kind: 'comment', id: 1 }, exact: true });
        expect(normalizeText(slices(t, links[0]!).join('\n'))).toBe(wanted);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary unicode, and spans stay inside their source, ordered and non-empty', () => {
    const text = fc.string({ unit: 'binary', maxLength: 120 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.array(text, { maxLength: 3 })), { minLength: 1, maxLength: 6 }), text, (comments, postText) => {
        const t = thread(
          postText,
          comments.map(([body, quotes], i) => c(i + 1, i === 0 ? null : i, { text: body, quotes })),
        );
        for (const link of matchQuotes(t)) {
          const src = sourceText(t, link);
          let last = 0;
          for (const r of link.ranges) {
            expect(r.start).toBeGreaterThanOrEqual(last);
            expect(r.end).toBeGreaterThan(r.start);
            expect(r.end).toBeLessThanOrEqual(src.length);
            last = r.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('links any run of whole words copied from arbitrary unicode text, when long enough', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const words = tokenize(text);
        fc.pre(words.length >= DEFAULT_QUOTE_OPTIONS.minWords);
        const from = a % words.length;
        const to = Math.min(words.length - 1, from + DEFAULT_QUOTE_OPTIONS.minWords - 1 + (b % 20));
        const quote = text.slice(words[from]!.start, words[to]!.end);
        fc.pre(stripMarkdown(quote) === quote && quoteWords(words.slice(from, to + 1)) >= DEFAULT_QUOTE_OPTIONS.minWords);
        const wanted = normalizeText(quote);
        fc.pre(wanted.length >= DEFAULT_QUOTE_OPTIONS.minChars);
        const t = thread(null, [c(1, null, { text }), c(2, 1, { quotes: [quote] })]);
        const [link] = matchQuotes(t);
        expect(link).toMatchObject({ source: { kind: 'comment', id: 1 }, exact: true });
        expect(normalizeText(slices(t, link!).join('\n'))).toBe(wanted);
      }),
      { numRuns: 300 },
    );
  });
});

describe('tokenize properties', () => {
  it('each word’s original slice normalises to the word itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const w of tokenize(text)) {
          expect(w.end).toBeGreaterThan(w.start);
          expect(normalizeText(text.slice(w.start, w.end))).toBe(w.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
