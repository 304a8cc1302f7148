/** Bins of comment scores, and the SVG geometry to draw them, as plain data. */

export interface Bin {
  /** Scores from..to, inclusive (integers: vote counts). */
  from: number;
  to: number;
  count: number;
}

const NICE = [1, 2, 5];

/** The smallest of 1, 2, 5, 10, 20, 50, … that covers `span` in at most `maxBins` bins. */
export function binWidth(span: number, maxBins: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const n of NICE) if (n * scale * maxBins >= span) return n * scale;
  }
}

/** Equal-width bins on round edges from min to max (up to maxBins + 1 once aligned); one pass over the scores. */
export function histogram(scores: ArrayLike<number>, min: number, max: number, maxBins = 12): Bin[] {
  if (scores.length === 0) return [];
  const width = binWidth(max - min + 1, maxBins);
  const start = Math.floor(min / width) * width;
  const count = Math.floor((max - start) / width) + 1;
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({ from: start + i * width, to: start + (i + 1) * width - 1, count: 0 }));
  for (let i = 0; i < scores.length; i++) bins[Math.floor((scores[i]! - start) / width)]!.count++;
  return bins;
}

export interface BarShape {
  x: number;
  y: number;
  width: number;
  height: number;
  bin: Bin;
}

export interface HistogramShape {
  width: number;
  height: number;
  /** y of the axis line; labels go below it. */
  baseline: number;
  bars: BarShape[];
  tallest: number;
}

export interface ShapeOptions {
  width?: number;
  height?: number;
  /** Room under the axis for the range labels. */
  axis?: number;
  /** Room above the tallest bar for its label. */
  top?: number;
  gap?: number;
}

/** Bars scaled to the tallest bin; an empty bin has height 0 but keeps its slot. */
export function histogramShape(bins: readonly Bin[], options: ShapeOptions = {}): HistogramShape {
  const { width = 280, height = 110, axis = 16, top = 14, gap = 2 } = options;
  const baseline = height - axis;
  const tallest = bins.reduce((m, b) => Math.max(m, b.count), 0);
  const slot = bins.length ? width / bins.length : 0;
  const bars = bins.map((bin, i) => {
    const h = tallest ? (bin.count / tallest) * (baseline - top) : 0;
    return { x: i * slot + gap / 2, y: baseline - h, width: Math.max(slot - gap, 1), height: h, bin };
  });
  return { width, height, baseline, bars, tallest };
}
