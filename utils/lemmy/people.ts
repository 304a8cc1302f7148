import { commentIdOf } from './read-comment';
import * as S from './selectors';
import { OWN_UI_ATTR } from './text';

/**
 * People in the page: beside each author's name a small control of ours (the
 * person's tag, if any, and a button that opens the editor in the sidebar); a
 * followed person's comments highlighted; a muted person's comments folded
 * behind a "muted" line that opens them. Built with createElement and
 * textContent only, marked OWN_UI_ATTR so the reader and the observer skip
 * them. Only what changed is written: each article remembers what it shows.
 */

const PERSON = 'person';
const MUTED_LINE = 'muted';
export const FOLLOW_ATTR = 'data-threadlens-follow';
export const MUTED_ATTR = 'data-threadlens-muted';
const KEY_ATTR = 'data-threadlens-key';

export const PEOPLE_CSS = `
span[${OWN_UI_ATTR}="${PERSON}"] { display: inline-flex; align-items: center; gap: .25rem; margin: 0 .35rem; unicode-bidi: isolate; }
span[${OWN_UI_ATTR}="${PERSON}"] > span {
  padding: 0 .35rem; border-radius: .6rem; font-size: .8em; max-width: 16em;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: isolate;
  background: var(--threadlens-tag); color: var(--threadlens-tag-text);
}
span[${OWN_UI_ATTR}="${PERSON}"] > button {
  border: 1px solid transparent; border-radius: .25rem; background: transparent; color: inherit;
  font-size: .8em; line-height: 1.2; padding: 0 .2rem; opacity: .55; cursor: pointer;
}
span[${OWN_UI_ATTR}="${PERSON}"] > button:hover, span[${OWN_UI_ATTR}="${PERSON}"] > button:focus-visible { opacity: 1; border-color: currentColor; }
article[${FOLLOW_ATTR}] { box-shadow: inset 3px 0 0 0 #f9a825; background: rgba(249, 168, 37, .08); }
li.comment[${MUTED_ATTR}] > ul.comments, li.comment[${MUTED_ATTR}] > article > div > div.comment-content { display: none !important; }
button[${OWN_UI_ATTR}="${MUTED_LINE}"] {
  display: block; margin: .15rem 0 .35rem; padding: 0 .35rem; border: 0; border-radius: .25rem;
  background: transparent; color: inherit; opacity: .7; font-size: .85em; font-style: italic; cursor: pointer; unicode-bidi: isolate;
}
button[${OWN_UI_ATTR}="${MUTED_LINE}"]:hover { text-decoration: underline; opacity: 1; }
`;

/** What one comment shows of its author; null leaves the article as lemmy-ui made it. */
export interface PersonMark {
  tag: string;
  /** The tag's colour (#rrggbb, validated) and the text colour on it. */
  color: string;
  text: string;
  /** The edit button's accessible name and tooltip. */
  label: string;
  follow: boolean;
  /** The "muted" line's words when the comment is folded; null when it is shown. */
  muted: string | null;
}

/**
 * Marks are shared by an author's comments (features/people/page.ts), and a walk of the page makes
 * new ones: the same object is the same mark; another is compared by its fields.
 */
function sameMark(a: PersonMark, b: PersonMark): boolean {
  return a === b || (a.tag === b.tag && a.color === b.color && a.text === b.text && a.label === b.label && a.follow === b.follow && a.muted === b.muted);
}

/**
 * The control without its per-comment parts, cloned for each article: a 10,000-comment page
 * places 10,000 of them, and one clone costs less than the elements made and set one by one.
 */
const prototypes = new WeakMap<Document, HTMLElement>();
function prototypeOf(doc: Document): HTMLElement {
  let proto = prototypes.get(doc);
  if (!proto) {
    proto = doc.createElement('span');
    proto.setAttribute(OWN_UI_ATTR, PERSON);
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = '⚑';
    proto.append(button);
    prototypes.set(doc, proto);
  }
  return proto;
}

function control(doc: Document, id: number, m: PersonMark): HTMLElement {
  const span = prototypeOf(doc).cloneNode(true) as HTMLElement;
  const button = span.firstElementChild!;
  button.setAttribute(KEY_ATTR, `p:${id}`);
  button.setAttribute('aria-label', m.label);
  button.setAttribute('title', m.label);
  if (m.tag) {
    const tag = doc.createElement('span');
    tag.dir = 'auto';
    tag.textContent = m.tag;
    tag.title = m.tag;
    tag.style.setProperty('--threadlens-tag', m.color);
    tag.style.setProperty('--threadlens-tag-text', m.text);
    span.prepend(tag);
  }
  return span;
}

function mutedLine(doc: Document, id: number, words: string): HTMLElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute(OWN_UI_ATTR, MUTED_LINE);
  button.setAttribute(KEY_ATTR, `m:${id}`);
  button.textContent = words;
  return button;
}

/** Puts one article's person control, follow highlight and muted fold in the page. */
export type PersonMarks = (id: number, article: Element, mark: PersonMark | null) => void;

/** Person marks that remember what each article shows: only changes are written. */
export function personMarks(doc: Document): PersonMarks {
  const shown = new WeakMap<Element, { mark: PersonMark; control: Element; line: Element | null }>();
  return (id, article, mark) => {
    const had = shown.get(article);
    if (had && mark && sameMark(had.mark, mark) && had.control.isConnected && (!had.line || had.line.isConnected)) return;
    if (!had && !mark) return;
    had?.control.remove();
    had?.line?.remove();
    shown.delete(article);
    apply(article, mark);
    const header = mark && article.querySelector(S.commentHeader);
    const name = header?.querySelector(S.personLink);
    if (!mark || !header || !name) return;
    const placed = control(doc, id, mark);
    name.after(placed);
    const line = mark.muted ? mutedLine(doc, id, mark.muted) : null;
    if (line) header.after(line);
    shown.set(article, { mark, control: placed, line });
  };
}

function apply(article: Element, mark: PersonMark | null): void {
  article.toggleAttribute(FOLLOW_ATTR, !!mark?.follow);
  article.parentElement?.toggleAttribute(MUTED_ATTR, !!mark?.muted);
}

/** Removes every control, mark and fold of ours (the rules are ./page-style's). */
export function clearPersonMarks(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${OWN_UI_ATTR}="${PERSON}"], [${OWN_UI_ATTR}="${MUTED_LINE}"]`)) el.remove();
  for (const el of doc.querySelectorAll(`[${FOLLOW_ATTR}], [${MUTED_ATTR}]`)) {
    el.removeAttribute(FOLLOW_ATTR);
    el.removeAttribute(MUTED_ATTR);
  }
}

/** What a click on a control of ours asks: edit the comment's author, or open a muted comment. */
export function personControlOf(event: Event): { edit: number } | { open: number } | null {
  const target = event.target as Element | null;
  const el = target && typeof target.closest === 'function' ? target.closest(`[${OWN_UI_ATTR}] [${KEY_ATTR}], [${OWN_UI_ATTR}="${MUTED_LINE}"]`) : null;
  const key = el?.getAttribute(KEY_ATTR) ?? '';
  const m = /^([pm]):(\d+)$/.exec(key);
  const article = el?.closest(S.commentArticle);
  const id = article ? commentIdOf(article) : null;
  if (!m || id === null || String(id) !== m[2]) return null;
  return m[1] === 'p' ? { edit: id } : { open: id };
}
