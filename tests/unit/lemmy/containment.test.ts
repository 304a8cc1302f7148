import { describe, expect, it } from 'vitest';
import { BIG_THREAD, containThreads, containWhileParsing, looksBig, overlayMarks, topLevelThreads, uncontainedThreads } from '../../../utils/lemmy/big-thread';
import { collapseMarks, removePageStyle } from '../../../utils/lemmy/host-actions';
import { ensurePageStyle } from '../../../utils/lemmy/page-style';
import { generateThread, renderPage } from '../../fixtures/build-thread';
import type { ThreadSpec } from '../../fixtures/thread-spec';

/**
 * The writes behind big-thread containment (utils/lemmy/big-thread.ts, host-actions.ts): which
 * lis get `content-visibility: auto`, which stay uncontained for an open
 * overlay, and which collapsed lis carry a mark.
 */
const spec = generateThread({ comments: 60, maxDepth: 4, seed: 21 });
const load = (view: 'tree' | 'flat') => new DOMParser().parseFromString(renderPage(spec, { version: 'B', view, theme: 'light' }), 'text/html');
const articles = (doc: Document) => [...doc.querySelectorAll('article[id^="comment-"]')];
const liOf = (doc: Document, id: number) => doc.getElementById(`comment-${id}`)!.parentElement!;
const parentOf = (s: ThreadSpec) => (id: number) => s.comments.find((c) => c.id === id)?.parentId ?? null;
const kids = (id: number) => spec.comments.filter((c) => c.parentId === id).map((c) => c.id);
/** A comment at least two levels down with replies, with its parent and grandparent. */
const chain = (() => {
  const deep = spec.comments.find((c) => {
    const p = parentOf(spec)(c.id);
    return p !== null && parentOf(spec)(p) !== null && kids(c.id).length > 0;
  })!;
  const parent = deep.parentId!;
  return { deep: deep.id, parent, grand: parentOf(spec)(parent)! };
})();

describe('containing a big thread', () => {
  it('picks the lis of top-level comments, once', () => {
    const doc = load('tree');
    const roots = spec.comments.filter((c) => c.parentId === null).map((c) => c.id);
    const lis = uncontainedThreads(articles(doc));
    expect(lis.map((li) => li.querySelector(':scope > article')!.id)).toEqual(roots.map((id) => `comment-${id}`));
    containThreads(doc, lis.slice(0, 2));
    expect(uncontainedThreads(articles(doc))).toEqual(lis.slice(2));
    expect(doc.querySelectorAll('[data-threadlens-lazy]').length).toBe(2);
  });

  it('finds the same lis in the page before it is read, and only those not yet contained', () => {
    const doc = load('tree');
    const lis = uncontainedThreads(articles(doc));
    expect(topLevelThreads(doc)).toEqual(lis);
    containThreads(doc, lis.slice(0, 3));
    expect(topLevelThreads(doc)).toEqual(lis.slice(3));
  });

  it('tells a big page from its count of articles', () => {
    expect(looksBig(load('tree'))).toBe(false);
    const big = generateThread({ comments: 1000, maxDepth: 4, seed: 23 });
    expect(looksBig(new DOMParser().parseFromString(renderPage(big, { version: 'B', view: 'tree', theme: 'light' }), 'text/html'))).toBe(true);
  });

  it('takes every li in flat view, where all sit in one list', () => {
    const doc = load('flat');
    expect(uncontainedThreads(articles(doc)).length).toBe(articles(doc).length);
  });

  it('leaves no mark behind when its style is removed', () => {
    const doc = load('tree');
    ensurePageStyle(doc);
    containThreads(doc, uncontainedThreads(articles(doc)));
    overlayMarks()(doc.getElementById(`comment-${chain.deep}`), true);
    expect(doc.querySelectorAll('[data-threadlens-lazy], [data-threadlens-open]').length).toBeGreaterThan(0);
    removePageStyle(doc);
    expect(doc.querySelectorAll('[data-threadlens-lazy], [data-threadlens-open], #threadlens-page-style').length).toBe(0);
  });
});

