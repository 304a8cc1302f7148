import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { SidebarLayout } from '../../utils/session/sidebar-layout';
import type { Settings } from '../../utils/settings/schema';
import { SearchBox } from '../find/SearchBox';
import { NewBar } from '../new-comments/NewBar';
import { ReadingBar } from '../reading/ReadingBar';
import { PersonEditor } from '../people/PersonEditor';
import { FocusBar } from '../focus/FocusBar';
import { Outline } from '../outline/Outline';
import { OutlineToolbar } from '../outline/OutlineToolbar';
import { QuotePanel } from '../quotes/QuotePanel';
import { VotePanel } from '../votes/VotePanel';
import { HelpOverlay } from './HelpOverlay';
import { usePage } from '../common/page-context';
import { ResizeHandle } from './ResizeHandle';
import { summaryText } from './summary';
import { Tabs } from './Tabs';
import { WholeThreadBar } from '../whole-thread/WholeThreadBar';
import { WhatsNewNote } from '../whats-new/WhatsNewNote';

export interface SidebarProps {
  help: ReadonlySignal<boolean>;
  settings: Settings;
  layout: SidebarLayout;
  onResize: (width: number) => void;
  onHide: () => void;
  onCloseHelp: () => void;
}

type TabKey = 'outline' | 'quotes' | 'votes';

/** The sidebar shell: title, what was read, the outline. Reads signals, calls actions. */
export function Sidebar({ help, settings, layout, onResize, onHide, onCloseHelp }: SidebarProps) {
  const { session, outline: page, keys, quotes, newComments, find: search, votes } = usePage();
  const { model, outline, theme } = session;
  const tab = useSignal<TabKey>('outline');
  // The "search" key: to the outline tab, where the find box takes focus as it renders.
  const wantsFocus = search.wantsFocus.value;
  useEffect(() => {
    if (wantsFocus) tab.value = 'outline';
  }, [wantsFocus]);
  const links = quotes.links.value;
  const title = model.thread.value.post?.title;
  const since = newComments.since.value;
  return (
    <aside
      class={`tl-sidebar tl-${settings.sidebar.side}${layout.overlay.value ? ' tl-overlay' : ''}`}
      data-theme={settings.theme === 'auto' ? theme.value : settings.theme}
      style={{ width: `${layout.width.value}px` }}
      aria-label={t('extension.name')}
    >
      <ResizeHandle side={settings.sidebar.side} layout={layout} onResize={onResize} />
      <header class="tl-header">
        <h2 class="tl-title">{t('extension.name')}</h2>
        <button type="button" class="tl-icon-button" onClick={onHide} aria-label={t('sidebar.hide')} title={t('sidebar.hideTitle', settings.keys.toggleSidebar)}>
          ×
        </button>
      </header>
      {title ? <p class="tl-post-title">{title}</p> : null}
      <p class="tl-summary" role="status">
        {summaryText(model.counts.value)}
      </p>
      <WhatsNewNote />
      <WholeThreadBar />
      {since ? (
        <NewBar
          since={since}
          count={newComments.ids.value.size}
          now={Date.now()}
          keys={{ next: settings.keys.nextNew, prev: settings.keys.prevNew }}
          onStep={(by) => keys.run(by === 1 ? 'nextNew' : 'prevNew')}
        />
      ) : null}
      <FocusBar unfoldKey={settings.keys.unfold} />
      <ReadingBar keys={settings.keys} />
      <PersonEditor />
      <Tabs
        tabs={[
          { key: 'outline', label: t('sidebar.tabOutline') },
          { key: 'quotes', label: t('sidebar.tabQuotes', links.length) },
          { key: 'votes', label: t('sidebar.tabVotes') },
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
            <OutlineToolbar />
            <Outline />
          </>
        ) : tab.value === 'votes' ? (
          <VotePanel votes={votes} thread={model.thread.value} options={settings.votes} onShow={(id) => page.show(id)} />
        ) : (
          <QuotePanel links={links} thread={model.thread.value} onToSource={quotes.toSource} onToQuote={quotes.toQuote} />
        )}
      </Tabs>
      {help.value ? <HelpOverlay keys={settings.keys} onClose={onCloseHelp} /> : null}
    </aside>
  );
}
