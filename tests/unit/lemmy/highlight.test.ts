import { afterEach, describe, expect, it } from 'vitest';
import { clearHighlight, setHighlight } from '../../../utils/lemmy/highlight';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

/** A document whose window has the Custom Highlight API (happy-dom has none). */
function withApi(): { doc: Document; registry: Map<string, unknown> } {
  const registry = new Map<string, unknown>();
  const doc = { defaultView: { CSS: { highlights: registry }, Highlight: FakeHighlight } } as unknown as Document;
  return { doc, registry };
}

describe('setHighlight', () => {
  afterEach(() => document.body.replaceChildren());

  it('sets the named highlight to exactly the given ranges, and deletes it when there are none', () => {
    const { doc, registry } = withApi();
    const a = document.createRange();
    const b = document.createRange();
    setHighlight(doc, 'q', [a, b]);
    expect((registry.get('q') as FakeHighlight).ranges).toEqual([a, b]);
    setHighlight(doc, 'q', [b]);
    expect((registry.get('q') as FakeHighlight).ranges).toEqual([b]);
    setHighlight(doc, 'q', []);
    expect(registry.has('q')).toBe(false);
    setHighlight(doc, 'q', [a]);
    clearHighlight(doc, 'q');
    expect(registry.has('q')).toBe(false);
  });

  it('without the API (happy-dom) leaves the page as it was and does not throw', () => {
    const p = document.createElement('p');
    p.append('alpha ', Object.assign(document.createElement('em'), { textContent: 'beta gamma' }), ' delta');
    document.body.append(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 2);
    range.setEnd(p.querySelector('em')!.firstChild!, 4);
    expect(() => setHighlight(document, 'q', [range])).not.toThrow();
    expect(() => clearHighlight(document, 'q')).not.toThrow();
    expect(p.childNodes.length).toBe(3);
    expect(p.textContent).toBe('alpha beta gamma delta');
  });
});
