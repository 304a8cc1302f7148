import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTE_OPTIONS, indexSources, matchQuotes, type QuoteOptions } from '../../../utils/quotes';
import { c, from, slices, thread } from './helpers';

const SOURCE = 'The quick brown fox jumps over the lazy dog near the river bank.';

/** A parent with `source` text and one reply quoting `quote`; the single link, if any. */
function linkFor(quote: string, source = SOURCE) {
  const t = thread(null, [c(1, null, { text: source }), c(2, 1, { text: `${quote}\nreply`, quotes: [quote] })]);
  const links = matchQuotes(t);
  return { t, link: links[0], links };
}

function expectSlices(quote: string, source: string, expected: string[], exact = true) {
  const { t, link } = linkFor(quote, source);
  expect(link, `no link for ${JSON.stringify(quote)}`).toBeDefined();
  expect(slices(t, link!)).toEqual(expected);
  expect(link!.exact).toBe(exact);
}

describe('matchQuotes tolerances', () => {
  it('links a verbatim quote, span on the quoted words', () => {
    const { link } = linkFor('quick brown fox jumps over');
    expect(link).toMatchObject({ quoteOf: 2, quoteIndex: 0, source: { kind: 'comment', id: 1 }, exact: true });
    expectSlices('quick brown fox jumps over', SOURCE, ['quick brown fox jumps over']);
  });

  it('tolerates whitespace and line breaks', () => {
    expectSlices('quick   brown\nfox \t jumps', SOURCE, ['quick brown fox jumps']);
  });

  it('tolerates curly vs straight quotes and apostrophes, and covers the quote marks too', () => {
    expectSlices('he said "don\'t panic"', 'Then he said “don’t panic” and left.', ['he said “don’t panic”']);
    expectSlices('it′s not what it seems', "Well, it's not what it seems at all.", ["it's not what it seems"]);
  });

  it('tolerates case', () => {
    expectSlices('THE LAZY DOG NEAR THE RIVER', SOURCE, ['the lazy dog near the river']);
  });

  it('tolerates leftover markdown: emphasis, links, list markers', () => {
    expectSlices('**Bold claim** about _the_ [docs page](https://x.test/a) here', 'A bold claim about the docs page here.', [
      'bold claim about the docs page here',
    ]);
    expectSlices('- first item here\n- second item there', 'first item here\nsecond item there', ['first item here', 'second item there']);
    expectSlices('1. step one is easy', 'step one is easy\nstep two is not', ['step one is easy']);
  });

  it('tolerates leading and trailing punctuation', () => {
    expectSlices('— and that is final!!', 'I said no. And that is final.', ['And that is final']);
    expectSlices('(that is final.)', 'I said no. And that is final.', ['that is final.']);
  });

  it('links a partial sentence', () => {
    expectSlices('middle of a long sentence', 'This is the middle of a long sentence that goes on.', ['middle of a long sentence']);
  });

  it('joins fragments around "..." and "…", one span each, in order (not verbatim, so not exact)', () => {
    const source = 'The committee met on Monday and, after a long debate, approved the budget.';
    expectSlices('The committee met on Monday … approved the budget.', source, ['The committee met on Monday', 'approved the budget.'], false);
    expectSlices('committee met on Monday...after a long debate', source, ['committee met on Monday', 'after a long debate'], false);
    expectSlices('The committee met [...] a long debate (…) the budget', source, ['The committee met', 'a long debate', 'the budget'], false);
  });

  it('ignores a one-word piece between ellipses', () => {
    expectSlices('Well … the whole plan fell apart', 'Then the whole plan fell apart, sadly.', ['the whole plan fell apart'], false);
  });

  it('prefers fragments found as they are over a fuzzy match of the whole quote', () => {
    const t = thread('The committee met on Monday and, after a long debate, approved the budget.', [
      c(1, null, { text: 'The committee met on Monday and, after a debate, approved the budget.' }),
      c(2, 1, { quotes: ['The committee met on Monday and … approved the budget'] }),
    ]);
    expect(matchQuotes(t)[0]).toMatchObject({ source: { kind: 'comment', id: 1 }, exact: false });
    expect(slices(t, matchQuotes(t)[0]!)).toEqual(['The committee met on Monday and', 'approved the budget']);
  });

  it('keeps one span when the source itself has the same ellipsis', () => {
    expectSlices('well... I think so, honestly', 'Hmm, well... I think so, honestly.', ['well... I think so, honestly']);
  });

  it('links a quote spanning paragraphs with one span per source paragraph', () => {
    const source = 'First paragraph ends here.\nSecond one starts here and goes on.';
    expectSlices('First paragraph ends here.\nSecond one starts here', source, ['First paragraph ends here.', 'Second one starts here']);
    expectSlices('paragraph ends here. Second one starts', source, ['paragraph ends here.', 'Second one starts']);
  });

  it('tolerates zero-width characters and accents', () => {
    expectSlices('qu\u200bick brown fox', SOURCE, ['quick brown fox']);
    expectSlices('the cafe was naive', 'Honestly the café was naïve.', ['the café was naïve']);
  });

  it('links right-to-left text', () => {
    expectSlices('שלום לכל החברים', 'אמרתי שלום לכל החברים בבוקר', ['שלום לכל החברים']);
  });

  it('links a slightly edited quote as fuzzy (one word changed or misspelt)', () => {
    expectSlices('the quick brown cat jumps over the lazy dog', SOURCE, ['The quick brown fox jumps over the lazy dog'], false);
    expectSlices('quick brown fox jumps over teh lazy dog', SOURCE, ['quick brown fox jumps over the lazy dog'], false);
    expectSlices('brown fox jumped over the lazy', SOURCE, ['brown fox jumps over the lazy'], false);
  });

  it('covers a misspelt last word in a fuzzy match', () => {
    expectSlices('Rust is great for systems programing', 'Rust is great for systems programming.', ['Rust is great for systems programming'], false);
  });
});

