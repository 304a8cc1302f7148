import { NO_QUOTES } from './shared-values';

/**
 * A comment's Markdown source (as the instance's data holds it) → the plain
 * text and top-level quotes the DOM reader would give for its rendered body
 * (read-comment.ts): blocks joined by "\n", syntax left out. Plain strings
 * only: page data never becomes HTML here or anywhere.
 */

export interface MarkdownText {
  text: string;
  /** Text of each top-level quote, in order; quotes inside a quote are left out. */
  quotes: readonly string[];
}

const QUOTE_LINE = /^ {0,3}>/;
const FENCE = /^ {0,3}(```|~~~)/;
const BLANK = /^\s*$/;

export function markdownText(source: string): MarkdownText {
  return proseText(source) ?? generalText(source);
}

/** The general reading, block by block (what markdownText gives for anything but plain prose and quotes). */
export function generalText(source: string): MarkdownText {
  const blocks = readBlocks(source.replace(/\r\n?/g, '\n').split('\n'));
  const quotes: string[] = [];
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.quote) {
      const inner = generalText(block.lines.map(unquote).filter((l) => !QUOTE_LINE.test(l)).join('\n')).text;
      if (inner) quotes.push(inner);
      const all = generalText(block.lines.map(unquote).join('\n')).text;
      if (all) texts.push(all);
    } else {
      const text = block.code ? block.lines.join('\n') : block.lines.map(lineText).filter(Boolean).join('\n');
      if (text) texts.push(text);
    }
  }
  return { text: texts.join('\n'), quotes: quotes.length ? quotes : NO_QUOTES };
}

// Most comments are lines of prose, some opening with plain quotes: one regular expression tells
// (native code, fast even before the engine has warmed up to ours), and then their text is their
// lines, without the expressions the general reading runs on every line.

/**
 * Anything beyond prose and plain quotes: inline syntax (` * _ ~ ^ [ < & \\), a line (or a
 * quote's line) opening with a block marker (> # - + | : = or a digit), or a line indented
 * four spaces or a tab (code, or a ">" that is no quote).
 */
const BEYOND_PROSE = /[`*_~^[<&\\]|(?:^|[\n\r])[ \t]*(?:>[ \t]*[>#\-+|:=\d]|[#\-+|:=\d])|(?:^|[\n\r])(?: {4}|[ ]{0,3}\t)/;
const QUOTE_MARK = /^ {0,3}> ?/;

/** A line with runs of spaces made one, trimmed (most lines have no run: no new string). */
const oneSpaced = (line: string): string => (line.includes('  ') || line.includes('\t') ? line.replace(/[ \t]+/g, ' ') : line).trim();

/**
 * Prose and plain quotes read line by line: a quote runs from its first ">" line to a blank
 * line (lazy continuation lines included), as in the general reading. Null for anything else.
 */
function proseText(source: string): MarkdownText | null {
  if (BEYOND_PROSE.test(source)) return null;
  if (!source.includes('\n') && !source.includes('\r') && !QUOTE_MARK.test(source)) return { text: oneSpaced(source), quotes: NO_QUOTES };
  const texts: string[] = [];
  const quotes: string[][] = [];
  let quote: string[] | null = null;
  for (const line of source.split(/\r\n?|\n/)) {
    const quoted = QUOTE_MARK.test(line);
    const plain = oneSpaced(quoted ? line.replace(QUOTE_MARK, '') : line);
    if (!quoted && !plain) quote = null; // a blank line ends a quote
    else if (quoted && !quote) quotes.push((quote = []));
    if (plain) {
      quote?.push(plain);
      texts.push(plain);
    }
  }
  return { text: texts.join('\n'), quotes: quotes.length ? quotes.map((lines) => lines.join('\n')).filter(Boolean) : NO_QUOTES };
}

interface Block {
  lines: string[];
  quote: boolean;
  code: boolean;
}

/** Paragraph-level blocks: quote groups (with lazy continuation lines), fenced code, and the rest. */
function readBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
      const end = closingFence(lines, i);
      blocks.push({ lines: lines.slice(i + 1, end), quote: false, code: true });
      cur = null;
      i = end;
    } else if (BLANK.test(line)) cur = null;
    else if (QUOTE_LINE.test(line)) {
      if (!cur?.quote) blocks.push((cur = { lines: [], quote: true, code: false }));
      cur.lines.push(line);
    } else if (cur) cur.lines.push(line);
    else blocks.push((cur = { lines: [line], quote: false, code: false }));
  }
  return blocks;
}

function closingFence(lines: readonly string[], open: number): number {
  const mark = FENCE.exec(lines[open]!)![1]!;
  for (let i = open + 1; i < lines.length; i++) if (lines[i]!.trimStart().startsWith(mark)) return i;
  return lines.length;
}

const unquote = (line: string): string => line.replace(/^ {0,3}> ?/, '');

/** A line that opens with a letter is prose: no block marker can start it. */
const PROSE_START = /^\p{L}/u;
/** Characters inline syntax needs; a line without any is its own text. */
const INLINE_SYNTAX = /[`*_~^[\]!<&\\]/;

/** One source line's visible text: block markers, then inline syntax, left out. */
function lineText(line: string): string {
  if (PROSE_START.test(line)) return INLINE_SYNTAX.test(line) ? inlineMarkdown(line) : line.replace(/[ \t]+/g, ' ').trim();
  if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) return ''; // thematic break
  if (/^ {0,3}:::\s*$/.test(line)) return ''; // end of a spoiler
  const block = line
    .replace(/^ {0,3}:::\s*spoiler\s*/i, '')
    .replace(/^ {0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '')
    .replace(/^\s*\|?|\|?\s*$/g, (edge) => (edge.includes('|') ? '' : edge))
    .trim();
  return inlineMarkdown(block);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/**
 * Escaped punctuation ("\\*") is set aside as a private-use character while the
 * syntax goes, so it is never taken for syntax, and put back after.
 */
const hide = (_: string, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const unhide = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xe000);

/** Inline syntax out, in the order a renderer takes it: escapes, code, images and links, emphasis. */
export function inlineMarkdown(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, hide)
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/\^([^^\s]+)\^/g, '$1')
    .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all)
    .replace(/[\ue021-\ue07e]/g, unhide)
    .replace(/[ \t]+/g, ' ')
    .trim();
}
