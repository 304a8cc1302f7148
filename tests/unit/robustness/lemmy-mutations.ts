/**
 * The DOM changes lemmy-ui makes to a post page (docs/lemmy-ui.md, "More replies", "Collapse", "Page changes"), as
 * small functions over a document: load a reply, remove one, re-sort through
 * a spinner, collapse, edit, vote, move. Fixture markup only (our own text).
 */
import { generateThread, renderComments } from '../../fixtures/build-thread';
import { renderArticle } from '../../fixtures/render-comment';
import type { ThreadSpec } from '../../fixtures/thread-spec';

export const OPTS = { version: 'B', view: 'tree', theme: 'light' } as const;
const HOST = '127.0.0.1';

export const articles = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('article[id^="comment-"]')];
const liOf = (a: Element) => a.parentElement!;
/** Picks an element by a random index; null when there is none. */
const pick = <T>(list: T[], i: number): T | null => (list.length ? list[i % list.length]! : null);

function fragment(doc: Document, html: string): Element {
  const t = doc.createElement('template');
  t.innerHTML = html;
  return t.content.firstElementChild!;
}

/** A new comment's li, with an id no other comment has. */
function newLi(doc: Document, id: number, text: string): Element {
  const spec: ThreadSpec = { host: HOST, post: { id: 1, title: 't', author: { name: 'op' }, community: 'c', body: '', up: 0, down: 0 }, comments: [] };
  const comment = { id, parentId: null, author: { name: `u${id}`, instance: HOST }, body: text, up: id % 7, down: id % 3 };
  return fragment(doc, `<li class="comment list-unstyled">${renderArticle(comment, spec, OPTS)}</li>`);
}

/** The ul.comments holding an article's replies, created when it has none yet. */
function childList(doc: Document, article: Element): Element {
  const li = liOf(article);
  const found = li.querySelector(':scope > ul.comments');
  if (found) return found;
  const ul = doc.createElement('ul');
  ul.className = 'comments ms-1';
  li.querySelector(':scope > div.comment-node')?.remove(); // the "more replies" stub gives way to loaded replies
  li.append(ul);
  return ul;
}

export function appendReply(doc: Document, at: number, id: number, text: string): void {
  const parent = pick(articles(doc), at);
  const root = doc.querySelector('ul.comments');
  if (!root) return;
  const li = newLi(doc, id, text);
  if (parent && at % 3 !== 0) childList(doc, parent).append(li);
  else root.append(li);
}

export function removeComment(doc: Document, at: number): void {
  const a = pick(articles(doc), at);
  if (a) liOf(a).remove();
}

/** A sort or view change: lemmy-ui shows a spinner, then a whole new list. */
export function toSpinner(doc: Document): void {
  const root = doc.querySelector('ul.comments');
  if (!root) return;
  const spinner = doc.createElement('div');
  spinner.className = 'spinner-border test-spinner';
  root.replaceWith(spinner);
}

export function fromSpinner(doc: Document, seed: number): void {
  const spinner = doc.querySelector('.test-spinner');
  if (!spinner) return;
  const spec = generateThread({ comments: 6 + (seed % 10), maxDepth: 3, seed, host: HOST });
  spinner.replaceWith(fragment(doc, renderComments(spec, OPTS)));
}

/** lemmy-ui's own collapse: replies, body and action bar leave the DOM, a marker div is added. */
export function collapse(doc: Document, at: number): void {
  const a = pick(articles(doc), at);
  if (!a || a.querySelector('.comment-content') === null) return;
  const li = liOf(a);
  li.querySelector(':scope > ul.comments')?.remove();
  li.querySelector(':scope > div.comment-node')?.remove();
  a.querySelector('.comment-content')?.remove();
  a.querySelector('.comment-bottom-btns')?.remove();
  a.querySelector('button[aria-label="Collapse"]')?.setAttribute('aria-label', 'Expand');
  const marker = doc.createElement('div');
  marker.className = 'row col-12';
  li.append(marker);
}

export function editText(doc: Document, at: number, text: string): void {
  const p = pick(articles(doc), at)?.querySelector('.md-div p');
  if (p) p.textContent = text;
}

/** A vote arrives: lemmy-ui re-renders the count's label, tooltip and text. */
export function vote(doc: Document, at: number, up: number): void {
  // B's upvote count, by its icon (its label is in the page's language).
  const use = [...(pick(articles(doc), at)?.querySelectorAll('span[aria-label] use') ?? [])].find((u) => /#icon-arrow-up$/.test(u.getAttribute('xlink:href') ?? ''));
  const span = use?.closest('span[aria-label]');
  if (!span) return;
  const label = (span.getAttribute('aria-label') ?? '').replace(/\d[\d.,KMB]*/, String(up));
  span.setAttribute('aria-label', label);
  span.setAttribute('data-tippy-content', label);
  const text = [...span.childNodes].find((n) => n.nodeType === 3);
  if (text) text.textContent = String(up);
}

/** A comment (with its replies) moves under another one, or to the top level. */
export function move(doc: Document, from: number, to: number): void {
  const all = articles(doc);
  const a = pick(all, from);
  const target = pick(all, to);
  const root = doc.querySelector('ul.comments');
  if (!a || !root) return;
  const li = liOf(a);
  if (!target || to % 4 === 0) root.prepend(li);
  else if (!li.contains(target) && target.querySelector('.comment-content')) childList(doc, target).append(li);
}

/** Something unrelated to comments: a tooltip in the body, a class on the app. */
export function noise(doc: Document, n: number): void {
  const tip = doc.createElement('div');
  tip.className = 'tippy-box';
  tip.textContent = `tip ${n}`;
  doc.body.append(tip);
  doc.querySelector('#app')?.classList.toggle('modal-open');
  if (n % 2) tip.remove();
}
