/**
 * Where the characters of a readable text came from, as runs: each run is a
 * stretch of the text copied one to one from a text node (or an inserted
 * break, from no node). One entry per run, not per character: decorating the
 * quotes of a 10,000-comment page maps thousands of bodies, and per-character
 * arrays made tens of megabytes of garbage there, and garbage collections
 * inside our slices.
 */
export interface TextMap {
  /** Offset in the text where each run starts, ascending; a run ends where the next starts. */
  starts: number[];
  /** The text node each run was copied from; null for an inserted break. */
  nodes: (Text | null)[];
  /** Offset in that node of the run's first character. */
  offsets: number[];
}

export function emptyTextMap(): TextMap {
  return { starts: [], nodes: [], offsets: [] };
}

/** The text node and offset character `i` of the text came from, or null (an inserted break, or out of range). */
export function positionAt(map: TextMap, i: number, length: number): { node: Text; offset: number } | null {
  if (i < 0 || i >= length) return null;
  // The last run starting at or before i.
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  const node = map.nodes[lo];
  return node && map.starts[lo]! <= i ? { node, offset: map.offsets[lo]! + i - map.starts[lo]! } : null;
}

/** ASCII whitespace and no-break space: what squeezing collapses. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 160;
}

/**
 * Builds the squeezed text and its map from text nodes and breaks, in page
 * order: a run of whitespace becomes one break if it holds a break, else one
 * space, and none at either end. The character standing for a run is its last
 * break, else its first space (the same text as squeezeText in text.ts).
 */
export class MappedSqueezer {
  private out: string[] = [];
  private length = 0;
  /** 0: no whitespace waiting; 1: a space; 2: a break. */
  private pending = 0;
  private pendingNode: Text | null = null;
  private pendingOffset = 0;

  constructor(private readonly map: TextMap) {}

  /** An inserted break (between blocks). */
  brk(): void {
    this.pending = 2;
    this.pendingNode = null;
    this.pendingOffset = 0;
  }

  text(node: Text): void {
    const value = node.nodeValue ?? '';
    let i = 0;
    while (i < value.length) {
      const code = value.charCodeAt(i);
      if (isSpace(code)) {
        if (code === 10) (this.pending = 2), (this.pendingNode = node), (this.pendingOffset = i);
        else if (this.pending === 0) (this.pending = 1), (this.pendingNode = node), (this.pendingOffset = i);
        i++;
        continue;
      }
      // Words with one plain space between them stay one piece: that space is what squeezing makes
      // of it anyway, and a piece per word made two strings per word (issue 19's garbage).
      let j = i + 1;
      while (j < value.length && (!isSpace(value.charCodeAt(j)) || (value.charCodeAt(j) === 32 && j + 1 < value.length && !isSpace(value.charCodeAt(j + 1))))) j++;
      this.flushPending();
      this.emit(value.slice(i, j), node, i);
      i = j;
    }
  }

  /** The text so far; whitespace at the end is dropped. */
  result(): string {
    return this.out.join('');
  }

  private flushPending(): void {
    if (this.pending && this.length) this.emit(this.pending === 2 ? '\n' : ' ', this.pendingNode, this.pendingOffset);
    this.pending = 0;
  }

  private emit(text: string, node: Text | null, offset: number): void {
    const { starts, nodes, offsets } = this.map;
    const last = nodes.length - 1;
    // Extends the last run when this piece follows it in the same node: most of a paragraph is one run.
    const continues = last >= 0 && node !== null && nodes[last] === node && offsets[last]! + this.length - starts[last]! === offset;
    if (!continues) starts.push(this.length), nodes.push(node), offsets.push(offset);
    this.out.push(text);
    this.length += text.length;
  }
}
