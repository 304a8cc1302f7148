import type { CommentData, CommentId, Thread } from '../../utils/thread/types';
import type { ThreadFigures } from '../../utils/votes/figures';
import { formatApprox, formatNumber, formatSum, honestyNotes } from '../../utils/votes/format';
import type { VoteModel } from '../../utils/votes/vote-model';
import { CommentList } from './CommentList';
import { Histogram } from './Histogram';
import { Subthreads } from './Subthreads';

export interface VotePanelProps {
  votes: VoteModel;
  thread: Thread;
  onShow: (id: CommentId) => void;
  /** The reader's vote-panel settings. */
  options?: { histogram: boolean; controversial: boolean };
}

const DOWN_ABSENT = { disabled: 'turned off', hidden: 'not shown', shown: '' } as const;

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
  return f.up.missing === f.comments && f.comments > 0 ? 'not shown' : formatSum(f.up);
}

function Figures({ f }: { f: ThreadFigures }) {
  const s = f.stats;
  const a = (n: number) => formatApprox(n, s?.approx ?? false);
  return (
    <dl class="tl-figures">
      <Figure name="comments" term="Comments" value={`${formatNumber(f.comments)}${f.unloaded ? ` + ${formatNumber(f.unloaded)} not loaded` : ''}`} />
      <Figure name="participants" term="Participants" value={formatNumber(f.participants)} />
      <Figure name="up" term="Upvotes" value={upText(f)} />
      <Figure name="down" term="Downvotes" value={f.down ? formatSum(f.down) : DOWN_ABSENT[f.mode]} />
      <Figure name="score" term="Total score" value={formatSum(f.score)} />
      {s ? (
        <>
          <Figure name="median" term="Median score" value={a(s.median)} />
          <Figure name="middle" term="Middle half" value={`${a(s.q1)} to ${a(s.q3)}`} />
          <Figure name="range" term="Range" value={`${a(s.min)} to ${a(s.max)}`} />
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
      <ul class="tl-votes-notes" aria-label="What these figures can tell">
        {honestyNotes(f).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <Figures f={f} />
      {options.histogram ? (
        <section class="tl-votes-section" aria-labelledby="tl-votes-scores">
          <h3 class="tl-votes-h" id="tl-votes-scores">Scores of loaded comments</h3>
          <Histogram bins={f.bins} approx={f.stats?.approx ?? false} />
        </section>
      ) : null}
      <CommentList title="Top comments" ids={f.top} byId={byId} split={false} empty="No comment shows a score." onShow={onShow} />
      {f.mode === 'shown' && options.controversial ? (
        <CommentList
          title="Most controversial"
          ids={f.controversial}
          byId={byId}
          split
          empty="No comment has many upvotes and many downvotes."
          onShow={onShow}
        />
      ) : null}
      <Subthreads roots={thread.roots} byId={byId} spread={votes.spread.value} onShow={onShow} />
    </div>
  );
}
