import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { topLevelQuotes } from '../../../utils/lemmy/quote-controls';
import * as S from '../../../utils/lemmy/selectors';
import { startOutline } from '../../../utils/features/outline/feature';
import { startQuotes } from '../../../utils/features/quotes/feature';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { generateThread, renderPage } from '../../fixtures/build-thread';
import * as M from '../robustness/lemmy-mutations';
import { crankedSession, type Cranked } from '../../support/session-harness';

/**
 * Quote headers and backlinks on a thread with more links than are decorated
 * in one task: the page reads first, then writes a slice per task, then removes
 * stale controls and sets the highlight. Compared with the one-task run on the
 * same page. Matching is done at once here (in the browser it has slices of its
 * own), so that a change to the page reaches a decoration while it is writing. happy-dom has no Custom Highlight API: the quote highlight's
 * ranges are recorded from setHighlight instead.
 */
const highlighted = vi.hoisted(() => new Map<Document, string[]>());
vi.mock('../../../utils/lemmy/highlight', async (original) => {
  const real = await original<typeof import('../../../utils/lemmy/highlight')>();
  return {
    ...real,
    setHighlight: (doc: Document, name: string, ranges: readonly Range[]) => {
      if (name !== real.QUOTE_HIGHLIGHT) return;
      highlighted.set(doc, ranges.map((r) => `${r.startContainer.parentElement?.closest('article')?.id ?? 'post'}: ${r.toString()}`));
    },
  };
});
const URL_ = 'http://127.0.0.1/post/1';
// Under READ_AT_ONCE: read in the task that opens it, so a change reaches a decoration mid-way.
const spec = generateThread({ comments: 140, maxDepth: 6, seed: 11, quoteEvery: 1, host: '127.0.0.1' });
spec.post.id = 1;
const HTML = renderPage(spec, { ...M.OPTS, path: '/post/1' });

const running: Cranked[] = [];
function open(html = HTML, decorateAtOnce?: number, matchAtOnce = true) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const cranked = crankedSession(doc, URL_);
  running.push(cranked);
  const outline = startOutline(doc, cranked.session, (fn) => fn(), async () => null);
  const quotes = startQuotes(doc, cranked.session, signal(DEFAULT_SETTINGS), { decorateAtOnce, matchAtOnce, show: outline.show });
  return { doc, cranked, quotes };
}

/** A page opened, read and its quotes matched: a page of this size is read in slices of its own. */
async function openMatched(html = HTML, decorateAtOnce?: number) {
  const opened = open(html, decorateAtOnce);
  await tasksUntil(() => opened.quotes.links.value.length > 0);
  return opened;
}

/** Every quote control in page order: key, where it sits, label. */
function controls(doc: Document): string[] {
  return [...doc.querySelectorAll('[data-threadlens-ui^="quote-"]')].map((el) => {
    const where = el.closest('article')?.id ?? 'post';
    const next = el.nextElementSibling;
    const at =
      el.getAttribute('data-threadlens-ui') === 'quote-header'
        ? `before quote ${next ? topLevelQuotes(el.parentElement!).indexOf(next) : 'none'}`
        : next ? 'not last' : 'last';
    return `${el.getAttribute('data-threadlens-key')} in ${where}, ${at}: ${el.textContent}`;
  });
}
const headerCount = (doc: Document) => doc.querySelectorAll('[data-threadlens-ui="quote-header"]').length;
const marks = (doc: Document) => highlighted.get(doc) ?? [];

const task = () => new Promise((r) => setTimeout(r, 0));
/** Runs of the final step (stale controls, highlight) so far. */
const finished = () => performance.getEntriesByName('threadlens:quote-marks-place-done').length;
async function tasksUntil(ready: () => boolean, each: () => void = () => {}): Promise<void> {
  for (let i = 0; i < 5000 && !ready(); i++) {
    await task();
    each();
  }
}

/** The quote element a link points at, in any copy of the page. */
const quoteIn = (doc: Document, commentId: number, index: number) =>
  topLevelQuotes(doc.querySelector(`#comment-${commentId}`)!.querySelector(S.commentBody)!)[index]!;

const realNow = performance.now;
beforeEach(() => {
  performance.clearMeasures();
  // Each reading of the clock moves it on: every slice ends after a few items, so a
  // 160-comment page takes many tasks, as a 10,000-comment one does in a browser.
  // (Not a spy: one that records every call slows happy-dom down.)
  let t = 0;
  performance.now = () => (t += 4);
});
afterEach(() => {
  performance.now = realNow;
  for (const cranked of running.splice(0)) cranked.stop();
});

describe('quote matching', () => {
  it('runs in tasks after the one that read the page, even on a small page', async () => {
    const small = renderPage(generateThread({ comments: 40, maxDepth: 4, seed: 5, quoteEvery: 2, host: '127.0.0.1' }), { ...M.OPTS, path: '/post/1' });
    const { doc, cranked, quotes } = open(small, undefined, false);
    expect(cranked.session.model.thread.value.byId.size).toBe(40);
    expect(quotes.links.value).toEqual([]);
    expect(performance.getEntriesByName('threadlens:quotes')).toEqual([]);
    await tasksUntil(() => headerCount(doc) > 0);
    expect(quotes.links.value.length).toBeGreaterThan(0);
    expect(headerCount(doc)).toBe(new Set(quotes.links.value.map((l) => `${l.quoteOf}.${l.quoteIndex}`)).size);
  });
});

