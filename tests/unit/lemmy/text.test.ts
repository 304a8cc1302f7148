import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flatInlineText, iconName, inlineText, readableText } from '../../../utils/lemmy/text';
import { emptyTextMap, positionAt } from '../../../utils/lemmy/text-map';

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

/** The definition readableText must keep, node by node: no fast paths. */
function reference(root: Element, skip?: string): string {
  const blocks = /^(P|DIV|LI|BLOCKQUOTE|PRE|H[1-6]|TR|TABLE|UL|OL|DETAILS|SUMMARY|HR|BR|FIGURE)$/;
  const walk = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.nodeType !== 1) return '';
    const e = node as Element;
    const left = /^(svg|title|script|style|template)$/i.test(e.tagName) || e.classList.contains('visually-hidden');
    if (e !== root && (left || e.hasAttribute('data-threadlens-ui') || (skip && e.matches(skip)))) return '';
    const inner = [...e.childNodes].map(walk).join('');
    return blocks.test(e.tagName.toUpperCase()) ? `\n${inner}\n` : inner;
  };
  const runs = walk(root).replace(/[ \t\r\f\v\u00a0\n]+/g, (run) => (run.includes('\n') ? '\n' : ' '));
  return runs.replace(/^[ \n]|[ \n]$/g, '');
}

describe('readableText against its definition', () => {
  const text = fc.constantFrom('', ' ', '\n', '  \n ', 'word', ' two  words ', 'one two three', 'a b\tc', '\u00a0x', 'end \n');
  const tag = fc.constantFrom('p', 'span', 'em', 'div', 'blockquote', 'ul', 'li', 'br', 'a', 'code', 'pre');
  const node: fc.Memo<string> = fc.memo((n) =>
    n <= 1
      ? text
      : fc.oneof(
          text,
          fc.tuple(tag, fc.array(node(n - 1), { maxLength: 4 })).map(([t, kids]) => (t === 'br' ? '<br>' : `<${t}>${kids.join('')}</${t}>`)),
          node(n - 1).map((k) => `<span class="visually-hidden">${k}</span>`),
          node(n - 1).map((k) => `<svg><title>${k}</title></svg>`),
          node(n - 1).map((k) => `<button data-threadlens-ui="x">${k}</button>`),
        ),
  );
  it('gives the same text as reading node by node, with and without a character map', () => {
    fc.assert(
      fc.property(fc.array(node(4), { maxLength: 5 }), fc.boolean(), (kids, skipQuotes) => {
        const root = el(kids.join(''));
        const skip = skipQuotes ? 'blockquote' : undefined;
        const want = reference(root, skip);
        expect(readableText(root, { skip })).toBe(want);
        expect(readableText(root, { skip, map: emptyTextMap() })).toBe(want);
      }),
      { numRuns: 400 },
    );
  });

  it('maps every character to where it came from: itself in a text node, in page order, or an inserted break', () => {
    fc.assert(
      fc.property(fc.array(node(4), { maxLength: 5 }), fc.boolean(), (kids, skipQuotes) => {
        const root = el(kids.join(''));
        const map = emptyTextMap();
        const text = readableText(root, { skip: skipQuotes ? 'blockquote' : undefined, map });
        let previous: { node: Text; offset: number } | null = null;
        for (let i = 0; i < text.length; i++) {
          const at = positionAt(map, i, text.length);
          const ch = text[i]!;
          if (!at) {
            // Only a break between blocks comes from no node.
            expect(ch).toBe('\n');
            continue;
          }
          const source = at.node.nodeValue![at.offset]!;
          // Words are copied as they are; a space or break stands for a run of whitespace in the page.
          if (/\s/.test(ch)) expect(source).toMatch(/[ \t\r\f\v\u00a0\n]/);
          else expect(source).toBe(ch);
          if (previous) {
            const order = previous.node === at.node ? Math.sign(at.offset - previous.offset) : previous.node.compareDocumentPosition(at.node) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
            expect(order).toBe(1);
          }
          previous = at;
        }
        expect(positionAt(map, text.length, text.length)).toBeNull();
        expect(positionAt(map, -1, text.length)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});

describe('inlineText against its definition', () => {
  const piece = fc.constantFrom(' ', '\n', '12', ' 3 ', 'a\u00a0b', '<svg><title>icon</title></svg>', '<span class="visually-hidden">up</span>', '<b>x</b>', '<p>y</p>', '<!-- c -->');
  it('is readableText on one line (and flatInlineText too, where it applies)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const root = el(pieces.join(''));
        const want = reference(root).replace(/\s+/g, ' ').trim();
        expect(inlineText(root)).toBe(want);
        // Null exactly when an element other than an icon sits among the children.
        const flat = flatInlineText(root);
        expect(flat).toBe([...root.children].some((c) => !/^(svg|title)$/i.test(c.tagName) && !c.classList.contains('visually-hidden')) ? null : want);
      }),
      { numRuns: 300 },
    );
  });
});
