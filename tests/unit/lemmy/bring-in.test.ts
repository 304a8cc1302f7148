import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bringIntoPage, showEverything, type BringResult } from '../../../utils/lemmy/bring-in';
import { generateThread } from '../../fixtures/generate';
import { installLiveLemmy, liveThread, pathOf, type LiveOptions, type LiveThread } from '../../fixtures/live-lemmy';
import type { CommentSpec, ThreadSpec } from '../../fixtures/thread-spec';

/**
 * A hand-made thread: top-level comments 1-20; under 18 a chain 1801-1830
 * (three "more replies" deep past the first fetch's 8 levels); under 2 four
 * replies; 3 collapsed in lemmy-ui, with 301, 302 > 3021; under 4 a chain 401-410.
 */
function handMade(): ThreadSpec {
  const c = (id: number, parentId: number | null, extra: Partial<CommentSpec> = {}): CommentSpec => ({
    id, parentId, author: { name: `u${id}` }, body: `Comment ${id}.`, up: 1, down: 0, ...extra,
  });
  const chain = (under: number, from: number, n: number) => Array.from({ length: n }, (_, i) => c(from + i, i ? from + i - 1 : under));
  const comments: CommentSpec[] = [];
  for (let id = 1; id <= 20; id++) {
    comments.push(c(id, null, id === 3 ? { collapsed: true } : {}));
    if (id === 2) comments.push(...[201, 202, 203, 204].map((r) => c(r, 2)));
    if (id === 3) comments.push(c(301, 3), c(302, 3), c(3021, 302));
    if (id === 4) comments.push(...chain(4, 401, 10));
    if (id === 18) comments.push(...chain(18, 1801, 30));
  }
  const post = { id: 1, title: 'A thread', author: { name: 'op' }, community: 'tests', body: 'The post.', up: 1, down: 0 };
  return { host: 'lemmy.example', post, comments };
}

const B_TREE: LiveOptions = { version: 'B', view: 'tree', theme: 'light', delayMs: 5 };
/** Short waits: no test here measures time, these only end a wait that is meant to end. */
const FAST = { timeoutMs: 2_000, quietMs: 30 };

let stopPage: (() => void) | null = null;
let clicked: Element[] = [];
let stopCounting = new AbortController();

/** Serves a live page in the test document and runs its lemmy-ui behaviour (or not: a page that never answers). */
function serve(spec: ThreadSpec, opts: LiveOptions, url = 'https://lemmy.example/post/1', live = true): LiveThread {
  const page = liveThread(spec, opts);
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(page.html, 'text/html');
  document.documentElement.remove();
  document.append(document.importNode(parsed.documentElement, true));
  if (live) stopPage = installLiveLemmy(document, page.data);
  return page;
}

const ids = () => [...document.querySelectorAll('article[id^="comment-"]')].map((a) => Number(a.id.slice(8)));
const buttonClicks = () => clicked.filter((el) => el.closest('div.comment-node') && !el.closest('article'));
const shownId = (r: BringResult) => (r.status === 'shown' ? r.element.id : r);

beforeEach(() => {
  clicked = [];
  stopCounting = new AbortController();
  document.addEventListener('click', (event) => clicked.push(event.target as Element), { capture: true, signal: stopCounting.signal });
  // A browser fires a scroll event after a scroll; happy-dom does not scroll at all.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => void setTimeout(() => window.dispatchEvent(new Event('scroll'))));
});
afterEach(() => {
  stopCounting.abort();
  stopPage?.();
  stopPage = null;
});

