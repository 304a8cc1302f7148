import { describe, expect, it } from 'vitest';
import { quoteAt, quotePlacer, syncQuoteControls, type Backlink, type QuoteHeader } from '../../../utils/lemmy/quote-controls';

/**
 * Three bodies with quotes, and controls left over from an earlier run: an
 * up-to-date header, a header with an old label, a header whose quote is no
 * longer linked and a backlink whose source is no longer quoted.
 */
const PAGE = `
<div class="md-div" id="b1"><blockquote id="q1a">one</blockquote><p>text</p><blockquote id="q1b">two</blockquote></div>
<div class="md-div" id="b2"><button data-threadlens-ui="quote-header" data-threadlens-key="q:2:0">quoting @ash ↑</button><blockquote id="q2a">three</blockquote><p>text</p></div>
<div class="md-div" id="b3"><button data-threadlens-ui="quote-header" data-threadlens-key="q:3:0">quoting @old ↑</button><blockquote id="q3a">four</blockquote>
  <button data-threadlens-ui="quote-header" data-threadlens-key="q:3:1">quoting @gone ↑</button><blockquote id="q3b">five</blockquote>
  <p>text</p><button data-threadlens-ui="quote-backlink" data-threadlens-key="b:3">quoted by 4 ↓</button></div>
<div class="md-div" id="b4"><p>a source</p></div>`;

function page(): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${PAGE}</body>`, 'text/html');
}

/** What a run wants in `doc`: headers on q1a, q1b, q2a, q3a (new label), backlinks on b1 and b4. */
function wanted(doc: Document): { headers: QuoteHeader[]; backlinks: Backlink[] } {
  const q = (id: string) => doc.getElementById(id)!;
  return {
    headers: [
      { quote: q('q1a'), label: 'quoting @birch ↑', key: 'q:1:0' },
      { quote: q('q1b'), label: 'quoting the post ↑', key: 'q:1:1' },
      { quote: q('q2a'), label: 'quoting @ash ↑', key: 'q:2:0' },
      { quote: q('q3a'), label: 'quoting @new ↑', key: 'q:3:0' },
    ],
    backlinks: [
      { body: q('b1'), label: 'quoted by 2 ↓', key: 'b:1' },
      { body: q('b4'), label: 'quoted by 1 ↓', key: 'b:post' },
    ],
  };
}

/** Every quote control of the page, in page order: where it sits, its key and its label. */
function controls(doc: Document): string[] {
  return [...doc.querySelectorAll('[data-threadlens-ui^="quote-"]')].map((el) => {
    const at = el.getAttribute('data-threadlens-ui') === 'quote-header' ? `before #${el.nextElementSibling?.id}` : `last of #${el.parentElement?.id}`;
    const last = el.getAttribute('data-threadlens-ui') === 'quote-backlink' && el.parentElement?.lastElementChild !== el ? ' (not last)' : '';
    return `${el.getAttribute('data-threadlens-key')} ${at}${last}: ${el.textContent}`;
  });
}

const SYNCED = [
  'q:1:0 before #q1a: quoting @birch ↑',
  'q:1:1 before #q1b: quoting the post ↑',
  'b:1 last of #b1: quoted by 2 ↓',
  'q:2:0 before #q2a: quoting @ash ↑',
  'q:3:0 before #q3a: quoting @new ↑',
  'b:post last of #b4: quoted by 1 ↓',
];

describe('syncQuoteControls', () => {
  it('adds, relabels and removes controls until the page shows exactly the wanted ones', () => {
    const doc = page();
    const { headers, backlinks } = wanted(doc);
    syncQuoteControls(doc, headers, backlinks);
    expect(controls(doc)).toEqual(SYNCED);
    // The page's own content stays.
    expect(doc.querySelectorAll('blockquote').length).toBe(5);
    expect(doc.querySelectorAll('p').length).toBe(4);
  });

  it('keeps a control that is already right (same element: focus and hover survive a re-run)', () => {
    const doc = page();
    const kept = doc.querySelector('[data-threadlens-key="q:2:0"]');
    const { headers, backlinks } = wanted(doc);
    syncQuoteControls(doc, headers, backlinks);
    expect(doc.querySelector('[data-threadlens-key="q:2:0"]')).toBe(kept);
  });
});

