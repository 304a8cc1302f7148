import { describe, expect, it } from 'vitest';
import { foldPunct, normalizeText, tokenize } from '../../../utils/quotes/normalize';
import { edgePunctuation, hasEllipsis, splitEllipsis, stripMarkdown } from '../../../utils/quotes/quote-text';

const norm = normalizeText;

describe('normalizeText', () => {
  it('folds whitespace and line breaks to single spaces', () => {
    expect(norm('  one \t two\n\nthree\u00a0four  ')).toBe('one two three four');
  });

  it('ignores case', () => {
    expect(norm('HeLLo World')).toBe(norm('hello world'));
  });

  it('treats curly and straight quotes and apostrophes alike', () => {
    expect(norm('“Don’t” say ‘it’')).toBe(norm('"Don\'t" say \'it\''));
    expect(norm('it′s ok')).toBe(norm("it's ok"));
    expect(norm('don’t')).toBe('dont');
  });

  it('drops markdown emphasis, strike and code markers', () => {
    expect(norm('**bold** and _em_ and ~~gone~~ and `code`')).toBe('bold and em and gone and code');
  });

  it('drops leading and trailing punctuation', () => {
    expect(norm('...«Well!» — right?!')).toBe('well right');
  });

  it('strips zero-width, soft-hyphen and bidi control characters without splitting words', () => {
    expect(norm('hel\u200blo wo\u00adrld \u200f\u202bone\u202c \ufeff')).toBe('hello world one');
  });

  it('folds accents, ligatures and fullwidth forms', () => {
    expect(norm('Café ﬁne ＡＢＣ naïve')).toBe('cafe fine abc naive');
    expect(norm('cafe\u0301')).toBe('cafe');
  });

  it('keeps right-to-left words', () => {
    expect(norm('שלום עולם')).toBe('שלום עולם');
    expect(norm('مرحبا بالعالم')).toBe('مرحبا بالعالم');
  });

  it('makes each character a word in scripts written without spaces', () => {
    expect(norm('日本語です')).toBe('日 本 語 で す');
  });

  it('keeps kana voicing marks, however they are typed', () => {
    expect(norm('か\u3099す')).toBe(norm('がす'));
    expect(norm('か\u3099す')).not.toBe(norm('かす'));
    expect(norm('ｶﾞｽ')).toBe('ガ ス');
    expect(norm('ﾊﾟｽ')).toBe('パ ス');
  });

  it('keeps Hangul syllables, composing conjoining jamo', () => {
    expect(norm('\u1112\u1161\u11ab\u1100\u116e\u11a8')).toBe('한국');
    expect(norm('한국')).not.toBe(norm('학교'));
  });

  it('keeps the marks of scripts other than Latin, Greek and Cyrillic', () => {
    expect(norm('कक्ष')).not.toBe(norm('ककष'));
    expect(norm('ไม่')).not.toBe(norm('ไม'));
    expect(norm('كَتَبَ')).not.toBe(norm('كتب'));
  });

  it('folds Greek accents and final sigma, Cyrillic ё and stress marks, but not й', () => {
    expect(norm('Ελληνικά ΟΔΟΣ')).toBe('ελληνικα οδοσ');
    expect(norm('Ёлка моло́ко')).toBe('елка молоко');
    expect(norm('йод')).toBe('йод');
    expect(norm('и\u0306од')).toBe('йод');
  });

  it('drops emoji and symbols', () => {
    expect(norm('great 👍 idea ✨')).toBe('great idea');
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(norm('')).toBe('');
    expect(norm(' ... !!! ')).toBe('');
  });

  it('survives lone surrogates', () => {
    expect(norm('a\ud800b \udc00c')).toBe('a b c');
  });
});

describe('tokenize', () => {
  it('keeps the original offsets of every word', () => {
    const text = 'Don’t  “panic”,\nfriend';
    const words = tokenize(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Don’t', 'panic', 'friend']);
    expect(words.map((w) => w.para)).toEqual([0, 0, 1]);
  });

  it('maps offsets correctly past astral characters', () => {
    const text = '𝒜 😀 word';
    const [w] = tokenize(text).filter((t) => t.text === 'word');
    expect(text.slice(w!.start, w!.end)).toBe('word');
  });

  it('keeps an accent or zero-width character inside the word it belongs to', () => {
    const text = 'cafe\u0301 ok';
    expect(text.slice(0, tokenize(text)[0]!.end)).toBe('cafe\u0301');
  });

  it('keeps a halfwidth voicing mark with the kana it voices', () => {
    const text = 'ｶﾞｽ';
    expect(tokenize(text).map((w) => [w.text, text.slice(w.start, w.end)])).toEqual([
      ['ガ', 'ｶﾞ'],
      ['ス', 'ｽ'],
    ]);
  });
});

describe('quote text', () => {
  it('keeps the text of markdown links and images, not the url', () => {
    expect(stripMarkdown('see [the docs](https://x.test/a_b) and ![a cat](c.png)')).toBe('see the docs and a cat');
  });

  it('strips list markers, nested quote markers and headings at line starts', () => {
    expect(stripMarkdown('- one\n* two\n1. three\n2) four\n> five\n## six')).toBe('one\ntwo\nthree\nfour\nfive\nsix');
  });

  it('decodes the common entities', () => {
    expect(stripMarkdown('fish &amp; chips')).toBe('fish & chips');
  });

  it('finds ellipses in their usual spellings', () => {
    for (const e of ['...', '…', '. . .', '[...]', '(…)', '....']) expect(hasEllipsis(`a ${e} b`)).toBe(true);
    expect(hasEllipsis('a. b')).toBe(false);
    expect(splitEllipsis('one two… three four [...] five')).toEqual(['one two', ' three four ', ' five']);
  });

  it('reports the punctuation around the words, without spaces or markdown', () => {
    expect(edgePunctuation(' **“Hello world.”** ', 4, 15)).toEqual({ lead: '“', trail: '.”' });
  });

  it('folds punctuation for comparison', () => {
    expect(foldPunct('’')).toBe("'");
    expect(foldPunct('”')).toBe('"');
    expect(foldPunct('—')).toBe('-');
    expect(foldPunct('.')).toBe('.');
  });
});
