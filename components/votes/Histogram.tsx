import { formatNumber, plural, t } from '../../utils/i18n';
import { histogramShape, type Bin } from '../../utils/votes/histogram';

export interface HistogramProps {
  bins: readonly Bin[];
  /** Scores were abbreviated somewhere, so bins may be off by a little. */
  approx: boolean;
}

/** A range of scores: "12", "10–19", and "-20 to -11" where a dash would read as a minus. */
export function binLabel(bin: Bin): string {
  if (bin.from === bin.to) return formatNumber(bin.from);
  return bin.from < 0 ? t('votes.fromTo', bin.from, bin.to) : `${formatNumber(bin.from)}–${formatNumber(bin.to)}`;
}

function describe(bins: readonly Bin[], approx: boolean): string {
  const n = bins.reduce((sum, b) => sum + b.count, 0);
  const width = bins[0]!.to - bins[0]!.from + 1;
  const fullest = bins.reduce((m, b) => (b.count > m.count ? b : m), bins[0]!);
  return plural(approx ? 'votes.histogramApprox' : 'votes.histogram', n, bins[0]!.from, bins.at(-1)!.to, width, fullest.count, binLabel(fullest));
}

/**
 * Score histogram drawn by the extension: an SVG image with a text summary
 * for screen readers, followed by the same data as a visually hidden table.
 * Colours come from CSS variables, so it follows the light and dark theme.
 */
export function Histogram({ bins, approx }: HistogramProps) {
  if (bins.length === 0) return <p class="tl-empty">{t('votes.histogramEmpty')}</p>;
  const shape = histogramShape(bins);
  const first = bins[0]!;
  const last = bins.at(-1)!;
  return (
    <figure class="tl-histogram">
      <svg class="tl-hist-svg" viewBox={`0 0 ${shape.width} ${shape.height}`} role="img" aria-label={describe(bins, approx)}>
        {shape.bars.map((bar) => (
          <rect key={bar.bin.from} class="tl-hist-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
            <title>{`${binLabel(bar.bin)}: ${formatNumber(bar.bin.count)}`}</title>
          </rect>
        ))}
        <line class="tl-hist-axis" x1={0} x2={shape.width} y1={shape.baseline} y2={shape.baseline} />
        <text class="tl-hist-text" x={0} y={shape.height - 3}>{formatNumber(first.from)}</text>
        <text class="tl-hist-text" x={shape.width} y={shape.height - 3} text-anchor="end">{formatNumber(last.to)}</text>
        <text class="tl-hist-text" x={shape.width / 2} y={shape.height - 3} text-anchor="middle">{t('votes.axisScore')}</text>
        <text class="tl-hist-text" x={2} y={10}>{plural('votes.tallest', shape.tallest)}</text>
      </svg>
      <table class="tl-sr-only">
        <caption>{t('votes.byScore')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('votes.colScore')}</th>
            <th scope="col">{t('votes.colComments')}</th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b) => (
            <tr key={b.from}>
              <th scope="row">{binLabel(b)}</th>
              <td>{formatNumber(b.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
