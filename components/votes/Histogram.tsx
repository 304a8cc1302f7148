import { binLabel, histogramShape, type Bin } from '../../utils/votes/histogram';
import { formatNumber } from '../../utils/votes/format';

export interface HistogramProps {
  bins: readonly Bin[];
  /** Scores were abbreviated somewhere, so bins may be off by a little. */
  approx: boolean;
}

function describe(bins: readonly Bin[], approx: boolean): string {
  const n = bins.reduce((sum, b) => sum + b.count, 0);
  const width = bins[0]!.to - bins[0]!.from + 1;
  const fullest = bins.reduce((m, b) => (b.count > m.count ? b : m), bins[0]!);
  return (
    `Histogram of ${formatNumber(n)} comment scores from ${bins[0]!.from} to ${bins.at(-1)!.to}, in ranges of ${width}; ` +
    `most (${formatNumber(fullest.count)}) score ${binLabel(fullest)}${approx ? ' (approximate)' : ''}. The table after it lists every range.`
  );
}

/**
 * Score histogram drawn by the extension: an SVG image with a text summary
 * for screen readers, followed by the same data as a visually hidden table.
 * Colours come from CSS variables, so it follows the light and dark theme.
 */
export function Histogram({ bins, approx }: HistogramProps) {
  if (bins.length === 0) return <p class="tl-empty">No comment shows a score yet.</p>;
  const shape = histogramShape(bins);
  const first = bins[0]!;
  const last = bins.at(-1)!;
  return (
    <figure class="tl-histogram">
      <svg class="tl-hist-svg" viewBox={`0 0 ${shape.width} ${shape.height}`} role="img" aria-label={describe(bins, approx)}>
        {shape.bars.map((bar) => (
          <rect key={bar.bin.from} class="tl-hist-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
            <title>{`${binLabel(bar.bin)}: ${bar.bin.count}`}</title>
          </rect>
        ))}
        <line class="tl-hist-axis" x1={0} x2={shape.width} y1={shape.baseline} y2={shape.baseline} />
        <text class="tl-hist-text" x={0} y={shape.height - 3}>{first.from}</text>
        <text class="tl-hist-text" x={shape.width} y={shape.height - 3} text-anchor="end">{last.to}</text>
        <text class="tl-hist-text" x={shape.width / 2} y={shape.height - 3} text-anchor="middle">score</text>
        <text class="tl-hist-text" x={2} y={10}>{`${shape.tallest} ${shape.tallest === 1 ? 'comment' : 'comments'}`}</text>
      </svg>
      <table class="tl-sr-only">
        <caption>Comments by score</caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Comments</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b) => (
            <tr key={b.from}>
              <th scope="row">{binLabel(b)}</th>
              <td>{b.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
