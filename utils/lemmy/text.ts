import { hasClass } from './dom';
import * as S from './selectors';
import { MappedSqueezer, type TextMap } from './text-map';

const SKIP = new Set(['SVG', 'svg', 'TITLE', 'title', 'SCRIPT', 'script', 'STYLE', 'style', 'TEMPLATE', 'template']);
/** Block elements by tagName: upper case in HTML documents (the only kind lemmy-ui renders). */
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TR', 'TABLE', 'UL', 'OL', 'DETAILS', 'SUMMARY', 'HR', 'BR', 'FIGURE',
]);

/** Marks the controls Threadlens itself puts into the page; never read as content. */
export const OWN_UI_ATTR = 'data-threadlens-ui';

function isSkipped(el: Element): boolean {
  return SKIP.has(el.tagName) || hasClass(el, 'visually-hidden') || el.hasAttribute(OWN_UI_ATTR);
}

/** Elements that change what readableText makes of a subtree; where none is inside, textContent is the same. */
const SPECIAL = [...new Set([...BLOCK, ...SKIP].map((t) => t.toLowerCase()))].concat('.visually-hidden', `[${OWN_UI_ATTR}]`).join(',');

/**
 * Text of an element as a reader sees it: icons (svg, their <title>, the
 * visually-hidden icon names of icon.tsx) left out, block elements separated
 * by "\n", runs of spaces and blank lines collapsed. Iterative, so depth 60
 * is fine. `skip` is a selector for more subtrees to leave out. With `map`,
 * records where each character of the result came from (quotes use it to
 * turn text offsets back into DOM ranges).
 */
export function readableText(root: Element | null, options: { skip?: string; map?: TextMap } = {}): string {
  if (!root) return '';
  if (options.map) return mappedText(root, options.map, options.skip);
  // Without a map, a subtree with nothing special inside is read natively (textContent):
  // a 10,000-comment page then costs a few DOM calls per comment, not one per node.
  const special = options.skip ? `${SPECIAL},${options.skip}` : SPECIAL;
  if (isPlain(root, special)) return squeezeText(root.textContent ?? '');
  const out = new Pieces();
  const stack: (Node | '\n')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') out.brk();
    else if (node.nodeType === 3) out.text(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el !== root && (isSkipped(el) || (options.skip && el.matches(options.skip)))) continue;
      const block = BLOCK.has(el.tagName);
      if (!isPlain(el, special)) pushChildren(stack, el, block);
      else if (block) out.brk(), out.text(el.textContent ?? ''), out.brk();
      else out.text(el.textContent ?? '');
    }
  }
  return squeezeText(out.join());
}

const BLANK = /^[ \t\r\f\v\u00a0\n]*$/;

/**
 * The raw text of a walk, with what squeezeText would merge anyway left out:
 * a break after a break, blanks after a break, breaks at either end. The
 * result then rarely needs squeezing, which costs a regular-expression
 * callback per run of spaces on every comment of a big page.
 */
class Pieces {
  private parts: string[] = [];
  /** At the start or just after a break: blanks and breaks here change nothing. */
  private atBreak = true;
  text(t: string): void {
    if (this.atBreak && BLANK.test(t)) return;
    this.parts.push(t);
    this.atBreak = false;
  }
  brk(): void {
    if (!this.atBreak) this.parts.push('\n');
    this.atBreak = true;
  }
  join(): string {
    if (this.parts.at(-1) === '\n') this.parts.pop();
    return this.parts.join('');
  }
}

/** Nothing inside changes the text: it is the element's textContent. */
function isPlain(el: Element, special: string): boolean {
  return !el.firstElementChild || !el.querySelector(special);
}

/** Children in reverse (the stack pops them in page order), between breaks for a block element. */
function pushChildren(stack: (Node | '\n')[], el: Element, block: boolean): void {
  if (block) stack.push('\n');
  // Siblings, not childNodes: a NodeList is one more wrapper per element in a content script's world.
  for (let kid = el.lastChild; kid; kid = kid.previousSibling) stack.push(kid);
  if (block) stack.push('\n');
}

/** readableText, recording in `map` where the characters came from (text-map.ts). */
function mappedText(root: Element, map: TextMap, skip?: string): string {
  const out = new MappedSqueezer(map);
  const stack: (Node | '\n')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') out.brk();
    else if (node.nodeType === 3) out.text(node as Text);
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (el !== root && (isSkipped(el) || (skip && el.matches(skip)))) continue;
      pushChildren(stack, el, BLOCK.has(el.tagName));
    }
  }
  return out.result();
}

const RUN = /[ \t\r\f\v\u00a0\n]+/g;
/** What squeezeText would change: another kind of space, two in a row, or one at either end. */
const SQUEEZABLE = /[\t\r\f\v\u00a0]|[ \n][ \n]|^[ \n]|[ \n]$/;

/**
 * squeeze() without a map, with one regular expression: a run of spaces is one
 * space, or one break if it holds a break; none at either end.
 */
function squeezeText(text: string): string {
  if (!SQUEEZABLE.test(text)) return text;
  const out = text.replace(RUN, (run) => (run.includes('\n') ? '\n' : ' '));
  const start = out[0] === ' ' || out[0] === '\n' ? 1 : 0;
  const last = out[out.length - 1];
  const end = out.length > start && (last === ' ' || last === '\n') ? out.length - 1 : out.length;
  return out.slice(start, end);
}

/** Single-line text (labels, counts, names). */
export function inlineText(el: Element | null): string {
  return oneLine((el && flatText(el)) ?? readableText(el));
}

/** inlineText of an element holding only text and icons, else null (it holds other elements). */
export function flatInlineText(el: Element): string | null {
  const text = flatText(el);
  return text === null ? null : oneLine(text);
}

function oneLine(text: string): string {
  // Most labels have no space but single ones: skip the copies replace and trim would make.
  return /[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * The text of an element whose children are text and icons only (a vote
 * count, a badge), read without readableText's walk: on a big page there are
 * tens of thousands of them. null for anything else.
 */
function flatText(el: Element): string | null {
  let text = '';
  for (let kid = el.firstChild; kid; kid = kid.nextSibling) {
    if (kid.nodeType === 3) text += kid.nodeValue;
    else if (kid.nodeType === 1 && !isSkipped(kid as Element)) return null;
  }
  return text;
}

/** Icon name of an svg or an element containing one: "…symbols.svg#icon-arrow-up" → "arrow-up". */
export function iconName(el: Element): string | null {
  // Most elements asked (a comment's time) hold no element at all: no query for those.
  const use = el.localName === 'use' ? el : el.firstElementChild ? el.querySelector(S.iconUse) : null;
  const href = use?.getAttribute('xlink:href') ?? use?.getAttribute('href') ?? '';
  const at = href.lastIndexOf('#icon-');
  return at >= 0 ? href.slice(at + 6) : null;
}

/** Names of all icons under `el`, with the element carrying each. */
export function iconsIn(el: Element): { name: string; use: Element }[] {
  const out: { name: string; use: Element }[] = [];
  if (!el.firstElementChild) return out; // an empty action bar (logged out): no NodeList
  const uses = el.querySelectorAll(S.iconUse);
  for (let i = 0; i < uses.length; i++) {
    const use = uses[i]!;
    const name = iconName(use);
    if (name) out.push({ name, use });
  }
  return out;
}
