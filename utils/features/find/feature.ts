import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { clearHighlight, SEARCH_HIGHLIGHT, setHighlight } from '../../lemmy/highlight';
import { commentBody } from '../../lemmy/read-comment';
import { rangesForSpans } from '../../lemmy/text-ranges';
import { parseQuery, searchThread, type SearchHit } from '../../thread/find';
import type { CommentId } from '../../thread/types';
import type { Session } from '../../session/session';

export interface FindFeature {
  query: ReadonlySignal<string>;
  /** Matching comments in the outline's order. */
  hits: ReadonlySignal<SearchHit[]>;
  hitIds: ReadonlySignal<ReadonlySet<CommentId>>;
  /** Position of the hit last shown (0-based), or -1 before the first step. */
  position: ReadonlySignal<number>;
  setQuery(query: string): void;
  /** True from the "search" key until the box has focus (the sidebar shows the outline tab for it). */
  wantsFocus: ReadonlySignal<boolean>;
  /** Focuses the find box now if it is there, else as soon as the sidebar renders it. */
  focus(): void;
  /** The find box's ref: the sidebar hands it the input when it renders it. */
  attachInput(input: HTMLInputElement | null): void;
  /**
   * A key typed while the box is on its way (the sidebar was hidden or on
   * another tab): printable keys go into the query instead of running
   * commands ("/the" must not run `t`). True when the key was taken.
   */
  typeAhead(event: KeyboardEvent): boolean;
  /** Shows the next (1) or previous (-1) hit after the selected comment, wrapping, with its words highlighted. */
  step(by: 1 | -1): void;
}

/**
 * Find in thread for one session. Typing only counts and marks rows; Enter
 * (step) jumps, expanding collapsed subthreads on the way, and highlights the
 * hit's words in the page (CSS Custom Highlight API: no DOM change).
 */
export function startFind(doc: Document, session: Session, show: (id: CommentId, options?: { jump?: boolean }) => void): FindFeature {
  const { outline } = session;
  const query = signal('');
  const shown = signal<CommentId | null>(null);
  const wantsFocus = signal(false);
  let input: HTMLInputElement | null = null;
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
    const body = hit.spans.length ? commentBody(session.elementOf(to)) : null;
    const ranges = body ? rangesForSpans(body, hit.spans) : [];
    show(to, { jump: true });
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
    focus: () => {
      if (input?.isConnected) {
        wantsFocus.value = false;
        input.focus();
      } else wantsFocus.value = true;
    },
    attachInput: (el) => {
      input = el;
      if (el && wantsFocus.peek()) {
        wantsFocus.value = false;
        el.focus();
      }
    },
    typeAhead: (event) => {
      if (!wantsFocus.peek() || event.ctrlKey || event.altKey || event.metaKey) return false;
      if (event.key === 'Backspace') query.value = query.peek().slice(0, -1);
      else if ([...event.key].length === 1) query.value += event.key;
      else {
        // Escape, an arrow, Tab: the reader went elsewhere; stop waiting.
        wantsFocus.value = false;
        return false;
      }
      shown.value = null;
      return true;
    },
  };
}
