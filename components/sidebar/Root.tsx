import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PageFeatures } from '../../utils/features/types';
import { PageContext } from '../common/page-context';
import type { SidebarLayout } from '../../utils/session/sidebar-layout';
import type { Settings } from '../../utils/settings/schema';
import { QuotePreviewCard } from '../quotes/QuotePreviewCard';
import { ShowButton } from './ShowButton';
import { Sidebar } from './Sidebar';

export interface RootProps {
  session: ReadonlySignal<PageFeatures | null>;
  help: Signal<boolean>;
  settings: ReadonlySignal<Settings>;
  layout: SidebarLayout;
  /** Keep a new sidebar width in settings. */
  onResize: (width: number) => void;
}

/** Whole UI inside the shadow root: the sidebar (or the button that shows it) and the quote preview. */
export function Root({ session, help, settings, layout, onResize }: RootProps) {
  const current = session.value;
  if (!current) return null;
  const prefs = settings.value;
  const { session: s, quotes, keys } = current;
  const said = keys.announcer.message.value;
  const preview = quotes.preview.value;
  const panel = layout.closed.value ? (
    <ShowButton side={prefs.sidebar.side} onShow={layout.show} />
  ) : (
    <Sidebar
      help={help}
      settings={prefs}
      layout={layout}
      onResize={onResize}
      onHide={layout.hide}
      onCloseHelp={() => (help.value = false)}
    />
  );
  // The quote preview works with the sidebar hidden too: it belongs to the page's quotes.
  return (
    <PageContext.Provider value={current}>
      {panel}
      {/* Always there, the sidebar shown or not: a live region must exist before it changes. */}
      <div class="tl-sr-only" role="status" aria-live="polite">
        <span key={said.n}>{said.text}</span>
      </div>
      {preview ? <QuotePreviewCard preview={preview} thread={s.model.thread.value} /> : null}
    </PageContext.Provider>
  );
}
