import { describe, expect, it } from 'vitest';
import { iconName, readableText } from '../../../utils/lemmy/text';

const el = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html; // test input, written here
  return div;
};

describe('readableText', () => {
  it('leaves out icons and their visually-hidden names', () => {
    const html =
      '<span><svg class="icon"><use xlink:href="/s.svg#icon-arrow-up"></use><div class="visually-hidden"><title>arrow-up</title></div></svg>30</span>';
    expect(readableText(el(html))).toBe('30');
  });
  it('puts block elements on their own lines and squeezes whitespace', () => {
    expect(readableText(el('<p>One   two</p>\n<blockquote><p>three</p></blockquote><p>four</p>'))).toBe('One two\nthree\nfour');
  });
  it('survives depth 60 without recursion', () => {
    const deep = '<div>'.repeat(60) + 'bottom' + '</div>'.repeat(60);
    expect(readableText(el(deep))).toBe('bottom');
  });
});

describe('iconName', () => {
  it('reads xlink:href and href', () => {
    expect(iconName(el('<svg><use xlink:href="/static/x/symbols.svg#icon-minus-square"></use></svg>'))).toBe('minus-square');
    expect(iconName(el('<svg><use href="#icon-plus-square"></use></svg>'))).toBe('plus-square');
    expect(iconName(el('<span>no icon</span>'))).toBeNull();
  });
});
