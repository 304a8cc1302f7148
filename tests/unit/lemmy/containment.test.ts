import { describe, expect, it } from 'vitest';
import { containThreads, overlayMarks, uncontainedThreads } from '../../../utils/lemmy/big-thread';
import { collapseMarks, ensurePageStyle, removePageStyle } from '../../../utils/lemmy/host-actions';
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

/** Contains `lis` with every frame run at once. */
function containAtOnce(doc: Document, lis: readonly Element[]): void {
  containThreads(doc, lis, (fn) => fn(), new AbortController().signal, () => {});
}

describe('containing a big thread', () => {
  it('picks the lis of top-level comments, once', () => {
    const doc = load('tree');
    const roots = spec.comments.filter((c) => c.parentId === null).map((c) => c.id);
    const lis = uncontainedThreads(articles(doc));
    expect(lis.map((li) => li.querySelector(':scope > article')!.id)).toEqual(roots.map((id) => `comment-${id}`));
    containAtOnce(doc, lis.slice(0, 2));
    expect(uncontainedThreads(articles(doc))).toEqual(lis.slice(2));
    expect(doc.querySelectorAll('[data-threadlens-lazy]').length).toBe(2);
  });

  it('contains a frame at a time, the threads farthest down first, then says it is done', () => {
    const big = generateThread({ comments: 700, maxDepth: 5, seed: 22 });
    const doc = new DOMParser().parseFromString(renderPage(big, { version: 'B', view: 'tree', theme: 'light' }), 'text/html');
    const lis = uncontainedThreads(articles(doc));
    const frames: (() => void)[] = [];
    let done = 0;
    containThreads(doc, lis, (fn) => frames.push(fn), new AbortController().signal, () => done++);
    const contained = () => lis.map((li) => li.hasAttribute('data-threadlens-lazy'));
    // The first frame's: the last threads of the page, not the first.
    expect(contained().at(-1)).toBe(true);
    expect(contained()[0]).toBe(false);
    expect(frames.length).toBe(1);
    const perFrame = [contained().filter(Boolean).length];
    while (frames.length) {
      const before = contained().filter(Boolean).length;
      frames.shift()!();
      perFrame.push(contained().filter(Boolean).length - before);
    }
    expect(contained().every(Boolean)).toBe(true);
    expect(done).toBe(1);
    // Several frames, each with part of the threads, never the whole page in one.
    expect(perFrame.length).toBeGreaterThan(2);
    expect(Math.max(...perFrame)).toBeLessThan(lis.length);
  });

  it('stops when its lifetime ends', () => {
    const doc = load('tree');
    const lis = uncontainedThreads(articles(doc));
    const frames: (() => void)[] = [];
    const lifetime = new AbortController();
    let done = 0;
    containThreads(doc, [...lis, ...lis, ...lis, ...lis], (fn) => frames.push(fn), lifetime.signal, () => done++);
    lifetime.abort();
    while (frames.length) frames.shift()!();
    expect(done).toBe(0);
  });

  it('takes every li in flat view, where all sit in one list', () => {
    const doc = load('flat');
    expect(uncontainedThreads(articles(doc)).length).toBe(articles(doc).length);
  });

  it('leaves no mark behind when its style is removed', () => {
    const doc = load('tree');
    ensurePageStyle(doc);
    containAtOnce(doc, uncontainedThreads(articles(doc)));
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
