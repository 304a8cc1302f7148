/** What a sourcemap says about the generated code, as the tools need it (bundle sizes, allocation). */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 VLQ fields of one mapping segment. */
function fields(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return values;
}

/** A segment: where it starts in its generated line (0-based column), its source's index (null: unmapped) and line there (0-based). */
export type Segment = [column: number, source: number | null, sourceLine: number];

/** Per generated line, its segments. */
export function lineSources(mappings: string): Segment[][] {
  let source = 0;
  let sourceLine = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line.split(',').filter(Boolean).map((segment): Segment => {
      const f = fields(segment);
      column += f[0]!;
      if (f.length > 1) (source += f[1]!), (sourceLine += f[2]!);
      return [column, f.length > 1 ? source : null, sourceLine];
    });
  });
}

/** The segment at a generated position (0-based line and column): the last one starting at or before it. */
export function segmentAt(lines: Segment[][], line: number, column: number): Segment | null {
  let found: Segment | null = null;
  for (const segment of lines[line] ?? []) {
    if (segment[0] > column) break;
    found = segment;
  }
  return found;
}