describe('overlay marks', () => {
  /** The li of the deep comment and every li around it, outermost first. */
  const around = (doc: Document) => {
    const out: Element[] = [];
    for (let li = liOf(doc, chain.deep) as Element | null; li; li = li.parentElement?.closest('li.comment') ?? null) out.unshift(li);
    return out;
  };

  it('keeps the lis around an open dropdown or modal marked until the last one closes', () => {
    const doc = load('tree');
    const overlays = overlayMarks();
    const open = () => [...doc.querySelectorAll('[data-threadlens-open]')];
    const dropdown = doc.createElement('ul');
    const modal = doc.createElement('div');
    doc.getElementById(`comment-${chain.deep}`)!.append(dropdown, modal);
    overlays(dropdown, true);
    expect(open()).toEqual(around(doc));
    expect(open()).toContain(liOf(doc, chain.grand));
    // A menu item opens a modal, then the menu closes: the modal still needs its lis uncontained.
    overlays(modal, true);
    overlays(dropdown, false);
    expect(open()).toEqual(around(doc));
    overlays(modal, false);
    expect(open()).toEqual([]);
  });

  it('forgets an overlay lemmy-ui removed without closing it', () => {
    const doc = load('tree');
    const overlays = overlayMarks();
    const modal = doc.createElement('div');
    doc.getElementById(`comment-${chain.deep}`)!.append(modal);
    overlays(modal, true);
    expect(doc.querySelectorAll('[data-threadlens-open]').length).toBe(around(doc).length);
    modal.remove();
    // The next show or hidden event from anywhere drops it.
    overlays(doc.body, false);
    expect(doc.querySelectorAll('[data-threadlens-open]').length).toBe(0);
  });
});

describe('collapse marks', () => {
  const elements = (doc: Document) => new Map(articles(doc).map((a) => [Number(a.id.slice(8)), a]));
  const hidden = new Map(spec.comments.map((c) => [c.id, kids(c.id).length]));

  it('marks only the outermost collapsed li of a nest, and the inner one once the outer expands', () => {
    const doc = load('tree');
    const mark = collapseMarks();
    mark(elements(doc), new Set([chain.grand, chain.deep]), hidden, parentOf(spec));
    expect(liOf(doc, chain.grand).hasAttribute('data-threadlens-collapsed')).toBe(true);
    expect(liOf(doc, chain.deep).hasAttribute('data-threadlens-collapsed')).toBe(false);
    mark(elements(doc), new Set([chain.deep]), hidden, parentOf(spec));
    expect(liOf(doc, chain.grand).hasAttribute('data-threadlens-collapsed')).toBe(false);
    expect(liOf(doc, chain.deep).getAttribute('data-threadlens-collapsed')).toBe(`${kids(chain.deep).length} ${kids(chain.deep).length === 1 ? 'reply' : 'replies'} hidden by Threadlens`);
  });

  it('marks every collapsed li in flat view, where replies are not inside their parent', () => {
    const doc = load('flat');
    collapseMarks()(elements(doc), new Set([chain.grand, chain.deep]), hidden, parentOf(spec));
    expect(liOf(doc, chain.grand).hasAttribute('data-threadlens-collapsed')).toBe(true);
    expect(liOf(doc, chain.deep).hasAttribute('data-threadlens-collapsed')).toBe(true);
  });
});

describe('containing a big page while it is parsed', () => {
  /** A document still loading, whose comments come in between frames the test runs. */
  function parsing(url: string) {
    const doc = document.implementation.createHTMLDocument('');
    let readyState: DocumentReadyState = 'loading';
    Object.defineProperty(doc, 'readyState', { get: () => readyState });
    const frames: FrameRequestCallback[] = [];
    Object.defineProperty(doc, 'defaultView', {
      value: { requestAnimationFrame: (fn: FrameRequestCallback) => frames.push(fn), cancelAnimationFrame: () => frames.splice(0) },
    });
    const list = doc.body.appendChild(doc.createElement('ul'));
    return {
      doc,
      contained: () => doc.documentElement.hasAttribute('data-threadlens-contained'),
      add: (n: number) => {
        for (let i = 0; i < n; i++) list.appendChild(doc.createElement('li')).append(doc.createElement('article'));
      },
      frame: () => frames.splice(0).forEach((fn) => fn(0)),
      parsed: () => {
        readyState = 'interactive';
        doc.dispatchEvent(new Event('DOMContentLoaded'));
      },
      start: () => containWhileParsing(doc, url),
    };
  }

  it('marks the root before the first frame that has BIG_THREAD comments in, not before', () => {
    const page = parsing('https://lemmy.world/post/5');
    page.start();
    page.add(BIG_THREAD - 1);
    page.frame();
    expect(page.contained()).toBe(false);
    page.add(1);
    page.frame();
    expect(page.contained()).toBe(true);
  });

  it('looks once more as parsing ends, and leaves a smaller page as it is', () => {
    const big = parsing('https://lemmy.world/comment/9');
    big.start();
    big.add(BIG_THREAD);
    big.parsed();
    expect(big.contained()).toBe(true);
    const small = parsing('https://lemmy.world/post/5');
    small.start();
    small.add(BIG_THREAD - 1);
    small.frame();
    small.parsed();
    expect(small.contained()).toBe(false);
  });

  it('does nothing on other pages, or on a page already parsed', () => {
    const front = parsing('https://lemmy.world/c/news');
    front.start();
    front.add(BIG_THREAD);
    front.frame();
    front.parsed();
    expect(front.contained()).toBe(false);
    const late = parsing('https://lemmy.world/post/5');
    late.add(BIG_THREAD);
    late.parsed();
    late.start();
    late.frame();
    expect(late.contained()).toBe(false);
  });
});
