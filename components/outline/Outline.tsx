import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { QuoteMarks } from '../../utils/quotes';
import type { OutlineModel } from '../../utils/session/outline-model';
import type { CommentData, CommentId } from '../../utils/thread/types';
import { rowVotes } from '../../utils/votes/row';
import { OutlineRow, ROW_HEIGHT } from './OutlineRow';

const OVERSCAN = 8;

export interface OutlineProps {
  outline: OutlineModel;
  byId: ReadonlyMap<CommentId, CommentData>;
  /** The comment at the top of the page's viewport. */
  inView: CommentId | null;
  /** Select a row and show its comment in the page. */
  onActivate: (id: CommentId) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** Quote markers by comment id. */
  marks?: ReadonlyMap<CommentId, QuoteMarks>;
  /** Comments new since the last visit, and how many new ones each has below it. */
  fresh?: ReadonlySet<CommentId>;
  freshBelow?: ReadonlyMap<CommentId, number>;
  /** Comments matching the find box. */
  matches?: ReadonlySet<CommentId>;
}

/**
 * The thread as an ARIA tree. Only the rows in view are rendered (fixed row
 * height), so 10,000 comments cost as much as 30.
 */
export function Outline({ outline, byId, inView, onActivate, onKeyDown, marks, fresh, freshBelow, matches }: OutlineProps) {
  const box = useRef<HTMLDivElement>(null);
  const scrollTop = useSignal(0);
  const height = useSignal(600);
  const rows = outline.rows.value;
  const selected = outline.selected.value;
  const descendants = outline.descendants.value;
  const spread = outline.votes.spread.value;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    height.value = el.clientHeight || 600;
    const observer = new ResizeObserver(() => (height.value = el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row rendered and focused when it changes (keyboard, jumps).
  useEffect(() => {
    const el = box.current;
    const index = rows.findIndex((r) => r.id === selected);
    if (!el || index < 0) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    scrollTop.value = el.scrollTop;
    const shadow = el.getRootNode() as ShadowRoot | Document;
    if (shadow.activeElement && el.contains(shadow.activeElement)) {
      requestAnimationFrame(() => el.querySelector<HTMLElement>(`[data-comment-id="${selected}"]`)?.focus());
    }
  }, [selected, rows]);

  const first = Math.max(0, Math.floor(scrollTop.value / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop.value + height.value) / ROW_HEIGHT) + OVERSCAN);
  const focusable = rows.some((r) => r.id === selected) ? selected : (rows[first]?.id ?? null);

  return (
    <div
      ref={box}
      class="tl-outline"
      role="tree"
      aria-label="Comments"
      onScroll={(e) => (scrollTop.value = (e.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="tl-outline-space" role="none" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {rows.slice(first, last).map((row, i) => (
          <OutlineRow
            key={row.id}
            row={row}
            comment={byId.get(row.id)!}
            replies={descendants.get(row.id) ?? 0}
            top={(first + i) * ROW_HEIGHT}
            selected={row.id === selected}
            focusable={row.id === focusable}
            inView={row.id === inView}
            votes={rowVotes(spread, row.id)}
            marks={marks?.get(row.id)}
            isNew={fresh?.has(row.id) ?? false}
            newBelow={freshBelow?.get(row.id) ?? 0}
            match={matches?.has(row.id) ?? false}
            onSelect={onActivate}
            onToggle={(id) => outline.toggle(id)}
          />
        ))}
      </div>
    </div>
  );
}
