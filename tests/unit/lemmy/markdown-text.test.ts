import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generalText, inlineMarkdown, markdownText } from '../../../utils/lemmy/markdown-text';

describe('markdownText', () => {
  it('gives top-level quotes one by one, and the text with them', () => {
    const got = markdownText('> first quote\n\n> second\n> goes on\n\nMy answer');
    expect(got.quotes).toEqual(['first quote', 'second\ngoes on']);
    expect(got.text).toBe('first quote\nsecond\ngoes on\nMy answer');
  });

  it('leaves a quote inside a quote out of the quote, as the DOM reader does', () => {
    const got = markdownText('> > what they said\n> what I said\n\nreply');
    expect(got.quotes).toEqual(['what I said']);
  });

  it('takes lazy continuation lines into the quote', () => {
    expect(markdownText('> a quote\nthat goes on\n\nafter').quotes).toEqual(['a quote\nthat goes on']);
  });

  it('drops syntax and keeps words: links, emphasis, code, lists, headings, spoilers, escapes', () => {
    const got = markdownText('# Title\n\n- **bold** and *em* and _under_ ~~gone~~\n1. [a link](https://x.test) ![alt](i.png)\n\n::: spoiler Plot\nhidden `code`\n:::\n\n\\*not em\\* &amp; snake_case_name');
    expect(got.text).toBe('Title\nbold and em and under gone\na link alt\nPlot\nhidden code\n*not em* & snake_case_name');
  });

  it('keeps fenced code as written', () => {
    expect(markdownText('```\n> not a quote\n**x**\n```').text).toBe('> not a quote\n**x**');
  });

  it('never produces markup from page text', () => {
    expect(inlineMarkdown('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('markdownText on prose and plain quotes', () => {
  // The quick reading of prose must give what the general one gives, on anything it takes.
  const word = fc.constantFrom('river', 'Ünïcode', '日本語', 'end.', 'a,b', 'what?', '!', 'x-y', 'a:b', '12', '>', '#');
  const lead = fc.constantFrom('', ' ', '   ', '    ', '\t', '>', '> ', ' >', '>>', '> >', '- ', '1. ');
  const line = fc.tuple(lead, fc.array(word, { maxLength: 6 }), fc.constantFrom(' ', '  ', '\t'), fc.constantFrom('', ' ', '  '));
  const source = fc
    .tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
    .map(([lines, eol]) => lines.map(([start, words, gap, tail]) => start + words.join(gap) + tail).join(eol));

  it('gives what the general reading gives', () => {
    fc.assert(
      fc.property(source, (text) => {
        expect(markdownText(text)).toEqual(generalText(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a reply quoting its parent quickly the same way: the quote, then the text with it', () => {
    const got = markdownText('> You  said this\n> and that\nlazily\n\nMy answer.\nSecond line');
    expect(got).toEqual({ quotes: ['You said this\nand that\nlazily'], text: 'You said this\nand that\nlazily\nMy answer.\nSecond line' });
  });
});
