import type { QuoteLink } from '../../utils/quotes';
import type { Thread } from '../../utils/thread/types';
import { oneLine } from '../../utils/thread/describe';

export interface QuotePanelProps {
  links: QuoteLink[];
  thread: Thread;
  onToSource: (link: QuoteLink) => void;
  onToQuote: (link: QuoteLink) => void;
}

function sourceName(thread: Thread, link: QuoteLink): string {
  if (link.source.kind === 'post') return 'the post';
  return `@${thread.byId.get(link.source.id)?.author.name ?? '?'}`;
}

/** Every quote → source pair; both ends are buttons. Text only, through Preact. */
export function QuotePanel({ links, thread, onToSource, onToQuote }: QuotePanelProps) {
  if (links.length === 0) return <p class="tl-empty">No quotes linked to a source in this thread.</p>;
  return (
    <ul class="tl-quotes" aria-label="Quotes and their sources">
      {links.map((link) => {
        const quoter = thread.byId.get(link.quoteOf);
        const text = quoter?.quotes[link.quoteIndex] ?? '';
        return (
          <li key={`${link.quoteOf}:${link.quoteIndex}`} class="tl-quote">
            <q>{oneLine(text, 90)}</q>
            <span class="tl-quote-ends">
              <button type="button" onClick={() => onToQuote(link)}>
                @{quoter?.author.name ?? '?'}
              </button>
              {' quotes '}
              <button type="button" onClick={() => onToSource(link)}>
                {sourceName(thread, link)}
              </button>
              {link.exact ? null : <span class="tl-fuzzy" title="Matched with tolerance (case, punctuation, ellipsis)"> ≈</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
