import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, plural, t } from '../../utils/i18n';
import type { QuoteLink } from '../../utils/quotes';
import type { Thread } from '../../utils/thread/types';
import { oneLine } from '../../utils/thread/describe';
import { fill, SLOT } from '../common/fill';

/**
 * Pairs rendered when the tab opens, and added by each "Show more": opening
 * 835 pairs at once was one 334 ms task. Rows differ in height (quotes wrap),
 * so the outline's fixed-height virtualising does not fit here.
 */
export const QUOTE_BATCH = 50;

export interface QuotePanelProps {
  links: QuoteLink[];
  thread: Thread;
  onToSource: (link: QuoteLink) => void;
  onToQuote: (link: QuoteLink) => void;
}

type PairProps = Omit<QuotePanelProps, 'links'> & { link: QuoteLink };

function sourceName(thread: Thread, link: QuoteLink): string {
  if (link.source.kind === 'post') return t('quotes.thePost');
  return `@${thread.byId.get(link.source.id)?.author.name ?? '?'}`;
}

/** One quote → source pair; both ends are buttons. Text only, through Preact. */
function QuotePair({ link, thread, onToSource, onToQuote }: PairProps) {
  const quoter = thread.byId.get(link.quoteOf);
  const text = quoter?.quotes[link.quoteIndex] ?? '';
  return (
    <li class="tl-quote">
      <q dir="auto">{oneLine(text, 90)}</q>
      <span class="tl-quote-ends">
        {fill(t('quotes.pair', SLOT[0], SLOT[1]), [
          <button key="quote" type="button" onClick={() => onToQuote(link)}>
            <bdi>@{quoter?.author.name ?? '?'}</bdi>
          </button>,
          <button key="source" type="button" onClick={() => onToSource(link)}>
            {sourceName(thread, link)}
          </button>,
        ])}
        {link.exact ? null : <span class="tl-fuzzy" title={t('quotes.fuzzy')}> ≈</span>}
      </span>
    </li>
  );
}

/**
 * After "Show more": the first new pair is scrolled to the top of the list.
 * The button keeps focus while there is more; once the last batch is in and
 * the button gone, focus goes to the first new pair rather than the page.
 */
function useRevealed(list: { current: HTMLUListElement | null }, shown: number) {
  const first = useRef<number | null>(null);
  useEffect(() => {
    const at = first.current;
    first.current = null;
    const ul = list.current;
    const row = at === null ? null : ul?.children[at];
    if (!ul || !row) return;
    // Only the list scrolls: scrollIntoView could scroll the page under the sidebar too.
    ul.scrollTop += row.getBoundingClientRect().top - ul.getBoundingClientRect().top;
    if (!ul.parentElement?.querySelector('.tl-quotes-more button')) row.querySelector('button')?.focus();
  }, [shown]);
  return first;
}

/** Every quote → source pair, a batch at a time, with a count that screen readers hear change. */
export function QuotePanel({ links, thread, onToSource, onToQuote }: QuotePanelProps) {
  const [shown, setShown] = useState(QUOTE_BATCH);
  const list = useRef<HTMLUListElement>(null);
  const revealed = useRevealed(list, shown);
  if (links.length === 0) return <p class="tl-empty">{t('quotes.none')}</p>;
  const count = Math.min(shown, links.length);
  const next = Math.min(QUOTE_BATCH, links.length - count);
  const more = () => {
    revealed.current = count;
    setShown(count + QUOTE_BATCH);
  };
  return (
    <>
      <ul ref={list} class="tl-quotes" aria-label={t('quotes.list')}>
        {links.slice(0, count).map((link) => (
          <QuotePair key={`${link.quoteOf}:${link.quoteIndex}`} link={link} thread={thread} onToSource={onToSource} onToQuote={onToQuote} />
        ))}
      </ul>
      {links.length > QUOTE_BATCH ? (
        // .tl-toolbar: the sidebar's style for a row of small buttons.
        <div class="tl-toolbar tl-quotes-more">
          <span role="status">{next > 0 ? plural('quotes.showing', links.length, formatNumber(count)) : plural('quotes.allShown', links.length)}</span>
          {next > 0 ? (
            <button type="button" onClick={more}>
              {plural('quotes.showMore', next)}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
