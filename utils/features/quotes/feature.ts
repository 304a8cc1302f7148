import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { clearHighlight, DEFAULT_QUOTE_COLOR, FLASH_HIGHLIGHT, highlightCss, QUOTE_HIGHLIGHT, setHighlight } from '../../lemmy/highlight';
import { listen } from '../../lemmy/events';
import { showComment, showElement } from '../../lemmy/host-actions';
import { ownStyle } from '../../lemmy/page-style';
import { anyStillShown, quoteAt, quoteControlKey, quotePlacer, removeQuoteControls, topLevelQuotes, type Backlink, type QuoteHeader } from '../../lemmy/quote-controls';
import { commentBody } from '../../lemmy/read-comment';
import { postBody } from '../../lemmy/read-post';
import { bottomLeft } from '../../lemmy/viewport';
import { rangesForSpans } from '../../lemmy/text-ranges';
import { DEFAULT_QUOTE_OPTIONS, quoteMarks, quoteMatcher, type QuoteLink, type QuoteMarks, type QuoteOptions } from '../../quotes';
import type { Settings } from '../../settings/schema';
import { plural, t } from '../../i18n';
import { describeComment } from '../outline/describe';
import type { Thread } from '../../thread/types';
import type { Session } from '../../session/session';
import { measured } from '../../measure';
import { inSlices } from '../../tasks';

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
/** Links decorated in the task that found them when the thread is read: none, see `decorate`. */
const DECORATE_AT_ONCE = 0;

/**
 * Matches the thread's quotes in slices of their own, then calls `done`; returns a function that
 * cancels the run. Never in the task that published the thread: on a small page that task also
 * read it, and matching and decorating there (cold code, the language's number data) made one
 * task of 90-160 ms at 100 comments. In the task of a join, matching added 20-25 ms as well.
 */
