import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { clearHighlight, FLASH_HIGHLIGHT, highlightCss, QUOTE_HIGHLIGHT, setHighlight } from '../lemmy/highlight';
import { ownStyle, showComment, showElement } from '../lemmy/host-actions';
import { quoteControlKey, removeQuoteControls, syncQuoteControls, topLevelQuotes, type Backlink, type QuoteHeader } from '../lemmy/quote-controls';
import * as S from '../lemmy/selectors';
import { rangesForSpans } from '../lemmy/text-ranges';
import { DEFAULT_QUOTE_OPTIONS, matchQuotes, quoteMarks, type QuoteLink, type QuoteMarks } from '../quotes';
import type { Settings } from '../settings/schema';
import type { Thread } from '../thread/types';
import type { Session } from './session';
import { measured } from '../perf';

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
  const links = computed(() => {
    const thread = model.thread.value;
    const { minWords, sources } = settings.value.quotes;
    const options = { ...DEFAULT_QUOTE_OPTIONS, minWords, sources };
    return measured('quotes', () => matchQuotes(thread, undefined, options));
  });
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

  let applied = '';
  const stopSync = effect(() => {
    const list = links.value;
    const thread = model.thread.value;
    style.textContent = highlightCss(settings.value.quotes.color);
    // Re-apply only when something changed: our own writes must not loop through the observer.
    const signature = `${thread.byId.size}|${list.map((l) => `${l.quoteOf}.${l.quoteIndex}>${sourceKey(l)}@${l.ranges.map((r) => `${r.start}-${r.end}`).join(',')}`).join(';')}`;
    if (signature === applied && doc.querySelector('[data-threadlens-ui]')) return;
    applied = signature;
    const headers: QuoteHeader[] = [];
    const bySource = new Map<string, QuoteLink[]>();
    for (const link of list) {
      const quote = quoteElement(link);
      if (quote) headers.push({ quote, label: `quoting ${authorOf(thread, link)} ↑`, key: `q:${link.quoteOf}:${link.quoteIndex}` });
      const group = bySource.get(sourceKey(link)) ?? [];
      group.push(link);
      bySource.set(sourceKey(link), group);
    }
    const backlinks: Backlink[] = [];
    for (const [key, group] of bySource) {
      const body = bodyOf(group[0]!);
      if (body) backlinks.push({ body, label: `quoted by ${group.length} ↓`, key: `b:${key}` });
    }
    syncQuoteControls(doc, headers, backlinks);
    setHighlight(doc, QUOTE_HIGHLIGHT, list.flatMap(rangesOf));
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