describe('matchQuotes rejects', () => {
  it('short quotes: fewer than minWords words or minChars characters', () => {
    for (const q of ['What', 'lol', 'the quick', 'I am so']) {
      expect(linkFor(q, 'What? lol. the quick brown fox. I am so tired.').link, q).toBeUndefined();
    }
  });

  it('quotes below a raised minWords', () => {
    const t = thread(null, [c(1, null, { text: SOURCE }), c(2, 1, { quotes: ['quick brown fox jumps'] })]);
    expect(matchQuotes(t, undefined, { ...DEFAULT_QUOTE_OPTIONS, minWords: 5 })).toEqual([]);
    expect(matchQuotes(t, undefined, { ...DEFAULT_QUOTE_OPTIONS, minWords: 4 })).toHaveLength(1);
  });

  it('spaceless quotes below minWords, two characters counting as one word', () => {
    const source = '今日はとても暑いですね、駅までバスで行きました。';
    const linked = (quote: string, minWords: number) =>
      matchQuotes(thread(null, [c(1, null, { text: source }), c(2, 1, { quotes: [quote] })]), undefined, { ...DEFAULT_QUOTE_OPTIONS, minWords }).length;
    expect(linked('今日はとても暑いで', 5)).toBe(0); // 9 characters: 4.5 words
    expect(linked('今日はとても暑いです', 5)).toBe(1); // 10 characters: 5 words
    expect(linked('今日はとても暑いですね、駅', 4)).toBe(1); // 12 characters
    expect(linked('駅までバスで行きました', 6)).toBe(0);
    // Mixed: Latin words count one each, the spaceless run by its characters.
    const mixed = thread(null, [c(1, null, { text: 'I took the バスで行きました yesterday' }), c(2, 1, { quotes: ['the バスで行きました'] })]);
    expect(matchQuotes(mixed, undefined, { ...DEFAULT_QUOTE_OPTIONS, minWords: 5 })).toHaveLength(1); // 1 + 8 / 2
    expect(matchQuotes(mixed, undefined, { ...DEFAULT_QUOTE_OPTIONS, minWords: 6 })).toHaveLength(0);
  });

  it('a quote that appears nowhere', () => {
    expect(linkFor('a sentence nobody ever wrote here').link).toBeUndefined();
  });

  it('the right words in the wrong order, or not contiguous', () => {
    expect(linkFor('fox brown quick jumps').link).toBeUndefined();
    expect(linkFor('quick fox over lazy').link).toBeUndefined();
  });

  it('ellipsis fragments in the wrong order or in different sources', () => {
    expect(linkFor('approved the budget … The committee met', 'The committee met on Monday and approved the budget.').link).toBeUndefined();
    const t = thread(null, [
      c(1, null, { text: 'The committee met on Monday.' }),
      c(2, 1, { text: 'They approved the budget.' }),
      c(3, 2, { quotes: ['The committee met on Monday … approved the budget'] }),
    ]);
    expect(matchQuotes(t)).toEqual([]);
  });

  it('fuzzy matches under five words', () => {
    expect(linkFor('big red barn door', 'a big blue barn door').link).toBeUndefined();
  });

  it('fuzzy matches with too many changes', () => {
    expect(linkFor('quick green fox leaps over the lazy dog', SOURCE).link).toBeUndefined();
  });

  it('a quote whose only match is inside the source’s own blockquote', () => {
    const t = thread(null, [
      c(1, null, { text: 'Somebody wrote this long sentence here\nand I agree', quotes: ['Somebody wrote this long sentence here'] }),
      c(2, 1, { quotes: ['wrote this long sentence'] }),
    ]);
    expect(matchQuotes(t)).toEqual([]);
  });

  it('a comment’s own quote as its own source', () => {
    const t = thread(null, [c(1, null, { text: 'nothing here' }), c(2, 1, { text: 'an original thought of mine\nyes', quotes: ['an original thought of mine'] })]);
    expect(matchQuotes(t)).toEqual([]);
  });

  it('a short quote found in two unrelated comments (ambiguous)', () => {
    const t = thread(null, [
      c(1, null, { text: 'unrelated root' }),
      c(2, null, { text: 'I like green apples a lot' }),
      c(3, null, { text: 'Everyone says: I like green apples.' }),
      c(4, 1, { quotes: ['I like green apples'] }),
    ]);
    expect(matchQuotes(t)).toEqual([]);
  });
});

