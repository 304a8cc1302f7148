/**
 * Brings comments lemmy-ui has not rendered into the page through lemmy-ui's
 * own UI, as a reader would reach them: scrolling to the end of the list
 * (15 more top-level threads each time), "N more replies", expanding a
 * collapsed comment. What that UI cannot reach is said, not forced.
 */
import { controls, expand, growList, loadReplies, type Controls } from './tree-controls';
import { articleCount, articleOf, firstMoreReplies, isCollapsed, isFlatView, moreRepliesOf, nextCollapsed } from './tree-state';
import { pause, type WaitEnd } from './wait-for';

export type Unreachable = 'partial-children' | 'collapsed' | 'flat-view' | 'not-rendered';

export type BringResult =
  | { status: 'shown'; element: Element }
  | { status: 'unreachable'; reason: Unreachable }
  | { status: 'cancelled' }
  | { status: 'timeout'; step: number };

export interface BringOptions {
  signal: AbortSignal;
  /** `done` of the path's `total` comments are in the page. */
  onStep?(done: number, total: number): void;
  /** How long lemmy-ui may take to answer each click (10 s). */
  timeoutMs?: number;
  /** How long the list has to grow after a scroll before it counts as complete (2 s). */
  quietMs?: number;
}

type Stop = Exclude<BringResult, { status: 'shown' }>;
/** How a walk down the path ended early; null while it goes on. */
type Ended = Stop | null;

const unreachable = (reason: Unreachable): Stop => ({ status: 'unreachable', reason });
const waitEnded = (end: WaitEnd, step: number): Stop => (end === 'cancelled' ? { status: 'cancelled' } : { status: 'timeout', step });

/**
 * Brings one comment into the page. `path` holds its ancestors' ids from the
 * top-level one down to the comment itself. The caller scrolls to the element.
 */
export async function bringIntoPage(doc: Document, path: readonly number[], options: BringOptions): Promise<BringResult> {
  const c = controls(doc, options);
  const target = path.at(-1);
  if (target === undefined) return unreachable('not-rendered');
  if (!articleOf(doc, target)) {
    // Flat view nests nothing and has no "more replies": scrolling is all there is.
    const ended = isFlatView(doc) ? await scrollUntil(c, target, 'flat-view') : await walkDown(c, path, options.onStep);
    if (ended) return ended;
  }
  const element = articleOf(doc, target);
  if (!element) return unreachable('not-rendered');
  options.onStep?.(path.length, path.length);
  return { status: 'shown', element };
}

async function walkDown(c: Controls, path: readonly number[], onStep: BringOptions['onStep']): Promise<Ended> {
  const top = await scrollUntil(c, path[0]!, 'not-rendered');
  if (top) return top;
  for (let step = 1; step < path.length; step++) {
    onStep?.(step, path.length);
    const ended = await revealChild(c, path[step - 1]!, path[step]!, step);
    if (ended) return ended;
  }
  return null;
}

/** Scrolls lemmy-ui's list until the comment is rendered, or the list stops growing. */
async function scrollUntil(c: Controls, id: number, missing: Unreachable): Promise<Ended> {
  const found = () => articleOf(c.doc, id);
  while (!found()) {
    const grown = await growList(c, found);
    if (grown === 'cancelled') return { status: 'cancelled' };
    if (grown === 'complete' && !found()) return unreachable(missing);
  }
  return null;
}

/** Brings a child of a rendered comment in: expand the parent if lemmy-ui has it collapsed, then "more replies". */
async function revealChild(c: Controls, parentId: number, childId: number, step: number): Promise<Ended> {
  const parent = articleOf(c.doc, parentId);
  if (articleOf(c.doc, childId)) return null;
  if (!parent) return unreachable('not-rendered');
  if (isCollapsed(parent)) {
    const opened = await expand(c, parent);
    if (opened === 'no-toggle') return unreachable('collapsed');
    if (opened !== 'done') return waitEnded(opened, step);
    if (articleOf(c.doc, childId)) return null;
  }
  // lemmy-ui offers "more replies" only where no reply is loaded: with some loaded, the rest are out of reach.
  const button = moreRepliesOf(parent);
  if (!button) return unreachable('partial-children');
  const loaded = await loadReplies(c, button);
  if (loaded !== 'done') return waitEnded(loaded, step);
  return articleOf(c.doc, childId) ? null : unreachable('partial-children');
}

export interface EverythingOptions {
  signal: AbortSignal;
  /** `shown`: comment articles in the page; `total`: as given, or null. */
  onProgress?(shown: number, total: number | null): void;
  total?: number | null;
  timeoutMs?: number;
  quietMs?: number;
  /** Between two "more replies" clicks, each one an API request of lemmy-ui's (300 ms). */
  pauseMs?: number;
}

/** Lemmy rate-limits its API per address: one request at a time, a little apart. */
const PAUSE_MS = 300;

/**
 * Brings every comment lemmy-ui can show into the page: scrolls until every
 * top-level thread is rendered, then opens what is collapsed and clicks each
 * "more replies", one at a time, until none is left.
 */
export async function showEverything(doc: Document, options: EverythingOptions): Promise<'done' | 'cancelled' | 'timeout'> {
  const c = controls(doc, options);
  const report = () => options.onProgress?.(articleCount(doc), options.total ?? null);
  report();
  for (let grown = await growList(c); grown !== 'complete'; grown = await growList(c)) {
    if (grown === 'cancelled') return 'cancelled';
    report();
  }
  return openAll(c, report, options.pauseMs ?? PAUSE_MS);
}

async function openAll(c: Controls, report: () => void, pauseMs: number): Promise<'done' | 'cancelled' | 'timeout'> {
  const stuck = new WeakSet<Element>(); // collapsed without a toggle to open them
  for (;;) {
    const collapsed = nextCollapsed(c.doc, stuck);
    const button = collapsed ? null : firstMoreReplies(c.doc);
    if (!collapsed && !button) return 'done';
    const end = collapsed ? await openCollapsed(c, collapsed, stuck) : await loadReplies(c, button!);
    if (end !== 'done') return end;
    report();
    if (button && !(await pause(pauseMs, c.signal))) return 'cancelled';
  }
}

async function openCollapsed(c: Controls, article: Element, stuck: WeakSet<Element>): Promise<'done' | WaitEnd> {
  const end = await expand(c, article);
  if (end !== 'no-toggle') return end;
  stuck.add(article);
  return 'done';
}
