import * as S from './selectors';

const SKIP = new Set(['SVG', 'svg', 'TITLE', 'title', 'SCRIPT', 'script', 'STYLE', 'style', 'TEMPLATE', 'template']);
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TR', 'TABLE', 'UL', 'OL', 'DETAILS', 'SUMMARY', 'HR', 'BR', 'FIGURE',
]);

/** Marks the controls Threadlens itself puts into the page; never read as content. */
export const OWN_UI_ATTR = 'data-threadlens-ui';

function isSkipped(el: Element): boolean {
  return SKIP.has(el.tagName) || el.classList.contains('visually-hidden') || el.hasAttribute(OWN_UI_ATTR);
}

/** Where each character of a readable text came from: a text node and offset, or null for an inserted break. */
export interface TextMap {
  nodes: (Text | null)[];
  offsets: number[];
}

/**
 * Text of an element as a reader sees it: icons (svg, their <title>, the
 * visually-hidden icon names of icon.tsx) left out, block elements separated
 * by "\n", runs of spaces and blank lines collapsed. Iterative, so depth 60
 * is fine. With `map`, records where each character of the result came from
 * (quotes use it to turn text offsets back into DOM ranges).
 */
export function readableText(root: Element | null, options: { skip?: (el: Element) => boolean; map?: TextMap } = {}): string {
  if (!root) return '';
  const raw: string[] = [];
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  const want = !!options.map;
  const stack: (Node | '\n')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') {
      raw.push('\n');
      if (want) nodes.push(null), offsets.push(0);
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      raw.push(value);
      if (want) for (let i = 0; i < value.length; i++) nodes.push(node as Text), offsets.push(i);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (isSkipped(el) || options.skip?.(el))) continue;
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) stack.push('\n');
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    if (block) stack.push('\n');
  }
  return squeeze(raw.join(''), want ? { nodes, offsets } : null, options.map);
}

const SPACE = /[ \t\r\f\v\u00a0]/;

/**
 * Collapses spaces to one, drops spaces around line breaks and repeated
 * breaks, trims; one pass so the character map can follow along.
 */
function squeeze(text: string, from: TextMap | null, to: TextMap | undefined): string {
  let out = '';
  let pending: 'space' | 'break' | null = null;
  let pendingAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const isBreak = ch === '\n';
    if (isBreak || SPACE.test(ch)) {
      if (isBreak) pending = 'break';
      else pending ??= 'space';
      if (pendingAt < 0 || (isBreak && pending === 'break')) pendingAt = i;
      continue;
    }
    if (pending && out.length) {
      out += pending === 'break' ? '\n' : ' ';
      if (to && from) to.nodes.push(from.nodes[pendingAt] ?? null), to.offsets.push(from.offsets[pendingAt] ?? 0);
    }
    pending = null;
    pendingAt = -1;
    out += ch;
    if (to && from) to.nodes.push(from.nodes[i]!), to.offsets.push(from.offsets[i]!);
  }
  return out;
}

/** Single-line text (labels, counts, names). */
export function inlineText(el: Element | null): string {
  return readableText(el).replace(/\s+/g, ' ').trim();
}

/** Icon name of an svg or an element containing one: "…symbols.svg#icon-arrow-up" → "arrow-up". */
export function iconName(el: Element): string | null {
  const use = el.tagName.toLowerCase() === 'use' ? el : el.querySelector(S.iconUse);
  const href = use?.getAttribute('xlink:href') ?? use?.getAttribute('href') ?? '';
  const at = href.lastIndexOf('#icon-');
  return at >= 0 ? href.slice(at + 6) : null;
}

/** Names of all icons under `el`, with the element carrying each. */
export function iconsIn(el: Element): { name: string; use: Element }[] {
  const out: { name: string; use: Element }[] = [];
  for (const use of el.querySelectorAll(S.iconUse)) {
    const name = iconName(use);
    if (name) out.push({ name, use });
  }
  return out;
}
