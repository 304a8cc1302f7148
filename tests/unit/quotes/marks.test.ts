import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../components/quotes/QuotePreviewCard';
import { quoteMarks, type QuoteLink } from '../../../utils/quotes';

const link = (quoteOf: number, source: QuoteLink['source'], ranges = [{ start: 0, end: 1 }]): QuoteLink => ({ quoteOf, quoteIndex: 0, source, ranges, exact: true });

describe('quote markers for the outline', () => {
  it('counts linked quotes per quoting comment and quotes per quoted comment; the post is no row', () => {
    const marks = quoteMarks([link(2, { kind: 'comment', id: 1 }), link(3, { kind: 'comment', id: 1 }), link(3, { kind: 'post' })]);
    expect(Object.fromEntries(marks)).toEqual({
      1: { quotes: 0, quotedBy: 2 },
      2: { quotes: 1, quotedBy: 0 },
      3: { quotes: 2, quotedBy: 0 },
    });
  });
});

describe('the preview excerpt', () => {
  it('splits the source around the quoted span, with ellipses where text was cut', () => {
    const text = `${'a'.repeat(200)}QUOTED${'b'.repeat(200)}`;
    expect(excerptAround(text, link(1, { kind: 'post' }, [{ start: 200, end: 206 }]))).toEqual([
      { text: '…', quoted: false },
      { text: 'a'.repeat(140), quoted: false },
      { text: 'QUOTED', quoted: true },
      { text: 'b'.repeat(140), quoted: false },
      { text: '…', quoted: false },
    ]);
  });

  it('marks each fragment of an ellipsis quote, not the words between them', () => {
    const text = 'one two three four five six';
    expect(excerptAround(text, link(1, { kind: 'post' }, [{ start: 14, end: 18 }, { start: 0, end: 3 }]))).toEqual([
      { text: 'one', quoted: true },
      { text: ' two three ', quoted: false },
      { text: 'four', quoted: true },
      { text: ' five six', quoted: false },
    ]);
  });
});
