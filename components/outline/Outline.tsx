import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { usePage } from '../common/page-context';
import { OutlineRow, ROW_HEIGHT } from './OutlineRow';
import { treeKeyDown } from './tree-keys';

const OVERSCAN = 8;

/**
 * The thread as an ARIA tree. Only the rows in view are rendered (fixed row
 * height), so 10,000 comments cost as much as 30. What each row shows comes
 * ready from the outline's rows (utils/features/outline/rows).
 */
export function Outline() {
  const { session, outline: page, rows: rowList } = usePage();
  const { outline } = session;
  const box = useRef<HTMLDivElement>(null);
  const scrollTop = useSignal(0);
  const height = useSignal(600);
  const rows = rowList.value;
  const selected = outline.selected.value;
  const inView = page.inView.value;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    height.value = el.clientHeight || 600;
    // The new height is rendered in a task after the frame that resized the box, not in that frame: a
    // render there laid the page out and intersected its observers a second time (10-14 ms of a 64-80 ms
    // frame at 10,000 comments, docs/performance.md). Meanwhile the rows past either edge (OVERSCAN) fill
    // the change.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver((entries) => {
      const next = entries[entries.length - 1]!.contentRect.height || 600;
      clearTimeout(timer);
      timer = setTimeout(() => (height.value = next), 0);
    });
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, []);

  // Keep the selected row rendered and focused when it changes (keyboard, jumps).
  useEffect(() => {
    const el = box.current;
    const index = selected === null ? -1 : rows.indexOf(selected);
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
  const focusable = selected !== null && rows.indexOf(selected) >= 0 ? selected : first < rows.length ? rows.at(first).row.id : null;
  const shown = [];
  for (let i = first; i < last; i++) shown.push(rows.at(i));

  return (
    <div
      ref={box}
      class="tl-outline"
      role="tree"
      aria-label={t('outline.label')}
      onScroll={(e) => (scrollTop.value = (e.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={(e) => treeKeyDown(e, outline, page.show)}
    >
      <div class="tl-outline-space" role="none" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {shown.map((view, i) => (
          <OutlineRow
            key={view.row.id}
            view={view}
            top={(first + i) * ROW_HEIGHT}
            selected={view.row.id === selected}
            focusable={view.row.id === focusable}
            inView={view.row.id === inView}
            onSelect={(id) => page.show(id)}
            onToggle={(id) => outline.toggle(id)}
          />
        ))}
      </div>
    </div>
  );
}
