import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { followMedia } from '../lemmy/viewport';
import { WIDTH_MAX, WIDTH_MIN, type Settings } from '../settings/schema';

/** Below this window width the sidebar folds to a toggle and opens over the page. */
export const NARROW_QUERY = '(max-width: 760px)';

export interface SidebarLayout {
  /** The window is too narrow to dock the sidebar beside lemmy-ui. */
  narrow: ReadonlySignal<boolean>;
  /** On a narrow window: the reader opened the sidebar (it overlays the page). */
  narrowOpen: Signal<boolean>;
  /** Width while the reader drags the edge; null when not dragging. */
  draft: Signal<number | null>;
  width: ReadonlySignal<number>;
  /** The sidebar covers the page instead of pushing it: by choice, or on a narrow window. */
  overlay: ReadonlySignal<boolean>;
  /**
   * Only its button shows. A narrow window folds the sidebar whatever the stored
   * choice, and opening it there is for now only; elsewhere the stored choice rules.
   */
  closed: ReadonlySignal<boolean>;
  show(): void;
  hide(): void;
  dispose(): void;
}

export function clampWidth(px: number): number {
  return Math.round(Math.min(WIDTH_MAX, Math.max(WIDTH_MIN, px)));
}

/** Where and how wide the sidebar is, from settings and the window; follows window resizes. */
export function createSidebarLayout(win: Window, settings: ReadonlySignal<Settings>, hidden: Signal<boolean>): SidebarLayout {
  const narrow = signal(false);
  const unfollow = followMedia(win, NARROW_QUERY, (matches) => (narrow.value = matches));
  const draft = signal<number | null>(null);
  const narrowOpen = signal(false);
  return {
    narrow,
    narrowOpen,
    draft,
    closed: computed(() => (narrow.value ? !narrowOpen.value : hidden.value)),
    show: () => (narrow.value ? (narrowOpen.value = true) : (hidden.value = false)),
    hide: () => (narrow.value ? (narrowOpen.value = false) : (hidden.value = true)),
    width: computed(() => clampWidth(draft.value ?? settings.value.sidebar.width)),
    overlay: computed(() => narrow.value || settings.value.sidebar.layout === 'overlay'),
    dispose: unfollow,
  };
}
