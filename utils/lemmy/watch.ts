import * as S from './selectors';
import { OWN_UI_ATTR } from './text';

export interface PageChanges {
  /** Comment articles whose content or li changed, or that were inserted or moved; their cached reads are stale. */
  dirty: Set<Element>;
  /** Comments were added or removed somewhere (a re-scan is needed). */
  structure: boolean;
  /** data-bs-theme or a theme stylesheet changed. */
  theme: boolean;
  /** A node of ours (`ignore`) was removed by the page. */
  ownRemoved: boolean;
}

export interface WatchOptions {
  /** Batches mutations to one callback per frame (ctx.requestAnimationFrame in the extension). */
  schedule: (fn: () => void) => void;
  signal: AbortSignal;
  /** Elements whose mutations are ours, not the page's (the sidebar host). */
  ignore?: (node: Node) => boolean;
}

const ATTRS = ['aria-label', 'data-tippy-content', 'class', 'href', 'data-bs-theme', 'style'];

/**
 * The one MutationObserver: its callback only collects; work happens once per
 * frame in `onChange`, so a lemmy-ui render of many nodes costs one read.
 */
export function watchPage(doc: Document, onChange: (changes: PageChanges) => void, options: WatchOptions): void {
  let pending: PageChanges | null = null;
  const flush = () => {
    const changes = pending;
    pending = null;
    if (changes && !options.signal.aborted) onChange(changes);
  };
  const observer = new MutationObserver((records) => {
    const changes = (pending ??= { dirty: new Set(), structure: false, theme: false, ownRemoved: false });
    const wasEmpty = isEmpty(changes);
    for (const record of records) classify(record, changes, options.ignore);
    const empty = isEmpty(changes);
    if (wasEmpty && !empty) options.schedule(flush);
    else if (empty) pending = null;
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRS,
  });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

const isEmpty = (c: PageChanges) => !c.structure && !c.theme && !c.ownRemoved && c.dirty.size === 0;

/** Our own controls coming and going are not page changes. */
function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(OWN_UI_ATTR);
}

/** Whether any node of the list passes `test`; no array made (a record per write of ours comes here). */
function someIn(nodes: NodeList, test: (node: Node) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) if (test(nodes[i]!)) return true;
  return false;
}

const notOurs = (node: Node) => !isOurs(node);

function onlyOurs(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  return addedNodes.length + removedNodes.length > 0 && !someIn(addedNodes, notOurs) && !someIn(removedNodes, notOurs);
}

const INSIDE_OURS = `[${OWN_UI_ATTR}]`;

function classify(record: MutationRecord, changes: PageChanges, ignore?: (node: Node) => boolean): void {
  const target = record.target;
  if (ignore && record.type === 'childList' && someIn(record.removedNodes, ignore)) changes.ownRemoved = true;
  if (ignore?.(target) || onlyOurs(record)) return;
  if (target.nodeType === 1 && (target as Element).closest(INSIDE_OURS)) return;
  const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
  if (!el) return;
  if (record.type === 'attributes' && record.attributeName === 'data-bs-theme') {
    changes.theme = true;
    return;
  }
  if (el.closest(S.documentHead)) {
    if (record.type === 'childList') changes.theme = true;
    return;
  }
  if (!el.closest(S.appRoot)) return;
  if (record.type === 'childList' && touchesComments(record)) {
    changes.structure = true;
    markInserted(record, changes.dirty);
  }
  const article = el.closest(S.commentArticle);
  if (article) changes.dirty.add(article);
  // Changes to an li itself ("more replies" stub, collapse marker) belong to its article.
  const li = el.closest(S.commentLi);
  const own = li?.querySelector(`:scope > ${S.commentArticle}`);
  if (own) changes.dirty.add(own);
}

/**
 * Articles inside inserted nodes are stale even when cached: a moved li (a
 * re-sort, a reply re-parented) keeps its elements but changes their parent
 * and depth, which only their position in the page tells.
 */
function markInserted(record: MutationRecord, dirty: Set<Element>): void {
  for (const node of record.addedNodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.matches(S.commentArticle)) dirty.add(el);
    for (const article of el.querySelectorAll(S.commentArticle)) dirty.add(article);
  }
}

function touchesComments(record: MutationRecord): boolean {
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.matches(S.commentArticle) || el.matches(S.commentLi) || el.querySelector(S.commentArticle)) return true;
    }
  }
  // A comment's body or header replaced: its article is dirty, the set of comments is not.
  return false;
}
