import type { CommentData } from '../../utils/thread/types';
import type { Row } from '../../utils/thread/outline';

export const ROW_HEIGHT = 44;

export interface OutlineRowProps {
  row: Row;
  comment: CommentData;
  replies: number;
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

function firstWords(c: CommentData): string {
  if (c.deleted) return '(deleted)';
  if (c.removed) return '(removed)';
  const own = c.quotes.reduce((text, q) => text.replace(q, ''), c.text).trim();
  return (own || c.text).slice(0, 120);
}

/** One comment in the outline: a treeitem, indented by depth. Text goes through Preact, never HTML. */
export function OutlineRow({ row, comment, replies, top, selected, focusable, inView, onSelect, onToggle }: OutlineRowProps) {
  const indent = Math.min(row.depth, 12) * 12;
  return (
    <div
      role="treeitem"
      id={`tl-row-${row.id}`}
      class={`tl-row${inView ? ' tl-row-inview' : ''}`}
      aria-level={row.depth + 1}
      aria-setsize={row.setsize}
      aria-posinset={row.posinset}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      aria-label={`${comment.author.display}, ${scoreText(comment) || 'no'} points, ${replies} replies: ${firstWords(comment).slice(0, 60)}`}
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
          <span class="tl-author">{comment.author.display}</span>
          {comment.badges.op ? <span class="tl-badge">OP</span> : null}
          <span class="tl-score">{scoreText(comment)}</span>
          {replies > 0 ? <span class="tl-replies">{`↳${replies}`}</span> : null}
          {comment.moreReplies > 0 ? <span class="tl-more">{`+${comment.moreReplies}`}</span> : null}
        </span>
        <span class="tl-words">{firstWords(comment)}</span>
      </span>
    </div>
  );
}