describe('matchQuotes source order', () => {
  const text = 'This exact sentence appears in several places.';

  it('parent beats other ancestors', () => {
    const t = thread(null, [c(1, null, { text }), c(2, 1, { text }), c(3, 2, { quotes: ['exact sentence appears in several'] })]);
    expect(from(matchQuotes(t)[0])).toBe(2);
  });

  it('nearest ancestor beats farther ones', () => {
    const t = thread(null, [c(1, null, { text }), c(2, 1, { text }), c(3, 2, { text: 'no' }), c(4, 3, { quotes: ['exact sentence appears'] })]);
    expect(from(matchQuotes(t)[0])).toBe(2);
  });

  it('ancestors beat the post', () => {
    const t = thread(text, [c(1, null, { text }), c(2, 1, { text: 'no' }), c(3, 2, { quotes: ['exact sentence appears'] })]);
    expect(from(matchQuotes(t)[0])).toBe(1);
  });

  it('the post beats other comments', () => {
    const t = thread(text, [c(1, null, { text }), c(2, null, { text: 'no' }), c(3, 2, { quotes: ['exact sentence appears'] })]);
    expect(from(matchQuotes(t)[0])).toBe('post');
  });

  it('other comments are the last resort: the one written before the quote (see anywhere.test.ts)', () => {
    const t = thread(null, [
      c(1, null, { text: 'root' }),
      c(2, 1, { text: 'no' }),
      c(3, null, { text }),
      c(4, 3, { text: 'no' }),
      c(5, 4, { text: 'no' }),
      c(6, 1, { text: 'no', quotes: ['This exact sentence appears in several places'] }),
    ]);
    expect(from(matchQuotes(t)[0])).toBe(3);
  });

  it('a short quote found in exactly one other comment is linked', () => {
    const t = thread(null, [c(1, null, { text: 'root' }), c(2, null, { text: 'I like green apples a lot' }), c(3, 1, { quotes: ['I like green apples'] })]);
    expect(from(matchQuotes(t)[0])).toBe(2);
  });

  it('skips the parent’s own blockquote and finds the original further up', () => {
    const original = 'We should move the meetup to Saturday evening.';
    const t = thread(original, [
      c(1, null, { text: `${original}\nNo way, Sunday is better.`, quotes: [original] }),
      c(2, 1, { quotes: ['move the meetup to Saturday'] }),
    ]);
    const link = matchQuotes(t).find((l) => l.quoteOf === 2);
    expect(from(link)).toBe('post');
    expect(slices(t, link!)).toEqual(['move the meetup to Saturday']);
  });

  it('still finds text the parent wrote itself next to its blockquote', () => {
    const t = thread(null, [
      c(1, null, { text: 'quoted words go here\nmy own words come after', quotes: ['quoted words go here'] }),
      c(2, 1, { quotes: ['my own words come'] }),
    ]);
    const [link] = matchQuotes(t);
    expect(from(link)).toBe(1);
    expect(slices(t, link!)).toEqual(['my own words come']);
  });
});