describe('the live page', () => {
  it('renders 15 top-level threads of the first fetch, "more replies" where no reply was fetched', () => {
    const page = serve(handMade(), B_TREE);
    expect(document.querySelector('ul.comments')!.children).toHaveLength(15);
    expect(ids()).not.toContain(18);
    const stubs = [...document.querySelectorAll('li.comment > div.comment-node > button')];
    expect(stubs.map((b) => b.closest('li')!.querySelector('article')!.id)).toEqual(['comment-407']);
    expect(page.ids.clicks.get(1826)).toBe(3);
    expect(page.ids.initial).not.toContain(301); // under collapsed 3
    expect(page.ids.unreachable).toEqual([]);
  });

  it('cuts a parent’s replies short at the fetch cap, which leaves it without a button', () => {
    const page = serve(handMade(), { ...B_TREE, limits: { cap: 29 } });
    expect(page.ids.partial).toEqual([2]);
    expect(page.ids.unreachable).toEqual([203, 204]);
    expect(document.querySelector('#comment-2')!.parentElement!.querySelector(':scope > div.comment-node')).toBeNull();
  });
});

describe('bringIntoPage', () => {
  it('brings a deep comment in: a thread past the first 15, then three "more replies"', async () => {
    serve(handMade(), B_TREE);
    const result = await bringIntoPage(document, pathOf(handMade(), 1826), { signal: new AbortController().signal, ...FAST });
    expect(shownId(result)).toBe('comment-1826');
    expect(buttonClicks()).toHaveLength(3);
    expect(window.scrollTo).toHaveBeenCalled();
  });

  it('reports each comment of the path as it comes into the page', async () => {
    serve(handMade(), B_TREE);
    const path = pathOf(handMade(), 1826);
    const steps: [number, number][] = [];
    await bringIntoPage(document, path, { signal: new AbortController().signal, onStep: (done, total) => steps.push([done, total]), ...FAST });
    expect(steps).toEqual(path.map((_, i) => [i + 1, path.length]));
  });

  it('shows a comment already in the page without a click or a scroll', async () => {
    serve(handMade(), B_TREE);
    const result = await bringIntoPage(document, [4, 401], { signal: new AbortController().signal, ...FAST });
    expect(shownId(result)).toBe('comment-401');
    expect(clicked).toEqual([]);
    expect(window.scrollTo).not.toHaveBeenCalled();
  });

  it('says a reply cut off from a parent that shows some of its replies is unreachable', async () => {
    serve(handMade(), { ...B_TREE, limits: { cap: 29 } });
    const result = await bringIntoPage(document, [2, 203], { signal: new AbortController().signal, ...FAST });
    expect(result).toEqual({ status: 'unreachable', reason: 'partial-children' });
    expect(clicked).toEqual([]);
  });

  it('says a top-level thread past the first fetch is not rendered, once the list stops growing', async () => {
    serve(handMade(), { ...B_TREE, limits: { cap: 10 } });
    const result = await bringIntoPage(document, [18], { signal: new AbortController().signal, ...FAST });
    expect(result).toEqual({ status: 'unreachable', reason: 'not-rendered' });
    expect(ids()).toContain(10);
  });

  it.each(['B', 'C'] as const)('opens a comment lemmy-ui has collapsed (%s) with its own toggle', async (version) => {
    serve(handMade(), { ...B_TREE, version });
    expect(ids()).not.toContain(302);
    const result = await bringIntoPage(document, [3, 302, 3021], { signal: new AbortController().signal, ...FAST });
    expect(shownId(result)).toBe('comment-3021');
    expect(clicked).toHaveLength(1);
    expect(document.querySelector('#comment-3 .comment-content')).not.toBeNull();
  });

  it('says a comment under a collapsed one without a toggle is unreachable', async () => {
    serve(handMade(), B_TREE);
    document.querySelector('#comment-3 button[aria-label]')!.remove(); // lemmy-ui's toggle, in whatever language
    const result = await bringIntoPage(document, [3, 302], { signal: new AbortController().signal, ...FAST });
    expect(result).toEqual({ status: 'unreachable', reason: 'collapsed' });
  });

  it('stops clicking when cancelled', async () => {
    serve(handMade(), B_TREE);
    const cancel = new AbortController();
    document.addEventListener('click', () => cancel.abort(), { signal: stopCounting.signal });
    const result = await bringIntoPage(document, pathOf(handMade(), 1826), { signal: cancel.signal, ...FAST });
    expect(result).toEqual({ status: 'cancelled' });
    await new Promise((r) => setTimeout(r, 50)); // the fixture answers the one click; nothing follows
    expect(buttonClicks()).toHaveLength(1);
    expect(ids()).not.toContain(1816);
  });

  it('gives up on a page that never answers, naming the step', async () => {
    serve(handMade(), B_TREE, undefined, false);
    const path = pathOf(handMade(), 408);
    const result = await bringIntoPage(document, path, { signal: new AbortController().signal, timeoutMs: 20, quietMs: 20 });
    expect(result).toEqual({ status: 'timeout', step: path.indexOf(408) });
    expect(buttonClicks()).toHaveLength(1);
  });

  it('scrolls a flat view until the comment comes, and says when it never can', async () => {
    const url = 'https://lemmy.example/post/1?sort=New&view=Flat';
    serve(handMade(), { ...B_TREE, view: 'flat' }, url);
    const signal = new AbortController().signal;
    expect(shownId(await bringIntoPage(document, [5], { signal, ...FAST }))).toBe('comment-5');
    expect(await bringIntoPage(document, pathOf(handMade(), 1808), { signal, ...FAST })).toEqual({ status: 'unreachable', reason: 'flat-view' });
    expect(clicked).toEqual([]);
  });
});

