import { readableText, type TextMap } from './text';

/**
 * DOM ranges for character spans of `readableText(root)`: the bridge from
 * quote matching (plain text offsets) back to the page, for highlighting.
 */
export function rangesForSpans(root: Element, spans: readonly { start: number; end: number }[]): Range[] {
  const map: TextMap = { nodes: [], offsets: [] };
  readableText(root, { map });
  const doc = root.ownerDocument;
  const out: Range[] = [];
  for (const { start, end } of spans) {
    const a = firstMapped(map, start, end);
    const b = lastMapped(map, start, end);
    if (a < 0 || b < 0) continue;
    const range = doc.createRange();
    range.setStart(map.nodes[a]!, map.offsets[a]!);
    range.setEnd(map.nodes[b]!, map.offsets[b]! + 1);
    out.push(range);
  }
  return out;
}

function firstMapped(map: TextMap, start: number, end: number): number {
  for (let i = Math.max(0, start); i < Math.min(end, map.nodes.length); i++) if (map.nodes[i]) return i;
  return -1;
}

function lastMapped(map: TextMap, start: number, end: number): number {
  for (let i = Math.min(end, map.nodes.length) - 1; i >= Math.max(0, start); i--) if (map.nodes[i]) return i;
  return -1;
}