describe('quote decoration in slices', () => {
  it('places, over several tasks, exactly the controls and highlights the one-task run places', async () => {
    const sliced = await openMatched();
    expect(sliced.quotes.links.value.length).toBeGreaterThan(100);
    const counts: number[] = [];
    await tasksUntil(() => finished() > 0, () => counts.push(headerCount(sliced.doc)));
    expect(finished()).toBe(1);
    const once = await openMatched(HTML, Infinity);
    expect(controls(once.doc).length).toBeGreaterThan(100);
    expect(controls(sliced.doc)).toEqual(controls(once.doc));
    expect(marks(once.doc).length).toBeGreaterThan(100);
    expect(marks(sliced.doc)).toEqual(marks(once.doc));
    // The headers went in over several tasks, not all in the last one.
    const final = headerCount(once.doc);
    expect(counts.some((n) => n > 0 && n < final)).toBe(true);
  });

  it('after a change half-way through the writes, the next run leaves the controls of the new links, no duplicates, no stale ones', async () => {
    const { doc, cranked, quotes } = await openMatched();
    const first = quotes.links.value[0]!;
    await tasksUntil(() => headerCount(doc) > 20);
    expect(finished()).toBe(0);
    // The first header is in; its quote goes (an edit): that header is stale now.
    quoteIn(doc, first.quoteOf, first.quoteIndex).remove();
    await cranked.flush();
    await tasksUntil(() => finished() > 0);
    for (let i = 0; i < 20; i++) await task();
    expect(finished()).toBe(1);

    const expected = new DOMParser().parseFromString(HTML, 'text/html');
    quoteIn(expected, first.quoteOf, first.quoteIndex).remove();
    const once = await openMatched(expected.documentElement.outerHTML, Infinity);
    expect(controls(doc)).toEqual(controls(once.doc));
    expect(controls(doc).some((c) => c.includes('before quote none') || c.includes('before quote -1'))).toBe(false);
  });

  it('a run cancelled while writing is redone even when the links go back to what was applied before', async () => {
    const { doc, cranked, quotes } = open();
    await tasksUntil(() => finished() > 0);
    const applied = controls(doc);
    // A quote of the post goes: the post's backlink count drops by one in the next run.
    const link = quotes.links.value.find((l) => l.source.kind === 'post')!;
    const quote = quoteIn(doc, link.quoteOf, link.quoteIndex);
    const [parent, next] = [quote.parentNode!, quote.nextSibling];
    const backlink = () => doc.querySelector('[data-threadlens-key="b:post"]')!.textContent;
    const before = backlink();
    quote.remove();
    await cranked.flush();
    await tasksUntil(() => backlink() !== before);
    expect(finished()).toBe(1);
    // Mid-way through that run, the quote is back: the same links as the first run.
    parent.insertBefore(quote, next);
    await cranked.flush();
    await tasksUntil(() => finished() > 1);
    expect(controls(doc)).toEqual(applied);
  });

  it('places nothing more once the session ends mid-way, and removes what it placed', async () => {
    const { doc, cranked } = open();
    await tasksUntil(() => headerCount(doc) > 20);
    cranked.stop();
    expect(controls(doc)).toEqual([]);
    for (let i = 0; i < 200; i++) await task();
    expect(controls(doc)).toEqual([]);
    expect(finished()).toBe(0);
  });

  it('does not decorate again when the thread changes but its links do not (our own writes do not loop)', async () => {
    const { doc, cranked } = open();
    await tasksUntil(() => finished() > 0);
    const placed = [...doc.querySelectorAll('[data-threadlens-ui^="quote-"]')];
    const count = (name: string) => performance.getEntriesByName(`threadlens:${name}`).length;
    const [matched, decorated] = [count('quotes'), count('quote-marks')];
    // A vote changes the thread (matched again), not its quotes.
    M.vote(doc, 0, 999);
    await cranked.flush();
    for (let i = 0; i < 50; i++) await task();
    expect(count('quotes')).toBe(matched + 1);
    expect(count('quote-marks')).toBe(decorated);
    expect([...doc.querySelectorAll('[data-threadlens-ui^="quote-"]')]).toEqual(placed);
  });
  it('decorates again when the page rendered the quoting comments anew, without our controls', async () => {
    const { doc, cranked } = open();
    await tasksUntil(() => finished() > 0);
    const placed = doc.querySelectorAll('[data-threadlens-ui^="quote-"]').length;
    expect(placed).toBeGreaterThan(0);
    // What lemmy-ui's own render does to them: gone from the page, the links the same.
    for (const el of doc.querySelectorAll('[data-threadlens-ui^="quote-"]')) el.remove();
    M.vote(doc, 0, 999);
    await cranked.flush();
    await tasksUntil(() => doc.querySelectorAll('[data-threadlens-ui^="quote-"]').length === placed);
    expect(doc.querySelectorAll('[data-threadlens-ui^="quote-"]').length).toBe(placed);
  });
});