describe('matchQuotes exact beats fuzzy', () => {
  const exact = 'We finally shipped the new release after months of work.';
  const edited = 'We finally shipped the big release after months of work.';
  const quote = 'finally shipped the new release after months of work';

  it('an exact match in a farther ancestor beats a fuzzy one in the parent', () => {
    const t = thread(null, [c(1, null, { text: exact }), c(2, 1, { text: edited }), c(3, 2, { quotes: [quote] })]);
    expect(matchQuotes(t)[0]).toMatchObject({ source: { kind: 'comment', id: 1 }, exact: true });
  });

  it('an exact match in the post beats a fuzzy one in the parent', () => {
    const t = thread(exact, [c(1, null, { text: edited }), c(2, 1, { quotes: [quote] })]);
    expect(matchQuotes(t)[0]).toMatchObject({ source: { kind: 'post' }, exact: true });
  });

  it('an exact match elsewhere beats a fuzzy one in the parent', () => {
    const t = thread(null, [c(1, null, { text: edited }), c(2, null, { text: exact }), c(3, 1, { quotes: [quote] })]);
    expect(matchQuotes(t)[0]).toMatchObject({ source: { kind: 'comment', id: 2 }, exact: true });
  });

  it('the fuzzy match stands when there is no exact one', () => {
    const t = thread(null, [c(1, null, { text: edited }), c(2, 1, { quotes: [quote] })]);
    const [link] = matchQuotes(t);
    expect(link).toMatchObject({ source: { kind: 'comment', id: 1 }, exact: false });
    expect(slices(t, link!)).toEqual(['finally shipped the big release after months of work']);
  });
});