describe('showEverything', () => {
  const quick = { ...FAST, pauseMs: 0 };

  it('reaches every comment of a 400-comment thread, reporting progress', async () => {
    const spec = generateThread({ comments: 400, maxDepth: 12, seed: 1 });
    const page = serve(spec, { ...B_TREE, delayMs: 0 });
    expect(page.ids.unreachable).toEqual([]);
    const progress: [number, number | null][] = [];
    const result = await showEverything(document, { signal: new AbortController().signal, total: 400, onProgress: (n, t) => progress.push([n, t]), ...quick });
    expect(result).toBe('done');
    expect(ids().sort()).toEqual(spec.comments.map((c) => c.id).sort());
    expect(progress[0]).toEqual([page.ids.initial.length, 400]);
    expect(progress.at(-1)).toEqual([400, 400]);
    expect(progress.map(([n]) => n)).toEqual(progress.map(([n]) => n).sort((a, b) => a - b));
    expect(buttonClicks()).toHaveLength(Object.keys(page.data.replies).length);
  });

  it('opens what lemmy-ui collapsed and leaves out only what it cannot reach', async () => {
    const page = serve(handMade(), { ...B_TREE, limits: { cap: 29 } });
    expect(await showEverything(document, { signal: new AbortController().signal, ...quick })).toBe('done');
    expect(ids().sort()).toEqual([...page.ids.reachable].sort());
  });

  it('stops when cancelled', async () => {
    serve(handMade(), B_TREE);
    const cancel = new AbortController();
    const reports: number[] = [];
    const onProgress = (n: number) => reports.push(n) > 1 && cancel.abort(); // after the first scroll
    expect(await showEverything(document, { signal: cancel.signal, onProgress, ...quick })).toBe('cancelled');
    expect(reports).toHaveLength(2);
    expect(clicked).toEqual([]);
  });
});

// Last: the page's script installs listeners on the test document that nothing can remove.
describe('the live page in a browser', () => {
  it('carries its own script, which behaves as installLiveLemmy does', async () => {
    const iso = '<script>window.isoData = {};</script>';
    serve(handMade(), { ...B_TREE, isoScript: iso }, undefined, false);
    expect(document.head.innerHTML).toContain(iso);
    const script = [...document.querySelectorAll('script:not([src])')].find((s) => s.textContent?.includes('installLiveLemmy'));
    new Function(script!.textContent!)();
    const result = await bringIntoPage(document, pathOf(handMade(), 1826), { signal: new AbortController().signal, ...FAST });
    expect(shownId(result)).toBe('comment-1826');
  });
});
