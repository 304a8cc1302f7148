import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { OutlineRow } from '../../../components/outline/OutlineRow';
import { makeComment } from '../../support/make-comment';

/** One outline row as the reader meets it: text in its own direction, rows not on the page said so. */
function row(extra: Parameters<typeof makeComment>[2]) {
  const host = document.createElement('div');
  const comment = makeComment(7, null, extra);
  const view = { row: { id: 7, depth: 0, hasChildren: false, expanded: false, posinset: 1, setsize: 1 }, comment, replies: 0, votes: null, marks: undefined, isNew: false, newBelow: 0, match: false };
  render(<OutlineRow view={view} top={0} selected={false} focusable inView={false} onSelect={() => {}} onToggle={() => {}} />, host);
  return host.querySelector('[role="treeitem"]')!;
}

describe('an outline row', () => {
  it('isolates a name with a bidi override and right-to-left words, so they cannot turn the rest of the row around', () => {
    const el = row({ author: { name: 'x', instance: 'lemmy.test', display: '\u202Eevil\u202C name' }, text: 'مرحبا بالعالم' });
    const name = el.querySelector('.tl-author')!;
    const words = el.querySelector('.tl-words')!;
    expect([name.getAttribute('dir'), words.getAttribute('dir')]).toEqual(['auto', 'auto']);
    expect(name.textContent).toBe('\u202Eevil\u202C name');
    // The score sits outside both isolates.
    expect(name.contains(el.querySelector('.tl-score'))).toBe(false);
  });

  it('marks a comment not on the page, in words for screen readers', () => {
    const el = row({ offPage: true });
    expect(el.classList.contains('tl-row-off')).toBe(true);
    expect(el.textContent).toContain(', not on the page yet');
    expect(row({}).textContent).not.toContain('not on the page');
  });
});
