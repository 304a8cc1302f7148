import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../utils/quotes/normalize';
import { indexSources } from '../../../utils/quotes';
import { SpanVocab } from '../../../utils/quotes/span-vocab';
import type { CommentData, Thread } from '../../../utils/thread/types';

/** Ids as a plain Map gives them: each new word the next number, in order of first sight. */
function mapIds(words: string[], vocab = new Map<string, number>()): number[] {
  return words.map((w) => {
    if (!vocab.has(w)) vocab.set(w, vocab.size);
    return vocab.get(w)!;
  });
}

const plainWord = fc.stringMatching(/^[a-zA-Z0-9]{1,6}$/);

describe('SpanVocab', () => {
  it('gives a plain word the id the vocabulary gives its lower-cased string, across growth', () => {
    fc.assert(
      fc.property(fc.array(plainWord, { maxLength: 1500 }), (words) => {
        const text = words.join(' ');
        const vocab = new Map<string, number>([['seen', 0]]);
        const spans = new SpanVocab(vocab);
        const ids: number[] = [];
        let at = 0;
        for (const w of words) ids.push(spans.idOf(text, at, at + w.length)), (at += w.length + 1);
        const expected = mapIds(words.map((w) => w.toLowerCase()), new Map([['seen', 0]]));
        expect(ids).toEqual(expected);
        expect(vocab.size).toBe(new Set(['seen', ...words.map((w) => w.toLowerCase())]).size);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the words where they are: "Cat" inside a longer text is "cat"', () => {
    const vocab = new Map<string, number>();
    const spans = new SpanVocab(vocab);
    expect(spans.idOf('a Cat sat', 2, 5)).toBe(0);
    expect(spans.idOf('CAT', 0, 3)).toBe(0);
    expect(spans.idOf('cats', 0, 4)).toBe(1);
    expect([...vocab]).toEqual([['cat', 0], ['cats', 1]]);
  });
});

describe('indexSources with plain words looked up in place', () => {
  it('numbers the words as tokenize reads them, plain and folded alike', () => {
    const texts = ['Hello world, HELLO again', 'naïve Café and cafe', 'x2 42 ﬁne fine', 'world Hello 日本 日本'];
    const comments = texts.map((text, i): CommentData => ({ id: i + 1, text }) as CommentData);
    const thread = {
      post: null,
      roots: comments.map((c) => c.id),
      children: new Map(),
      byId: new Map(comments.map((c) => [c.id, c])),
    } as unknown as Thread;
    const index = indexSources(thread);
    const vocab = new Map<string, number>();
    texts.forEach((text, i) => expect([...index.sources[i]!.words]).toEqual(mapIds(tokenize(text).map((t) => t.text), vocab)));
    expect([...index.vocab]).toEqual([...vocab]);
  });
});
