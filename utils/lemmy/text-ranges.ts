import { readableText } from './text';
import { emptyTextMap, positionAt, type TextMap } from './text-map';

/**
 * DOM ranges for character spans of `readableText(root)`: the bridge from
 * quote matching (plain text offsets) back to the page, for highlighting.
 */
export function rangesForSpans(root: Element, spans: readonly { start: number; end: number }[]): Range[] {
  const map = emptyTextMap();
  const length = readableText(root, { map }).length;
  const doc = root.ownerDocument;
  const out: Range[] = [];
  for (const { start, end } of spans) {
    const a = firstMapped(map, length, start, end);
    const b = lastMapped(map, length, start, end);
    if (!a || !b) continue;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset + 1);
    out.push(range);
  }
  return out;
}

/** The first character in [start, end) that came from a text node (a span may begin at an inserted break). */
function firstMapped(map: TextMap, length: number, start: number, end: number) {
  for (let i = Math.max(0, start); i < Math.min(end, length); i++) {
    const at = positionAt(map, i, length);
    if (at) return at;
  }
  return null;
}

function lastMapped(map: TextMap, length: number, start: number, end: number) {
  for (let i = Math.min(end, length) - 1; i >= Math.max(0, start); i--) {
    const at = positionAt(map, i, length);
    if (at) return at;
  }
  return null;
}
