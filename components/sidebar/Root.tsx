import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Live } from '../../utils/session/live';
import type { SidebarLayout } from '../../utils/session/sidebar-layout';
import type { Settings } from '../../utils/settings/schema';
import { QuotePreviewCard } from '../quotes/QuotePreviewCard';
import { ShowButton } from './ShowButton';
import { Sidebar } from './Sidebar';

export interface RootProps {
  session: ReadonlySignal<Live | null>;
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
  const { session: s, controls, quotes, fresh, search, announcer } = current;
  const said = announcer.message.value;
  const preview = quotes.preview.value;
  const panel = layout.closed.value ? (
    <ShowButton side={prefs.sidebar.side} onShow={layout.show} />
  ) : (
    <Sidebar
      model={s.model}
      outline={s.outline}
      controls={controls}
      quotes={quotes}
      fresh={fresh}
      search={search}
      theme={s.theme}
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
    <>
      {panel}
      {/* Always there, the sidebar shown or not: a live region must exist before it changes. */}
      <div class="tl-sr-only" role="status" aria-live="polite">
        <span key={said.n}>{said.text}</span>
      </div>
      {preview ? <QuotePreviewCard preview={preview} thread={s.model.thread.value} /> : null}
    </>
  );
}