function matchThread(thread: Thread, options: QuoteOptions, done: (links: QuoteLink[]) => void, lifetime: AbortSignal, atOnce = false): () => void {
  if (atOnce) {
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

/** A quote's header: "quoting @ana ↑", "quoting the post ↑", "quoting a deleted comment ↑". */
function headerOf(thread: Thread, link: QuoteLink): string {
  if (link.gone) return t(link.gone === 'deleted' ? 'quotes.headerDeleted' : 'quotes.headerRemoved');
  if (link.source.kind === 'post') return thread.post?.author ? t('quotes.headerPostBy', thread.post.author.name) : t('quotes.headerPost');
  const c = thread.byId.get(link.source.id);
  return c ? t('quotes.header', `@${c.author.name}`) : t('quotes.headerUnknown');
}

/**
 * Links quotes to their sources on the page: highlight, headers, backlinks,
 * jumps both ways. Pure matching lives in utils/quotes; this only wires it to
 * the page and the session's lifetime. `decorateAtOnce` is for tests, to
 * compare the sliced decoration with the one-task one on the same page.
 */
export interface QuotesOptions {
  /** Selects a comment and shows it in the page, bringing it in first when it is not there (the outline feature's). */
  show: (id: number, options?: { jump?: boolean }) => void;
  /** Links up to this many are decorated in one task (tests raise it, to compare with the sliced run). */
  decorateAtOnce?: number;
  /** Tests: match in the task that published the thread, so that a change reaches a decoration mid-way. */
  matchAtOnce?: boolean;
  /** Tells screen readers where a quote jump landed (./announcer). */
  announce?: (text: string) => void;
}

export function startQuotes(doc: Document, session: Session, settings: ReadonlySignal<Settings>, options: QuotesOptions): QuotesFeature {
  const { decorateAtOnce = DECORATE_AT_ONCE, matchAtOnce = false, announce, show } = options;
  const { model, outline } = session;
  // The default colour is among our page rules (../../lemmy/page-style); only another one gets a
  // <style> of its own, whose insertion restyles the whole page once.
  let style: HTMLStyleElement | null = null;
  // Strings, so that a settings change elsewhere (or settings loading item by item) neither
  // re-matches the thread nor rewrites the stylesheet, which restyles the whole page.
  const matchKey = computed(() => JSON.stringify([settings.value.quotes.minWords, settings.value.quotes.sources]));
  const css = computed(() => highlightCss(settings.value.quotes.color));
  const links = signal<QuoteLink[]>([]);
  const stopMatch = effect(() => {
    const thread = model.thread.value;
    void matchKey.value;
    const { minWords, sources } = settings.peek().quotes;
    return matchThread(thread, { ...DEFAULT_QUOTE_OPTIONS, minWords, sources }, (found) => (links.value = found), session.signal, matchAtOnce);
  });
  const stopStyle = effect(() => {
    const text = css.value;
    if (!style && settings.peek().quotes.color === DEFAULT_QUOTE_COLOR) return;
    style ??= ownStyle(doc, 'threadlens-quote-style');
    style.textContent = text;
  });
  const flashTimer = signal<ReturnType<typeof setTimeout> | null>(null);

  const bodyOf = (link: QuoteLink): Element | null =>
    link.source.kind === 'post' ? postBody(doc) : commentBody(session.elementOf(link.source.id));
  const quoteElement = (link: QuoteLink): Element | null => {
    const body = commentBody(session.elementOf(link.quoteOf));
    return body ? (topLevelQuotes(body)[link.quoteIndex] ?? null) : null;
  };
  const rangesOf = (link: QuoteLink): AbstractRange[] => {
    const body = bodyOf(link);
    return body ? rangesForSpans(body, link.ranges) : [];
  };

  // Headers, backlinks and highlights for the links. On big threads a slice per task, like
  // matching: first all the reads (quotes, bodies, ranges), then all the writes, so that no
  // task interleaves them (a read after a write would force style and layout).
  const decorate = (list: QuoteLink[], thread: Thread, signature: string, lifetime: AbortSignal) => {
    // Headers, then backlinks: the order syncQuoteControls places them in.
    const controls: (QuoteHeader | Backlink)[] = [];
    const bySource = new Map<string, QuoteLink[]>();
    const ranges: AbstractRange[] = [];
    let next = 0;
    const read = (deadline: number) => {
      while (next < list.length) {
        const link = list[next++]!;
        const quote = quoteElement(link);
        if (quote) controls.push({ quote, label: headerOf(thread, link), key: `q:${link.quoteOf}:${link.quoteIndex}` });
        const group = bySource.get(sourceKey(link)) ?? [];
        group.push(link);
        bySource.set(sourceKey(link), group);
        ranges.push(...rangesOf(link));
        if ((next & 7) === 0 && performance.now() >= deadline) break;
      }
      return next >= list.length;
    };
    const readBacklinks = () => {
      for (const [key, group] of bySource) {
        const body = bodyOf(group[0]!);
        if (body) controls.push({ body, label: plural('quotes.backlinks', group.length), key: `b:${key}` });
      }
    };
    const placer = quotePlacer(doc, shown);
    let written = 0;
    const write = (deadline: number) => {
      // The page stops showing `applied` here: if this run is cancelled half-way, the next
      // one must not skip the same links as done. Its placer reuses what this one put in.
      if (written === 0 && controls.length) applied = '';
      while (written < controls.length) {
        placer.place(controls[written++]!);
        if ((written & 7) === 0 && performance.now() >= deadline) break;
      }
      return written >= controls.length;
    };
    const finish = () => {
      placer.removeStale();
      setHighlight(doc, QUOTE_HIGHLIGHT, ranges);
      applied = signature;
    };
    if (list.length <= decorateAtOnce) {
      measured('quote-marks', () => {
        read(Infinity);
        readBacklinks();
        write(Infinity);
        finish();
      });
      return;
    }
    // Measures: 'quote-marks' (reads), 'quote-marks-done' (backlink bodies),
    // 'quote-marks-place' (writes), 'quote-marks-place-done' (stale controls, highlight).
    const startWriting = () => {
      readBacklinks();
      inSlices('quote-marks-place', write, finish, lifetime);
    };
    inSlices('quote-marks', read, startWriting, lifetime);
  };

  let applied = '';
  // Every quote control this feature put in the page: the ones a run finds stale are among them.
  const shown = new Set<Element>();
  // Runs when the links are found, which is after each thread change.
  const stopSync = effect(() => {
    const list = links.value;
    const thread = model.thread.peek();
    // Re-apply only when something changed: our own writes must not loop through the observer.
    const signature = `${thread.byId.size}|${list.map((l) => `${l.quoteOf}.${l.quoteIndex}>${sourceKey(l)}@${l.ranges.map((r) => `${r.start}-${r.end}`).join(',')}`).join(';')}`;
    if (signature === applied && anyStillShown(shown)) return;
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

  const describe = (id: number) => describeComment(model.thread.value, id, outline.descendants.value.get(id) ?? 0);
  const toSource = (link: QuoteLink) => {
    outline.select(link.quoteOf);
    if (link.source.kind === 'comment') {
      // Through the outline: a source not on the page is brought into it first.
      show(link.source.id, { jump: true });
    } else {
      outline.pushJump(link.quoteOf);
      const body = bodyOf(link);
      if (body) showElement(body);
    }
    flash(link);
    if (link.gone) announce?.(t(link.gone === 'deleted' ? 'quotes.fromDeleted' : 'quotes.fromRemoved'));
    else announce?.(link.source.kind === 'comment' ? t('quotes.fromComment', describe(link.source.id)) : t('quotes.fromPost'));
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
    announce?.(t('quotes.by', describe(link.quoteOf)));
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
  listen(doc, 'click', onClick, { signal: session.signal });

  // Hover or focus on a linked quote (or its header) previews the source.
  const preview = signal<QuotePreview | null>(null);
  const linkAt = (target: EventTarget | null): { link: QuoteLink; el: Element } | null => {
    const quote = quoteAt(target);
    if (!quote) return null;
    const link = links.value.find((l) => quoteElement(l) === quote);
    return link ? { link, el: quote } : null;
  };
  const onEnter = (event: Event) => {
    const found = linkAt(event.target);
    if (!found || preview.value?.link === found.link) return;
    const at = bottomLeft(found.el);
    preview.value = { link: found.link, ...at };
  };
  const onLeave = (event: Event) => {
    const from = linkAt(event.target);
    const to = linkAt((event as MouseEvent | FocusEvent).relatedTarget);
    if (from && to?.link !== from.link) preview.value = null;
  };
  for (const [type, handler] of [['mouseover', onEnter], ['focusin', onEnter], ['mouseout', onLeave], ['focusout', onLeave]] as const) {
    listen(doc, type, handler, { signal: session.signal });
  }
  listen(doc, 'scroll', () => (preview.value = null), { passive: true, signal: session.signal });
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
      style?.remove();
    },
    { once: true },
  );
  return { links, preview, marks: computed(() => quoteMarks(links.value)), toSource, toQuote };
}
