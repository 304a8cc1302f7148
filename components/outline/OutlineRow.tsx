import { commentWords } from '../../utils/features/outline/describe';
import type { RowView } from '../../utils/features/outline/rows';
import { formatNumber, plural, t } from '../../utils/i18n';
import type { CommentData } from '../../utils/thread/types';
import type { RowVotes } from '../../utils/votes/row';
import { PersonTag } from '../people/PersonTag';
import { ControversialMark } from '../votes/ControversialMark';
import { subthreadVotesText } from '../votes/words';

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

/** The score as shown ("≈1.2K" read as ≈1,200) and as read out ("about 1,200 points"). */
function Score({ c }: { c: CommentData }) {
  const score = c.votes.score ?? c.votes.up;
  if (!score) return <span class="tl-score tl-sr-only">{t('outline.noScore')}</span>;
  return (
    <span class="tl-score">
      <span aria-hidden="true">{`${score.approx ? '≈' : ''}${formatNumber(score.value)}`}</span>
      <span class="tl-sr-only">{plural(score.approx ? 'comment.aboutPoints' : 'comment.points', score.value)}</span>
    </span>
  );
}

/**
 * Indentation in px: 12 a level to depth 6, then 4 a level to depth 16, so that a reply thirty
 * levels down keeps room for its author's name (aria-level gives screen readers the true depth).
 */
const indentOf = (depth: number) => Math.min(depth, 6) * 12 + Math.max(0, Math.min(depth, 16) - 6) * 4;

/** One comment in the outline: a treeitem, indented by depth. Text goes through Preact, never HTML. */
export function OutlineRow({ view, top, selected, focusable, inView, onSelect, onToggle }: OutlineRowProps) {
  const { row, comment, replies, votes, marks, isNew, newBelow, match, unread, person, followed, muted } = view;
  const indent = indentOf(row.depth);
  return (
    <div
      role="treeitem"
      id={`tl-row-${row.id}`}
      class={`tl-row${inView ? ' tl-row-inview' : ''}${isNew ? ' tl-row-new' : ''}${match ? ' tl-row-match' : ''}${comment.offPage ? ' tl-row-off' : ''}${unread ? ' tl-row-unread' : ''}${followed ? ' tl-row-followed' : ''}${muted ? ' tl-row-muted' : ''}`}
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
          {comment.offPage ? <span class="tl-off-mark" aria-hidden="true" title={t('outline.offPageTitle')}>◌</span> : null}
          {unread ? (
            <span class="tl-unread-dot">
              <span class="tl-sr-only">{t('reading.unreadRow')}</span>
            </span>
          ) : null}
          <span class="tl-author" dir="auto">{comment.author.display}</span>
          {person?.tag ? <PersonTag tag={person.tag} color={person.color} /> : null}
          {followed ? <span class="tl-sr-only">{t('people.rowFollowed')}</span> : null}
          {muted ? <span class="tl-sr-only">{t('people.rowMuted')}</span> : null}
          {comment.badges.op ? <span class="tl-badge">{t('outline.op')}</span> : null}
          {isNew ? <span class="tl-badge tl-new">{t('outline.new')}</span> : null}
          {/* The row's accessible name is its text: visible parts plus words for the symbols. */}
          <Score c={comment} />
          {replies > 0 ? (
            <span class="tl-replies">
              <span aria-hidden="true">{`↳${formatNumber(replies)}`}</span>
              <span class="tl-sr-only">{plural('comment.replies', replies)}</span>
            </span>
          ) : null}
          {comment.moreReplies > 0 ? (
            <span class="tl-more">
              <span aria-hidden="true">{`+${formatNumber(comment.moreReplies)}`}</span>
              <span class="tl-sr-only">{plural('outline.notLoaded', comment.moreReplies)}</span>
            </span>
          ) : null}
          {newBelow > 0 && row.hasChildren && !row.expanded ? (
            <span class="tl-new-below" title={plural('outline.newBelowTitle', newBelow)}>
              <span aria-hidden="true">{t('outline.newBelow', newBelow)}</span>
              <span class="tl-sr-only">{plural('outline.newBelowHidden', newBelow)}</span>
            </span>
          ) : null}
          {votes ? <VoteBar votes={votes} /> : null}
          {votes?.controversial ? <ControversialMark /> : null}
          {marks?.quotes ? <Mark symbol="❝" text={plural('outline.quotes', marks.quotes)} cls="tl-mark-quotes" /> : null}
          {marks?.quotedBy ? <Mark symbol={`❞${formatNumber(marks.quotedBy)}`} text={plural('outline.quotedBy', marks.quotedBy)} cls="tl-mark-quoted" /> : null}
        </span>
        <span class="tl-words" dir="auto">{commentWords(comment).slice(0, 120)}</span>
        {match ? <span class="tl-sr-only">{t('outline.matches')}</span> : null}
        {comment.offPage ? <span class="tl-sr-only">{t('outline.offPage')}</span> : null}
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
    <span class="tl-vbar" title={subthreadVotesText(votes)} aria-hidden="true">
      <span class="tl-vbar-up" style={{ width: pct(votes.up) }} />
      <span class="tl-vbar-down" style={{ width: pct(votes.down) }} />
    </span>
  );
}
