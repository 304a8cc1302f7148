import { t } from '../../utils/i18n';
import type { QuoteLink } from '../../utils/quotes';
import type { QuotePreview } from '../../utils/features/quotes/feature';
import type { Thread } from '../../utils/thread/types';
import { fill, SLOT } from '../common/fill';

export interface QuotePreviewCardProps {
  preview: QuotePreview;
  thread: Thread;
}

const CONTEXT = 140;

export interface Segment {
  text: string;
  quoted: boolean;
}

/** The source's text around the quoted spans, as plain segments (quoted or not), cut with ellipses. */
export function excerptAround(text: string, link: QuoteLink): Segment[] {
  const spans = [...link.ranges].sort((a, b) => a.start - b.start);
  const from = Math.max(0, (spans[0]?.start ?? 0) - CONTEXT);
  const to = Math.min(text.length, (spans[spans.length - 1]?.end ?? 0) + CONTEXT);
  const out: Segment[] = [];
  let at = from;
  for (const { start, end } of spans) {
    if (start > at) out.push({ text: text.slice(at, start), quoted: false });
    out.push({ text: text.slice(start, end), quoted: true });
    at = end;
  }
  if (to > at) out.push({ text: text.slice(at, to), quoted: false });
  if (from > 0) out.unshift({ text: '…', quoted: false });
  if (to < text.length) out.push({ text: '…', quoted: false });
  return out;
}

/** The source of a quote the reader points at: who wrote it and the quoted words in context. Text only. */
export function QuotePreviewCard({ preview, thread }: QuotePreviewCardProps) {
  const { link } = preview;
  const source = link.source.kind === 'comment' ? thread.byId.get(link.source.id) : null;
  const text = link.source.kind === 'post' ? (thread.post?.text ?? '') : (source?.text ?? '');
  const postBy = thread.post?.author ? t('quotes.postBy', thread.post.author.name) : t('quotes.post');
  const who = link.source.kind === 'post' ? postBy : `@${source?.author.name ?? '?'}`;
  const top = Math.min(preview.y + 6, window.innerHeight - 160);
  return (
    <div class="tl-preview" role="tooltip" style={{ left: `${Math.max(8, preview.x)}px`, top: `${Math.max(8, top)}px` }}>
      <p class="tl-preview-who">
        {fill(t('quotes.source', SLOT[0]), [<bdi key="who">{who}</bdi>])}
      </p>
      <p class="tl-preview-text" dir="auto">
        {excerptAround(text, link).map((part, i) => (part.quoted ? <mark key={i}>{part.text}</mark> : part.text))}
      </p>
    </div>
  );
}
