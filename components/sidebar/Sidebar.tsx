import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Theme } from '../../utils/lemmy/theme';
import type { Settings } from '../../utils/settings/schema';
import type { PageControls } from '../../utils/session/page-controls';
import type { ThreadModel } from '../../utils/thread/model';
import type { OutlineModel } from '../../utils/session/outline-model';
import { Outline } from '../outline/Outline';
import { OutlineToolbar } from '../outline/OutlineToolbar';
import { treeKeyDown } from '../outline/tree-keys';
import { QuotePanel } from '../quotes/QuotePanel';
import { VotePanel } from '../votes/VotePanel';
import type { NewCommentsFeature } from '../../utils/features/new-comments/feature';
import type { QuotesFeature } from '../../utils/features/quotes/feature';
import type { SearchFeature } from '../../utils/features/find/feature';
import { SearchBox } from '../find/SearchBox';
import { NewBar } from '../new-comments/NewBar';
import type { SidebarLayout } from '../../utils/session/sidebar-layout';
import { HelpOverlay } from './HelpOverlay';
import { ResizeHandle } from './ResizeHandle';
import { Tabs } from './Tabs';

export interface SidebarProps {
  model: ThreadModel;
  outline: OutlineModel;
  controls: PageControls;
  quotes: QuotesFeature;
  fresh: NewCommentsFeature;
  search: SearchFeature;
  theme: ReadonlySignal<Theme>;
  help: ReadonlySignal<boolean>;
  settings: Settings;
  layout: SidebarLayout;
  onResize: (width: number) => void;
  onHide: () => void;
  onCloseHelp: () => void;
}

type TabKey = 'outline' | 'quotes' | 'votes';

/** The sidebar shell: title, what was read, the outline. Reads signals, calls actions. */
export function Sidebar({ model, outline, controls, quotes, fresh, search, theme, help, settings, layout, onResize, onHide, onCloseHelp }: SidebarProps) {
  const tab = useSignal<TabKey>('outline');
  // The "search" key: to the outline tab, where the find box takes focus as it renders.
  const wantsFocus = search.wantsFocus.value;
  useEffect(() => {
    if (wantsFocus) tab.value = 'outline';
  }, [wantsFocus]);
  const links = quotes.links.value;
  const { comments, participants, unloaded } = model.counts.value;
  const title = model.thread.value.post?.title;
  const since = fresh.since.value;
  return (
    <aside
      class={`tl-sidebar tl-${settings.sidebar.side}${layout.overlay.value ? ' tl-overlay' : ''}`}
      data-theme={settings.theme === 'auto' ? theme.value : settings.theme}
      style={{ width: `${layout.width.value}px` }}
      aria-label="Threadlens"
    >
      <ResizeHandle side={settings.sidebar.side} layout={layout} onResize={onResize} />
      <header class="tl-header">
        <h2 class="tl-title">Threadlens</h2>
        <button type="button" class="tl-icon-button" onClick={onHide} aria-label="Hide Threadlens sidebar" title={`Hide (${settings.keys.toggleSidebar})`}>
          ×
        </button>
      </header>
      {title ? <p class="tl-post-title">{title}</p> : null}
      <p class="tl-summary" role="status">
        {comments} {comments === 1 ? 'comment' : 'comments'} · {participants}{' '}
        {participants === 1 ? 'participant' : 'participants'}
        {unloaded > 0 ? ` · ${unloaded} not loaded` : ''}
      </p>
      {since ? (
        <NewBar
          since={since}
          count={fresh.fresh.value.size}
          now={Date.now()}
          keys={{ next: settings.keys.nextNew, prev: settings.keys.prevNew }}
          onStep={(by) => controls.run(by === 1 ? 'nextNew' : 'prevNew')}
        />
      ) : null}
      <Tabs
        tabs={[
          { key: 'outline', label: 'Outline' },
          { key: 'quotes', label: `Quotes (${links.length})` },
          { key: 'votes', label: 'Votes' },
        ]}
        current={tab.value}
        onSelect={(key) => (tab.value = key)}
      >
        {tab.value === 'outline' ? (
          <>
            <SearchBox
              query={search.query.value}
              count={search.hits.value.length}
              position={search.position.value}
              searchKey={settings.keys.search}
              inputRef={search.attachInput}
              onQuery={search.setQuery}
              onStep={search.step}
            />
            <OutlineToolbar outline={outline} />
            <Outline
              outline={outline}
              byId={model.byId.value}
              inView={controls.inView.value}
              onActivate={(id) => controls.show(id)}
              onKeyDown={(e) => treeKeyDown(e, outline, controls)}
              marks={quotes.marks.value}
              fresh={fresh.fresh.value}
              freshBelow={fresh.below.value}
              matches={search.hitIds.value}
            />
          </>
        ) : tab.value === 'votes' ? (
          <VotePanel votes={outline.votes} thread={model.thread.value} options={settings.votes} onShow={(id) => controls.show(id)} />
        ) : (
          <QuotePanel links={links} thread={model.thread.value} onToSource={quotes.toSource} onToQuote={quotes.toQuote} />
        )}
      </Tabs>
      {help.value ? <HelpOverlay keys={settings.keys} onClose={onCloseHelp} /> : null}
    </aside>
  );
}