describe('matchQuotes spans and output', () => {
  it('resembles the seed thread: two sentences of the post quoted separately', () => {
    const body = 'Lemmy threads get long and hard to follow. A sidebar outline would help a lot.';
    const t = thread(body, [
      c(10, null, {
        text: 'Lemmy threads get long and hard to follow.\nTrue.\nA sidebar outline would help a lot.\nAgreed.',
        quotes: ['Lemmy threads get long and hard to follow.', 'A sidebar outline would help a lot.'],
      }),
    ]);
    const links = matchQuotes(t);
    expect(links.map((l) => [l.quoteOf, l.quoteIndex, from(l), l.exact])).toEqual([
      [10, 0, 'post', true],
      [10, 1, 'post', true],
    ]);
    expect(links.map((l) => slices(t, l))).toEqual([['Lemmy threads get long and hard to follow.'], ['A sidebar outline would help a lot.']]);
    expect(links[1]!.ranges).toEqual([{ start: 43, end: body.length }]);
  });

  it('points at the right offsets past astral and zero-width characters', () => {
    const source = '😀😀 𝒜 zero\u200bwidth text then the words we want here 👍';
    expectSlicesIn(source, 'the words we want', ['the words we want']);
  });

  it('lists links in reading order with each quote’s index', () => {
    const t = thread('alpha beta gamma delta epsilon', [
      c(1, null, { text: 'one two three four five six' }),
      c(3, 1, { quotes: ['nothing like this at all', 'two three four five'] }),
      c(2, null, { quotes: ['beta gamma delta epsilon'] }),
    ]);
    expect(matchQuotes(t).map((l) => [l.quoteOf, l.quoteIndex, from(l)])).toEqual([
      [3, 1, 1],
      [2, 0, 'post'],
    ]);
  });

  it('gives the same result with a prebuilt index', () => {
    const t = thread(SOURCE, [c(1, null, { text: 'x' }), c(2, 1, { quotes: ['quick brown fox jumps'] })]);
    expect(matchQuotes(t, indexSources(t))).toEqual(matchQuotes(t));
  });

  it('honours disabled source kinds', () => {
    const t = thread(SOURCE, [c(1, null, { text: SOURCE }), c(2, 1, { quotes: ['quick brown fox jumps'] })]);
    const only = (sources: Partial<QuoteOptions['sources']>): QuoteOptions => ({
      ...DEFAULT_QUOTE_OPTIONS,
      sources: { parent: false, ancestors: false, post: false, anywhere: false, ...sources },
    });
    expect(from(matchQuotes(t, undefined, only({ post: true }))[0])).toBe('post');
    expect(matchQuotes(t, undefined, only({ anywhere: true }))).toEqual([]);
    expect(from(matchQuotes(t, undefined, only({ parent: true }))[0])).toBe(1);
  });
});

function expectSlicesIn(source: string, quote: string, expected: string[]) {
  const { t, link } = linkFor(quote, source);
  expect(link).toBeDefined();
  expect(slices(t, link!)).toEqual(expected);
}

describe('matchQuotes and quotes of quotes', () => {
  it('does not take text nested inside the parent’s blockquote as the parent’s words', () => {
    // Comment 2 quoted comment 1, whose own text quoted the post; comment 3 quotes the nested post text.
    const t = thread('The bridge will close for repairs next month.', [
      c(1, null, { text: 'The bridge will close for repairs next month.\nAbout time they fixed it.', quotes: ['The bridge will close for repairs next month.'] }),
      c(2, 1, {
        // readQuotes leaves the nested blockquote out of the quote's text, but it is in the comment's text.
        text: 'About time\nThe bridge will close for repairs next month.\nthey fixed it.\nAgreed.',
        quotes: ['About time\nthey fixed it.'],
      }),
      c(3, 2, { quotes: ['close for repairs next month'] }),
    ]);
    const link = matchQuotes(t).find((l) => l.quoteOf === 3);
    expect(from(link)).toBe('post');
  });

  it('prefers an exact match in a farther ancestor over a fuzzy one in a nearer ancestor', () => {
    const t = thread(null, [
      c(1, null, { text: 'Our team will ship the redesign before the end of June.' }),
      c(2, 1, { text: 'Our team will ship the rewrite before the end of June.' }),
      c(3, 2, { text: 'no' }),
      c(4, 3, { quotes: ['team will ship the redesign before the end'] }),
    ]);
    expect(matchQuotes(t)[0]).toMatchObject({ source: { kind: 'comment', id: 1 }, exact: true });
  });
});
