/**
 * Reads of lemmy-ui's comment tree that bring-in.ts acts on: where a comment
 * is, whether lemmy-ui has it collapsed, which control would show more.
 * Reads only; the clicks and scrolls are bring-in's.
 */
import { iconName } from './text';
import * as S from './selectors';

/** The comment's article, when lemmy-ui has rendered it. */
export function articleOf(doc: Document, id: number): Element | null {
  const el = doc.getElementById(`comment-${id}`);
  return el?.matches(S.commentArticle) ? el : null;
}

/** The root `ul.comments`: the list lemmy-ui appends top-level threads to (docs/lemmy-ui.md, "Server limits"). */
export function rootList(doc: Document): Element | null {
  return doc.querySelector(S.commentLists);
}

export function articleCount(doc: Document): number {
  return doc.querySelectorAll(S.commentArticle).length;
}

/** lemmy-ui's collapse control: A and B's toggle button, C's whole header row (docs/lemmy-ui.md, "Comment header"). */
export function collapseToggleOf(article: Element): Element | null {
  const header = article.querySelector(S.commentHeader);
  if (!header) return null;
  return header.matches(S.commentHeaderC) ? header : header.querySelector(S.collapseToggle);
}

/**
 * Collapsed in lemmy-ui (docs/lemmy-ui.md, "Collapse"): no body, and the
 * marker lemmy-ui appends to the li or a toggle that offers to expand.
 */
export function isCollapsed(article: Element): boolean {
  if (article.querySelector(S.commentContent)) return false;
  const li = article.parentElement;
  if (li?.querySelector(S.collapsedMarker)) return true;
  const toggle = collapseToggleOf(article);
  return toggle?.getAttribute('aria-label') === 'Expand' || (toggle ? iconName(toggle) : null) === 'plus-square';
}

/** The "N more replies" button under the comment, when lemmy-ui shows one. */
export function moreRepliesOf(article: Element): Element | null {
  return article.parentElement?.querySelector(S.moreReplies) ?? null;
}

/**
 * Flat ("Chat") view, where nothing nests and no "more replies" exist: B and
 * C say so in the URL, A and B in the checked view radio, B in its
 * "Show context" links (docs/lemmy-ui.md, "Permalinks and parents").
 */
export function isFlatView(doc: Document): boolean {
  const search = doc.location?.search ?? '';
  return /[?&]view=flat(?:&|$)/i.test(search) || doc.querySelector(S.flatViewMarks) !== null;
}

/** The page's first "N more replies" button. */
export function firstMoreReplies(doc: Document): Element | null {
  return doc.querySelector(S.everyMoreReplies);
}

/** The first comment lemmy-ui has collapsed, among those not `skipped`. */
export function nextCollapsed(doc: Document, skipped: WeakSet<Element>): Element | null {
  for (const marker of doc.querySelectorAll(S.everyCollapsedMarker)) {
    const article = marker.parentElement?.querySelector(`:scope > ${S.commentArticle}`);
    if (article && !skipped.has(article) && isCollapsed(article)) return article;
  }
  return null;
}
