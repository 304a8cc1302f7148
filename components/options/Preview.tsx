import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { CommentData } from '../../utils/thread/types';
import { OutlineRow, ROW_HEIGHT } from '../outline/OutlineRow';
import { sidebarStylesheet } from '../sidebar/stylesheet';
import previewCss from './preview.css?inline';

const comment = (id: number, parentId: number | null, author: string, text: string, score: number, quotes: string[] = []): CommentData => ({
  id,
  parentId,
  depth: parentId === null ? 0 : 1,
  author: { name: author, instance: 'lemmy.example', display: author },
  badges: { op: false, mod: false, admin: false, bot: false, banned: false },
  votes: { up: { value: score, approx: false }, down: { value: 0, approx: false }, score: { value: score, approx: false } },
  published: null,
  edited: false,
  deleted: false,
  removed: false,
  text,
  quotes,
  moreReplies: 0,
  collapsedInPage: false,
});

/** Names, not words: the same in every language. */
const AUTHORS = ['ada', 'tobias'] as const;

/** Two outline rows (a comment and the reply quoting it) and the quoted words as the page shows them. */
function Sample({ theme, color }: { theme: 'light' | 'dark'; color: string }) {
  const [before, quoted, after] = [t('options.preview.sourceBefore'), t('options.preview.quoted'), t('options.preview.sourceAfter')];
  const source = comment(1, null, AUTHORS[0], `${before} ${quoted} ${after}`, 42);
  const reply = comment(2, 1, AUTHORS[1], `${quoted}\n${t('options.preview.reply')}`, 7, [quoted]);
  const row = (c: CommentData, i: number, marks: { quotes: number; quotedBy: number }) => (
    <OutlineRow
      view={{ row: { id: c.id, depth: c.depth, hasChildren: i === 0, expanded: true, posinset: 1, setsize: 1 }, comment: c, replies: i === 0 ? 1 : 0, votes: null, marks, isNew: i === 1, newBelow: 0, match: false }}
      top={i * ROW_HEIGHT}
      selected={false}
      focusable={false}
      inView={false}
      onSelect={() => {}}
      onToggle={() => {}}
    />
  );
  return (
    <div class="tl-sidebar tl-preview" data-theme={theme}>
      <div role="tree" class="tl-preview-rows" style={{ height: `${2 * ROW_HEIGHT}px` }}>
        {row(source, 0, { quotes: 0, quotedBy: 1 })}
        {row(reply, 1, { quotes: 1, quotedBy: 0 })}
      </div>
      <p class="tl-preview-page">
        <strong>{AUTHORS[0]}</strong> {before} <mark style={{ background: color }}>{quoted}</mark> {after}
      </p>
    </div>
  );
}

/**
 * A live preview of what the sidebar draws with these settings: the real outline row and the
 * quote highlight, in the sidebar's own stylesheet inside a shadow root, as on a Lemmy page.
 * Decoration for sighted readers: screen readers get the caption.
 */
export function Preview(props: { theme: 'auto' | 'light' | 'dark'; color: string }) {
  const host = useRef<HTMLDivElement>(null);
  // "Follow the page": the options page has no Lemmy page to follow; the browser's scheme stands in.
  const theme = props.theme === 'auto' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : props.theme;
  useEffect(() => {
    const el = host.current!;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    render(
      <>
        <style>{`${sidebarStylesheet}\n${previewCss}`}</style>
        <Sample theme={theme} color={props.color} />
      </>,
      root,
    );
  }, [theme, props.color]);
  useEffect(() => () => void (host.current?.shadowRoot && render(null, host.current.shadowRoot)), []);
  return (
    <figure class="tl-preview-figure">
      <div ref={host} aria-hidden="true" />
      <figcaption class="tl-hint">{t('options.preview.caption')}</figcaption>
    </figure>
  );
}