describe('quotePlacer', () => {
  it('placing one control at a time, then removing the stale ones, gives the same page as syncQuoteControls', () => {
    const synced = page();
    syncQuoteControls(synced, wanted(synced).headers, wanted(synced).backlinks);
    const placed = page();
    const placer = quotePlacer(placed);
    const { headers, backlinks } = wanted(placed);
    const returned = [...headers, ...backlinks].map((c) => placer.place(c));
    placer.removeStale();
    expect(placed.body.innerHTML).toBe(synced.body.innerHTML);
    // `place` returns the control that is in the page.
    expect(returned.every((el) => el.isConnected)).toBe(true);
    expect(returned.map((el) => el.getAttribute('data-threadlens-key'))).toEqual(['q:1:0', 'q:1:1', 'q:2:0', 'q:3:0', 'b:1', 'b:post']);
  });

  it('leaves stale controls in place until removeStale', () => {
    const doc = page();
    const placer = quotePlacer(doc);
    for (const h of wanted(doc).headers) placer.place(h);
    expect(doc.querySelector('[data-threadlens-key="q:3:1"]')).not.toBeNull();
    expect(doc.querySelector('[data-threadlens-key="b:3"]')).not.toBeNull();
    placer.removeStale();
    expect(doc.querySelector('[data-threadlens-key="q:3:1"]')).toBeNull();
    expect(doc.querySelector('[data-threadlens-key="b:3"]')).toBeNull();
    // Backlinks were never placed by this placer: removed as stale too.
    expect(doc.querySelectorAll('[data-threadlens-ui="quote-backlink"]').length).toBe(0);
  });

  it('a run cancelled half-way leaves no duplicates once the next run has finished', () => {
    const doc = page();
    const { headers, backlinks } = wanted(doc);
    const all = [...headers, ...backlinks];
    const cancelled = quotePlacer(doc);
    for (const c of all.slice(0, 4)) cancelled.place(c);
    // The next run places everything (here after a change: q1b no longer linked).
    const next = quotePlacer(doc);
    for (const c of all.filter((c) => c.key !== 'q:1:1')) next.place(c);
    // It reuses what the cancelled run put in: never two headers on a quote, even before removeStale.
    const inPage = [...doc.querySelectorAll('[data-threadlens-ui="quote-header"]')];
    expect(inPage.filter((h) => h.nextElementSibling?.getAttribute('data-threadlens-ui') === 'quote-header')).toEqual([]);
    next.removeStale();
    expect(controls(doc)).toEqual(SYNCED.filter((line) => !line.startsWith('q:1:1')));
    expect(doc.querySelectorAll('[data-threadlens-ui="quote-header"]').length).toBe(3);
  });

  it('with a shared set of what is shown, removes only what earlier placers put in, a cancelled one’s included', () => {
    const doc = page();
    const { headers, backlinks } = wanted(doc);
    const shown = new Set<Element>();
    const first = quotePlacer(doc, shown);
    for (const c of [...headers, ...backlinks]) first.place(c);
    first.removeStale();
    // Look-alikes the page had (not placed by us) are left alone, unless a placer takes one over.
    expect(doc.querySelector('[data-threadlens-key="q:3:1"]')).not.toBeNull();
    const cancelled = quotePlacer(doc, shown);
    cancelled.place({ quote: doc.getElementById('q3b')!, label: 'quoting @x ↑', key: 'q:3:1' });
    const next = quotePlacer(doc, shown);
    for (const c of [...headers.slice(1), ...backlinks.slice(1)]) next.place(c);
    next.removeStale();
    expect(controls(doc)).toEqual([
      'q:1:1 before #q1b: quoting the post ↑',
      'q:2:0 before #q2a: quoting @ash ↑',
      'q:3:0 before #q3a: quoting @new ↑',
      'b:3 last of #b3: quoted by 4 ↓',
      'b:post last of #b4: quoted by 1 ↓',
    ]);
    expect(shown.size).toBe(4);
  });
});

describe('quoteAt', () => {
  it('finds the quote from a word inside it, and from our header above it', () => {
    const body = document.createElement('div');
    const header = document.createElement('button');
    header.setAttribute('data-threadlens-key', 'q:1:0');
    const quote = document.createElement('blockquote');
    const word = document.createElement('em');
    word.textContent = 'quoted';
    quote.append(document.createElement('p'));
    quote.firstElementChild!.append(word);
    body.append(header, quote);
    expect(quoteAt(word)).toBe(quote);
    expect(quoteAt(header)).toBe(quote);
    expect(quoteAt(body)).toBeNull();
  });
});
