import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUOTE_BATCH, QuotePanel } from '../../../components/quotes/QuotePanel';
import type { QuoteLink } from '../../../utils/quotes';
import { c, thread } from './helpers';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

/** A thread where comments 2… each quote comment 1 once, and the links for `pairs` of them. */
function pairs(n: number) {
  const t = thread(null, [c(1, null, { text: 'the source' }), ...Array.from({ length: n }, (_, i) => c(i + 2, 1, { quotes: [`quote number ${i}`] }))]);
  const links: QuoteLink[] = Array.from({ length: n }, (_, i) => ({ quoteOf: i + 2, quoteIndex: 0, source: { kind: 'comment', id: 1 }, ranges: [], exact: true }));
  return { t, links };
}

function mount(n: number) {
  const { t, links } = pairs(n);
  const onToSource = vi.fn();
  host = document.createElement('div');
  document.body.append(host);
  act(() => render(<QuotePanel links={links} thread={t} onToSource={onToSource} onToQuote={vi.fn()} />, host));
  return { links, onToSource };
}

const rows = () => host.querySelectorAll('ul[aria-label="Quotes and their sources"] > li');
const moreButton = () => host.querySelector<HTMLButtonElement>('.tl-quotes-more button');
const status = () => host.querySelector('[role="status"]')?.textContent;

describe('the Quotes tab with many pairs', () => {
  it('opening a Quotes tab of 835 pairs renders only the first batch, with a count and a "Show more" button', () => {
    mount(835);
    expect(QUOTE_BATCH).toBeLessThanOrEqual(50);
    expect(rows()).toHaveLength(QUOTE_BATCH);
    expect(rows()[0]!.querySelector('q')!.textContent).toBe('quote number 0');
    expect(status()).toBe(`Showing ${QUOTE_BATCH} of 835 quote pairs.`);
    expect(moreButton()!.textContent).toBe(`Show ${QUOTE_BATCH} more`);
    expect(moreButton()!.type).toBe('button');
  });

  it('reaches every pair with the button, which keeps focus until the last batch moves it to the first new pair', () => {
    const { links, onToSource } = mount(835);
    moreButton()!.focus();
    act(() => moreButton()!.click());
    expect(rows()).toHaveLength(2 * QUOTE_BATCH);
    expect(host.ownerDocument.activeElement).toBe(moreButton());
    while (moreButton()) act(() => moreButton()!.click());
    expect(rows()).toHaveLength(835);
    expect(rows()[834]!.querySelector('q')!.textContent).toBe('quote number 834');
    expect(status()).toBe('All 835 quote pairs shown.');
    const firstOfLast = rows()[Math.floor(834 / QUOTE_BATCH) * QUOTE_BATCH]!;
    expect(host.ownerDocument.activeElement).toBe(firstOfLast.querySelector('button'));
    rows()[700]!.querySelectorAll('button')[1]!.click();
    expect(onToSource).toHaveBeenCalledWith(links[700]);
  });

  it('a tab of at most one batch shows every pair and no button or count', () => {
    mount(QUOTE_BATCH);
    expect(rows()).toHaveLength(QUOTE_BATCH);
    expect(moreButton()).toBeNull();
    expect(status()).toBeUndefined();
  });

  it('says so when no quote is linked', () => {
    mount(0);
    expect(host.textContent).toBe('No quotes linked to a source in this thread.');
  });
});
