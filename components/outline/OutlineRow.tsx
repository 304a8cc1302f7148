import type { RowView } from '../../utils/features/outline/rows';
import type { CommentData } from '../../utils/thread/types';
import type { RowVotes } from '../../utils/votes/row';
import { ownWords } from '../../utils/thread/describe';
import { ControversialMark } from '../votes/ControversialMark';

export const ROW_HEIGHT = 44;

export interface OutlineRowProps {
  /** What the row shows (utils/features/outline/rows). */
  view: RowView;
  top: number;
  selected: boolean;
  /** The one row in the tab order (roving tabindex). */
  focusable: boolean;
  inView: boolean;
  onSelect: (id: number) => void;
  onToggle: (id: number) => void;
}

function scoreText(c: CommentData): string {
  const v = c.votes;
  const score = v.score ?? v.up;
  if (!score) return '';
  return `${score.approx ? '≈' : ''}${score.value}`;
}

/** One comment in the outline: a treeitem, indented by depth. Text goes through Preact, never HTML. */
export function OutlineRow({ view, top, selected, focusable, inView, onSelect, onToggle }: OutlineRowProps) {
  const { row, comment, replies, votes, marks, isNew, newBelow, match } = view;
  const indent = Math.min(row.depth, 12) * 12;
  return (
    <div
      role="treeitem"
      id={`tl-row-${row.id}`}
      class={`tl-row${inView ? ' tl-row-inview' : ''}${isNew ? ' tl-row-new' : ''}${match ? ' tl-row-match' : ''}${comment.offPage ? ' tl-row-off' : ''}`}
      aria-level={row.depth + 1}
      aria-setsize={row.setsize}
      aria-posinset={row.posinset}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      data-comment-id={row.id}
      style={{ top: `${top}px`, height: `${ROW_HEIGHT}px`, paddingLeft: `${indent + 4}px` }}
      onClick={() => onSelect(row.id)}
    >
      <span
        class="tl-twisty"
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          if (row.hasChildren) onToggle(row.id);
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : '·'}
      </span>
      <span class="tl-row-body">
        <span class="tl-row-meta">
          {comment.offPage ? <span class="tl-off-mark" aria-hidden="true" title="Not on the page yet">◌</span> : null}
          <span class="tl-author" dir="auto">{comment.author.display}</span>
          {comment.badges.op ? <span class="tl-badge">OP</span> : null}
          {isNew ? <span class="tl-badge tl-new">new</span> : null}
          {/* The row's accessible name is its text: visible parts plus words for the symbols. */}
          <span class="tl-score">
            {scoreText(comment)}
            <span class="tl-sr-only">{scoreText(comment) ? ' points' : 'no score'}</span>
          </span>
          {replies > 0 ? (
            <span class="tl-replies">
              <span aria-hidden="true">{`↳${replies}`}</span>
              <span class="tl-sr-only">{`${replies} ${replies === 1 ? 'reply' : 'replies'}`}</span>
            </span>
          ) : null}
          {comment.moreReplies > 0 ? (
            <span class="tl-more">
              <span aria-hidden="true">{`+${comment.moreReplies}`}</span>
              <span class="tl-sr-only">{`${comment.moreReplies} not loaded`}</span>
            </span>
          ) : null}
          {newBelow > 0 && row.hasChildren && !row.expanded ? (
            <span class="tl-new-below" title={`${newBelow} new in its hidden replies`}>
              <span aria-hidden="true">{`+${newBelow} new`}</span>
              <span class="tl-sr-only">{`${newBelow} new hidden`}</span>
            </span>
          ) : null}
          {votes ? <VoteBar votes={votes} /> : null}
          {votes?.controversial ? <ControversialMark /> : null}
          {marks?.quotes ? <Mark symbol="❝" text={`quotes ${marks.quotes}`} cls="tl-mark-quotes" /> : null}
          {marks?.quotedBy ? <Mark symbol={`❞${marks.quotedBy}`} text={`quoted ${marks.quotedBy} ${marks.quotedBy === 1 ? 'time' : 'times'}`} cls="tl-mark-quoted" /> : null}
        </span>
        <span class="tl-words" dir="auto">{ownWords(comment).slice(0, 120)}</span>
        {match ? <span class="tl-sr-only">, matches the search</span> : null}
        {comment.offPage ? <span class="tl-sr-only">, not on the page yet</span> : null}
      </span>
    </div>
  );
}

/** A symbol for sighted readers, words for screen readers. */
function Mark({ symbol, text, cls }: { symbol: string; text: string; cls: string }) {
  return (
    <span class={`tl-mark ${cls}`} title={text}>
      <span aria-hidden="true">{symbol}</span>
      <span class="tl-sr-only">{text}</span>
    </span>
  );
}

/** The subthread's votes as a small bar: upvotes then downvotes, against the biggest subthread. */
function VoteBar({ votes }: { votes: RowVotes }) {
  const pct = (x: number) => `${Math.min(100, x * 100).toFixed(1)}%`;
  return (
    <span class="tl-vbar" title={votes.text} aria-hidden="true">
      <span class="tl-vbar-up" style={{ width: pct(votes.up) }} />
      <span class="tl-vbar-down" style={{ width: pct(votes.down) }} />
    </span>
  );
}
