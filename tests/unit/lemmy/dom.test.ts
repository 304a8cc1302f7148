import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasClass } from '../../../utils/lemmy/dom';

describe('hasClass', () => {
  it('agrees with classList.contains on any class attribute', () => {
    const word = fc.constantFrom('md-div', 'md', 'div', 'md-div-x', 'x-md-div', 'comment-content', 'd-none', '');
    // ASCII whitespace only: happy-dom's classList also splits at U+00A0, which browsers do not.
    const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\f');
    const attr = fc.array(fc.tuple(word, space), { maxLength: 5 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(attr, fc.constantFrom('md-div', 'md', 'div', 'comment-content', 'd-none'), (cls, name) => {
        const el = document.createElement('div');
        el.setAttribute('class', cls);
        expect(hasClass(el, name)).toBe(el.classList.contains(name));
      }),
      { numRuns: 1000 },
    );
  });
  it('is false without a class attribute, and reads an SVG element’s class', () => {
    expect(hasClass(document.createElement('p'), 'x')).toBe(false);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'icon visually-hidden');
    expect(hasClass(svg, 'visually-hidden')).toBe(true);
    const nbsp = document.createElement('p');
    nbsp.setAttribute('class', 'md-div\u00a0x');
    expect(hasClass(nbsp, 'md-div')).toBe(false); // one class "md-div x", as in browsers
  });
});
