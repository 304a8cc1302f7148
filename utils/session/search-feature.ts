import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { clearHighlight, SEARCH_HIGHLIGHT, setHighlight } from '../lemmy/highlight';
import * as S from '../lemmy/selectors';
import { rangesForSpans } from '../lemmy/text-ranges';
import { parseQuery, searchThread, type SearchHit } from '../thread/search';
import type { CommentId } from '../thread/types';
import type { PageControls } from './page-controls';
import type { Session } from './session';

export interface SearchFeature {
  query: ReadonlySignal<string>;
  /** Matching comments in the outline's order. */
  hits: ReadonlySignal<SearchHit[]>;
  hitIds: ReadonlySignal<ReadonlySet<CommentId>>;
  /** Position of the hit last shown (0-based), or -1 before the first step. */
  position: ReadonlySignal<number>;
  setQuery(query: string): void;
  /** Set by the "search" key; the sidebar takes it (focuses the box) and clears it. */
  wantsFocus: ReadonlySignal<boolean>;
  requestFocus(): void;
  focusTaken(): void;
  /** Shows the next (1) or previous (-1) hit after the selected comment, wrapping, with its words highlighted. */
  step(by: 1 | -1): void;
}

/**
 * Find in thread for one session. Typing only counts and marks rows; Enter
 * (step) jumps, expanding collapsed subthreads on the way, and highlights the
 * hit's words in the page (CSS Custom Highlight API: no DOM change).
 */
export function startSearch(doc: Document, session: Session, controls: Pick<PageControls, 'show'>): SearchFeature {
  const { outline } = session;
  const query = signal('');
  const shown = signal<CommentId | null>(null);
  const wantsFocus = signal(false);
  const parsed = computed(() => parseQuery(query.value));
  const hits = computed(() => (parsed.value ? searchThread(outline.ordered.value, parsed.value) : []));
  const hitIds = computed(() => new Set(hits.value.map((h) => h.id)));
  const position = computed(() => (shown.value === null ? -1 : hits.value.findIndex((h) => h.id === shown.value)));

  // A new query, or a thread where the shown hit is gone: its highlight goes.
  const stopStale = effect(() => {
    if (position.value < 0) clearHighlight(doc, SEARCH_HIGHLIGHT);
  });

  const step = (by: 1 | -1) => {
    const to = outline.stepAmong(hitIds.value, outline.selected.value, by);
    if (to === null) return;
    const hit = hits.value.find((h) => h.id === to)!;
    // Read (the body's text map), then write (scroll, flash), then highlight (no DOM change).
    const body = hit.spans.length ? session.elementOf(to)?.querySelector(S.commentBody) : null;
    const ranges = body ? rangesForSpans(body, hit.spans) : [];
    controls.show(to, { jump: true });
    shown.value = to;
    setHighlight(doc, SEARCH_HIGHLIGHT, ranges);
  };

  session.signal.addEventListener(
    'abort',
    () => {
      stopStale();
      clearHighlight(doc, SEARCH_HIGHLIGHT);
    },
    { once: true },
  );
  return {
    query,
    hits,
    hitIds,
    position,
    setQuery: (q) => {
      query.value = q;
      shown.value = null;
    },
    step,
    wantsFocus,
    requestFocus: () => (wantsFocus.value = true),
    focusTaken: () => (wantsFocus.value = false),
  };
}
