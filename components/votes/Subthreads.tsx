import type { CommentData, CommentId } from '../../utils/thread/types';
import { formatNumber, formatPercent, plural, t } from '../../utils/i18n';
import { percentUp } from '../../utils/votes/format';
import type { Spread } from '../../utils/votes/subthreads';
import { ControversialMark } from './ControversialMark';
import { formatSum } from './words';

/** Enough rows to compare the big subthreads; the outline has every one. */
export const SUBTHREAD_ROWS = 25;

export interface SubthreadsProps {
  roots: readonly CommentId[];
  byId: ReadonlyMap<CommentId, CommentData>;
  spread: Spread;
  onShow: (id: CommentId) => void;
}

/** Top-level subthreads by total score: score, share of upvotes, participants, replies, controversy. */
export function Subthreads({ roots, byId, spread, onShow }: SubthreadsProps) {
  const shown = spread.mode === 'shown';
  // The figures can lag the thread on a big one (utils/features/votes/spread): a subthread without them yet waits.
  const top = roots
    .flatMap((id) => {
      const f = spread.byId.get(id);
      return f ? [{ id, f }] : [];
    })
    .sort((a, b) => b.f.score.value - a.f.score.value)
    .slice(0, SUBTHREAD_ROWS);
  if (top.length === 0) return null;
  return (
    <section class="tl-votes-section" aria-labelledby="tl-votes-subthreads">
      <h3 class="tl-votes-h" id="tl-votes-subthreads">
        {roots.length > top.length ? t('votes.subthreadsTop', top.length, roots.length) : t('votes.subthreads')}
      </h3>
      <table class="tl-votes-table">
        <thead>
          <tr>
            <th scope="col">{t('votes.startedBy')}</th>
            <th scope="col">{t('votes.colScore')}</th>
            {shown ? <th scope="col">{t('votes.colUp')}</th> : null}
            <th scope="col">{t('votes.colPeople')}</th>
            <th scope="col">{t('votes.colReplies')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map(({ id, f }) => {
            const pct = percentUp(f.up.value, f.down.value);
            return (
              <tr key={id} data-comment-id={id}>
                <th scope="row">
                  <button type="button" onClick={() => onShow(id)}>
                    {byId.get(id)?.author.display ?? '?'}
                  </button>
                  {f.controversial ? <ControversialMark /> : null}
                </th>
                <td>{formatSum(f.score)}</td>
                {shown ? <td>{pct === null ? '–' : formatPercent(pct)}</td> : null}
                <td>{formatNumber(f.participants)}</td>
                <td>
                  {formatNumber(f.replies)}
                  {f.unloaded ? <NotLoaded n={f.unloaded} /> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Replies known but not loaded: shown as unknown ("+6?"), never as zero. */
function NotLoaded({ n }: { n: number }) {
  return (
    <span title={plural('votes.moreNotLoaded', n)}>
      <span aria-hidden="true">{` +${formatNumber(n)}?`}</span>
      <span class="tl-sr-only">{plural('votes.moreNotLoadedSr', n)}</span>
    </span>
  );
}
