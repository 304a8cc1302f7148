import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { clearHighlight, FLASH_HIGHLIGHT, highlightCss, QUOTE_HIGHLIGHT, setHighlight } from '../lemmy/highlight';
import { ownStyle, showComment, showElement } from '../lemmy/host-actions';
import { quoteControlKey, removeQuoteControls, syncQuoteControls, topLevelQuotes, type Backlink, type QuoteHeader } from '../lemmy/quote-controls';
import * as S from '../lemmy/selectors';
import { rangesForSpans } from '../lemmy/text-ranges';
import { DEFAULT_QUOTE_OPTIONS, quoteMarks, quoteMatcher, type QuoteLink, type QuoteMarks, type QuoteOptions } from '../quotes';
import type { Settings } from '../settings/schema';
import type { Thread } from '../thread/types';
import type { Session } from './session';
import { inSlices, measured } from '../perf';

/** A quote the reader points at or focuses, and where to show its source beside it. */
export interface QuotePreview {
  link: QuoteLink;
  /** Viewport position of the quote's bottom-left corner. */
  x: number;
  y: number;
}

export interface QuotesFeature {
  links: ReadonlySignal<QuoteLink[]>;
  preview: ReadonlySignal<QuotePreview | null>;
  /** Outline markers: which comments quote and which are quoted. */
  marks: ReadonlySignal<Map<number, QuoteMarks>>;
  /** Jump from a quote to its source and flash the quoted span. */
  toSource(link: QuoteLink): void;
  /** Jump from a source to the quote. */
  toQuote(link: QuoteLink): void;
}

const FLASH_MS = 1500;
/** Threads up to this many comments are matched at once; bigger ones a slice per task (utils/perf). */
const MATCH_AT_ONCE = 400;
/** Links decorated at once; more take a slice per task. */
const DECORATE_AT_ONCE = 100;

/** Matches the thread's quotes, then calls `done`; returns a function that cancels a sliced run. */
function matchThread(thread: Thread, options: QuoteOptions, done: (links: QuoteLink[]) => void, lifetime: AbortSignal): () => void {
  if (thread.byId.size <= MATCH_AT_ONCE) {
    const matcher = quoteMatcher(thread, options);
    measured('quotes', () => matcher.step(Infinity));
    done(matcher.links);
    return () => {};
  }
  const controller = new AbortController();
  const cancel = () => controller.abort();
  lifetime.addEventListener('abort', cancel, { once: true });
  // Set up in the first slice, not in the task that published the thread (that one draws the outline).
  let matcher: ReturnType<typeof quoteMatcher> | null = null;
  const step = (deadline: number) => (matcher ??= quoteMatcher(thread, options)).step(deadline);
  inSlices('quotes', step, () => done(matcher!.links), controller.signal);
  return () => {
    lifetime.removeEventListener('abort', cancel);
    cancel();
  };
}

function sourceKey(link: QuoteLink): string {
  return link.source.kind === 'post' ? 'post' : String(link.source.id);
}

function authorOf(thread: Thread, link: QuoteLink): string {
  if (link.source.kind === 'post') return thread.post?.author ? `the post by @${thread.post.author.name}` : 'the post';
  const c = thread.byId.get(link.source.id);
  return c ? `@${c.author.name}` : 'a comment';
}

/**
 * Links quotes to their sources on the page: highlight, headers, backlinks,
 * jumps both ways. Pure matching lives in utils/quotes; this only wires it to
 * the page and the session's lifetime.
 */
