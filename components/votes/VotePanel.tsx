import type { CommentData, CommentId, Thread } from '../../utils/thread/types';
import type { ThreadFigures } from '../../utils/votes/figures';
import { formatNumber, t } from '../../utils/i18n';
import type { VoteModel } from '../../utils/votes/vote-model';
import { CommentList } from './CommentList';
import { Histogram } from './Histogram';
import { Subthreads } from './Subthreads';
import { formatApprox, formatSum, honestyNotes } from './words';

export interface VotePanelProps {
  votes: VoteModel;
  thread: Thread;
  onShow: (id: CommentId) => void;
  /** The reader's vote-panel settings. */
  options?: { histogram: boolean; controversial: boolean };
}

const DOWN_ABSENT = { disabled: 'votes.turnedOff', hidden: 'votes.notShown' } as const;

/** One figure: a term and its value; `data-figure` names it for tests. */
function Figure({ name, term, value }: { name: string; term: string; value: string }) {
  return (
    <div class="tl-figure" data-figure={name}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function upText(f: ThreadFigures): string {
  // Scores alone (lemmy-ui 0.18 anonymously) give no upvote count at all.
  return f.up.missing === f.comments && f.comments > 0 ? t('votes.notShown') : formatSum(f.up);
}

function Figures({ f }: { f: ThreadFigures }) {
  const s = f.stats;
  const a = (n: number) => formatApprox(n, s?.approx ?? false);
  return (
    <dl class="tl-figures">
      <Figure name="comments" term={t('votes.comments')} value={f.unloaded ? t('votes.commentsUnloaded', f.comments, f.unloaded) : formatNumber(f.comments)} />
      <Figure name="participants" term={t('votes.participants')} value={formatNumber(f.participants)} />
      <Figure name="up" term={t('votes.upvotes')} value={upText(f)} />
      <Figure name="down" term={t('votes.downvotes')} value={f.down ? formatSum(f.down) : f.mode === 'shown' ? '' : t(DOWN_ABSENT[f.mode])} />
      <Figure name="score" term={t('votes.totalScore')} value={formatSum(f.score)} />
      {s ? (
        <>
          <Figure name="median" term={t('votes.median')} value={a(s.median)} />
          <Figure name="middle" term={t('votes.middle')} value={t('votes.fromTo', a(s.q1), a(s.q3))} />
          <Figure name="range" term={t('votes.range')} value={t('votes.fromTo', a(s.min), a(s.max))} />
        </>
      ) : null}
    </dl>
  );
}

/** The Votes tab: figures of the whole thread, a histogram, top and controversial comments, subthreads. */
export function VotePanel({ votes, thread, onShow, options = { histogram: true, controversial: true } }: VotePanelProps) {
  const f = votes.figures.value;
  const byId: ReadonlyMap<CommentId, CommentData> = thread.byId;
  return (
    <div class="tl-votes">
      <ul class="tl-votes-notes" aria-label={t('votes.notes')}>
        {honestyNotes(f).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <Figures f={f} />
      {options.histogram ? (
        <section class="tl-votes-section" aria-labelledby="tl-votes-scores">
          <h3 class="tl-votes-h" id="tl-votes-scores">{t('votes.scores')}</h3>
          <Histogram bins={f.bins} approx={f.stats?.approx ?? false} />
        </section>
      ) : null}
      <CommentList slug="top-comments" title={t('votes.top')} ids={f.top} byId={byId} split={false} empty={t('votes.topEmpty')} onShow={onShow} />
      {f.mode === 'shown' && options.controversial ? (
        <CommentList
          slug="most-controversial"
          title={t('votes.controversial')}
          ids={f.controversial}
          byId={byId}
          split
          empty={t('votes.controversialEmpty')}
          onShow={onShow}
        />
      ) : null}
      <Subthreads roots={thread.roots} byId={byId} spread={votes.spread.value} onShow={onShow} />
    </div>
  );
}
