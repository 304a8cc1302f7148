import { readableText } from './text';
import { emptyTextMap, positionAt, type TextMap } from './text-map';

/**
 * DOM ranges for character spans of `readableText(root)`: the bridge from
 * quote matching (plain text offsets) back to the page, for highlighting.
 * Static where the browser has them: the document updates every live Range on
 * every node removed anywhere in it, and a big thread's quote highlights hold
 * thousands (each removal then cost about 0.5 ms at 10,000 comments, the
 * sidebar's rows on "collapse all" 55-70 ms; docs/performance.md). A highlight
 * takes either kind; one whose text lemmy-ui replaced shows nothing either way.
 */
export function rangesForSpans(root: Element, spans: readonly { start: number; end: number }[]): AbstractRange[] {
  const map = emptyTextMap();
  const length = readableText(root, { map }).length;
  const make = rangeMaker(root.ownerDocument);
  const out: AbstractRange[] = [];
  for (const { start, end } of spans) {
    const a = firstMapped(map, length, start, end);
    const b = lastMapped(map, length, start, end);
    if (!a || !b) continue;
    out.push(make(a.node, a.offset, b.node, b.offset + 1));
  }
  return out;
}

type MakeRange = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) => AbstractRange;

function rangeMaker(doc: Document): MakeRange {
  const Static = (doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange;
  if (Static) return (startContainer, startOffset, endContainer, endOffset) => new Static({ startContainer, startOffset, endContainer, endOffset });
  return (startContainer, startOffset, endContainer, endOffset) => {
    const range = doc.createRange();
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
    return range;
  };
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