export function startQuotes(doc: Document, session: Session, settings: ReadonlySignal<Settings>): QuotesFeature {
  const { model, outline } = session;
  const style = ownStyle(doc, 'threadlens-quote-style');
  // Strings, so that a settings change elsewhere (or settings loading item by item) neither
  // re-matches the thread nor rewrites the stylesheet, which restyles the whole page.
  const matchKey = computed(() => JSON.stringify([settings.value.quotes.minWords, settings.value.quotes.sources]));
  const css = computed(() => highlightCss(settings.value.quotes.color));
  const links = signal<QuoteLink[]>([]);
  const stopMatch = effect(() => {
    const thread = model.thread.value;
    void matchKey.value;
    const { minWords, sources } = settings.peek().quotes;
    return matchThread(thread, { ...DEFAULT_QUOTE_OPTIONS, minWords, sources }, (found) => (links.value = found), session.signal);
  });
  const stopStyle = effect(() => void (style.textContent = css.value));
  const flashTimer = signal<ReturnType<typeof setTimeout> | null>(null);

  const bodyOf = (link: QuoteLink): Element | null =>
    link.source.kind === 'post' ? doc.querySelector(S.postBody) : session.elementOf(link.source.id)?.querySelector(S.commentBody) ?? null;
  const quoteElement = (link: QuoteLink): Element | null => {
    const body = session.elementOf(link.quoteOf)?.querySelector(S.commentBody);
    return body ? (topLevelQuotes(body)[link.quoteIndex] ?? null) : null;
  };
  const rangesOf = (link: QuoteLink): Range[] => {
    const body = bodyOf(link);
    return body ? rangesForSpans(body, link.ranges) : [];
  };

  // Headers, backlinks and highlights for the links: a slice per task on big threads, like matching.
  const decorate = (list: QuoteLink[], thread: Thread, signature: string, lifetime: AbortSignal) => {
    const headers: QuoteHeader[] = [];
    const bySource = new Map<string, QuoteLink[]>();
    const ranges: Range[] = [];
    let next = 0;
    const step = (deadline: number) => {
      while (next < list.length) {
        const link = list[next++]!;
        const quote = quoteElement(link);
        if (quote) headers.push({ quote, label: `quoting ${authorOf(thread, link)} ↑`, key: `q:${link.quoteOf}:${link.quoteIndex}` });
        const group = bySource.get(sourceKey(link)) ?? [];
        group.push(link);
        bySource.set(sourceKey(link), group);
        ranges.push(...rangesOf(link));
        if ((next & 7) === 0 && performance.now() >= deadline) break;
      }
      return next >= list.length;
    };
    const done = () => {
      const backlinks: Backlink[] = [];
      for (const [key, group] of bySource) {
        const body = bodyOf(group[0]!);
        if (body) backlinks.push({ body, label: `quoted by ${group.length} ↓`, key: `b:${key}` });
      }
      // Nothing placed yet and nothing to place: skip the search of the whole page for old controls.
      if (placed || headers.length || backlinks.length) syncQuoteControls(doc, headers, backlinks);
      placed ||= headers.length + backlinks.length > 0;
      setHighlight(doc, QUOTE_HIGHLIGHT, ranges);
      applied = signature;
    };
    if (list.length > DECORATE_AT_ONCE) return inSlices('quote-marks', step, done, lifetime);
    measured('quote-marks', () => step(Infinity) && done());
  };

  let applied = '';
  let placed = false;
  // Runs when the links are found, which is after each thread change.
  const stopSync = effect(() => {
    const list = links.value;
    const thread = model.thread.peek();
    // Re-apply only when something changed: our own writes must not loop through the observer.
    const signature = `${thread.byId.size}|${list.map((l) => `${l.quoteOf}.${l.quoteIndex}>${sourceKey(l)}@${l.ranges.map((r) => `${r.start}-${r.end}`).join(',')}`).join(';')}`;
    if (signature === applied && doc.querySelector('[data-threadlens-ui]')) return;
    const job = new AbortController();
    const cancel = () => job.abort();
    session.signal.addEventListener('abort', cancel, { once: true });
    decorate(list, thread, signature, job.signal);
    return () => {
      session.signal.removeEventListener('abort', cancel);
      cancel();
    };
  });

  const flash = (link: QuoteLink) => {
    setHighlight(doc, FLASH_HIGHLIGHT, rangesOf(link));
    if (flashTimer.value) clearTimeout(flashTimer.value);
    flashTimer.value = setTimeout(() => clearHighlight(doc, FLASH_HIGHLIGHT), FLASH_MS);
  };

  const toSource = (link: QuoteLink) => {
    outline.select(link.quoteOf);
    if (link.source.kind === 'comment') {
      outline.select(link.source.id, { jump: true });
      const el = session.elementOf(link.source.id);
      if (el) showComment(el);
    } else {
      outline.pushJump(link.quoteOf);
      const body = bodyOf(link);
      if (body) showElement(body);
    }
    flash(link);
  };

  const cursor = new Map<string, number>();
  const toQuote = (link: QuoteLink) => {
    outline.select(link.quoteOf, { jump: true });
    const quote = quoteElement(link);
    if (quote) showElement(quote);
    else {
      const el = session.elementOf(link.quoteOf);
      if (el) showComment(el);
    }
  };

  const onClick = (event: MouseEvent) => {
    const key = quoteControlKey(event);
    if (!key) return;
    event.preventDefault();
    const [kind, a, b] = key.split(':');
    const list = links.value;
    if (kind === 'q') {
      const link = list.find((l) => l.quoteOf === Number(a) && l.quoteIndex === Number(b));
      if (link) toSource(link);
    } else if (kind === 'b') {
      // Repeated clicks on one backlink visit each quoting comment in turn.
      const group = list.filter((l) => sourceKey(l) === a);
      const i = cursor.get(a!) ?? 0;
      const link = group[i % Math.max(1, group.length)];
      cursor.set(a!, i + 1);
      if (link) toQuote(link);
    }
  };
  doc.addEventListener('click', onClick, { signal: session.signal });

  // Hover or focus on a linked quote (or its header) previews the source.
  const preview = signal<QuotePreview | null>(null);
  const linkAt = (target: EventTarget | null): { link: QuoteLink; el: Element } | null => {
    const el = target instanceof Element ? target : null;
    const header = el?.closest('[data-threadlens-key^="q:"]');
    const quote = header?.nextElementSibling ?? el?.closest('blockquote');
    if (!quote) return null;
    const link = links.value.find((l) => quoteElement(l) === quote);
    return link ? { link, el: quote } : null;
  };
  const onEnter = (event: Event) => {
    const found = linkAt(event.target);
    if (!found || preview.value?.link === found.link) return;
    const rect = found.el.getBoundingClientRect();
    preview.value = { link: found.link, x: rect.left, y: rect.bottom };
  };
  const onLeave = (event: Event) => {
    const from = linkAt(event.target);
    const to = linkAt((event as MouseEvent | FocusEvent).relatedTarget);
    if (from && to?.link !== from.link) preview.value = null;
  };
  for (const [type, handler] of [['mouseover', onEnter], ['focusin', onEnter], ['mouseout', onLeave], ['focusout', onLeave]] as const) {
    doc.addEventListener(type, handler, { signal: session.signal });
  }
  doc.addEventListener('scroll', () => (preview.value = null), { passive: true, signal: session.signal });
  session.signal.addEventListener(
    'abort',
    () => {
      stopMatch();
      stopStyle();
      stopSync();
      if (flashTimer.value) clearTimeout(flashTimer.value);
      clearHighlight(doc, QUOTE_HIGHLIGHT);
      clearHighlight(doc, FLASH_HIGHLIGHT);
      removeQuoteControls(doc);
      style.remove();
    },
    { once: true },
  );
  return { links, preview, marks: computed(() => quoteMarks(links.value)), toSource, toQuote };
}
