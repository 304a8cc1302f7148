import { t } from '../../utils/i18n';
import type { SidebarLayout } from '../../utils/session/sidebar-layout';
import { clampWidth } from '../../utils/session/sidebar-layout';
import { WIDTH_MAX, WIDTH_MIN } from '../../utils/settings/schema';

export interface ResizeHandleProps {
  side: 'left' | 'right';
  layout: SidebarLayout;
  /** Keep the new width (settings); called once per drag or key press. */
  onResize: (width: number) => void;
}

const STEP = 16;

/**
 * The sidebar's inner edge: drag it, or focus it and use the arrow keys. A
 * window splitter in ARIA terms (role="separator" with a value).
 */
export function ResizeHandle({ side, layout, onResize }: ResizeHandleProps) {
  // Dragging away from the docked edge widens the sidebar.
  const grow = side === 'right' ? -1 : 1;
  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    const startX = event.clientX;
    const startWidth = layout.width.value;
    handle.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => (layout.draft.value = clampWidth(startWidth + grow * (e.clientX - startX)));
    const end = () => {
      handle.removeEventListener('pointermove', move);
      const width = layout.draft.value;
      layout.draft.value = null;
      if (width !== null && width !== startWidth) onResize(width);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end, { once: true });
    handle.addEventListener('pointercancel', end, { once: true });
    event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const by = event.key === 'ArrowLeft' ? -STEP : event.key === 'ArrowRight' ? STEP : 0;
    if (!by) return;
    event.preventDefault();
    event.stopPropagation();
    // The edge moves the way the arrow points, as a drag would.
    onResize(clampWidth(layout.width.value + grow * by));
  };
  return (
    <div
      class="tl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('sidebar.resize')}
      aria-valuenow={layout.width.value}
      aria-valuemin={WIDTH_MIN}
      aria-valuemax={WIDTH_MAX}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
