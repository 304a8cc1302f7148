import { afterEach, describe, expect, it } from 'vitest';
import { readableText } from '../../../utils/lemmy/text';
import { rangesForSpans } from '../../../utils/lemmy/text-ranges';

function body(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html; // test input, written here
  document.body.append(div);
  return div;
}

describe('rangesForSpans', () => {
  it('maps text offsets back to DOM ranges across elements and squeezed whitespace', () => {
    const el = body('<p>First   paragraph with <em>emphasis</em>.</p>\n\n<p>Second <a href="#">linked   words</a> here.</p>');
    const text = readableText(el);
    expect(text).toBe('First paragraph with emphasis.\nSecond linked words here.');
    const start = text.indexOf('with emphasis');
    const start2 = text.indexOf('linked words');
    const [r1, r2] = rangesForSpans(el, [
      { start, end: start + 'with emphasis'.length },
      { start: start2, end: start2 + 'linked words'.length },
    ]);
    expect(r1!.toString()).toBe('with emphasis');
    expect(r2!.toString().replace(/\s+/g, ' ')).toBe('linked words');
  });

  it('spans paragraphs', () => {
    const el = body('<p>one two</p><p>three four</p>');
    const text = readableText(el);
    const [r] = rangesForSpans(el, [{ start: text.indexOf('two'), end: text.indexOf('three') + 5 }]);
    expect(r!.toString()).toBe('twothree');
    expect(r!.startContainer.textContent).toBe('one two');
    expect(r!.endContainer.textContent).toBe('three four');
  });

  it('skips spans outside the text', () => {
    expect(rangesForSpans(body('<p>short</p>'), [{ start: 50, end: 60 }])).toEqual([]);
  });

  describe('where the browser has static ranges', () => {
    /** happy-dom has none: a stand-in that keeps what it was given, as the browser's does. */
    class StaticStandIn {
      constructor(readonly init: StaticRangeInit) {}
    }
    const win = window as unknown as { StaticRange?: unknown };
    afterEach(() => delete win.StaticRange);

    it('makes static ranges with the same boundaries (live ones cost the page on every node removed)', () => {
      win.StaticRange = StaticStandIn;
      const el = body('<p>one two</p><p>three four</p>');
      const text = readableText(el);
      const [r] = rangesForSpans(el, [{ start: text.indexOf('two'), end: text.indexOf('three') + 5 }]);
      expect(r).toBeInstanceOf(StaticStandIn);
      const { startContainer, startOffset, endContainer, endOffset } = (r as unknown as StaticStandIn).init;
      expect([startContainer.textContent, startOffset, endContainer.textContent, endOffset]).toEqual(['one two', 4, 'three four', 5]);
    });
  });
});
