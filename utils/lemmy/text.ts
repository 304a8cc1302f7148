import * as S from './selectors';

const SKIP = new Set(['SVG', 'svg', 'TITLE', 'title', 'SCRIPT', 'script', 'STYLE', 'style', 'TEMPLATE', 'template']);
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TR', 'TABLE', 'UL', 'OL', 'DETAILS', 'SUMMARY', 'HR', 'BR', 'FIGURE',
]);

function isSkipped(el: Element): boolean {
  return SKIP.has(el.tagName) || el.classList.contains('visually-hidden');
}

/**
 * Text of an element as a reader sees it: icons (svg, their <title>, the
 * visually-hidden icon names of icon.tsx) left out, block elements separated
 * by "\n", runs of blank lines collapsed. Iterative, so depth 60 is fine.
 */
export function readableText(root: Element | null, options: { skip?: (el: Element) => boolean } = {}): string {
  if (!root) return '';
  let out = '';
  const stack: (Node | '\n')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') {
      out += '\n';
      continue;
    }
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
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
  return out
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
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
