import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PageControls } from '../../utils/session/page-controls';
import type { QuotesFeature } from '../../utils/session/quotes-feature';
import type { Session } from '../../utils/session/session';
import type { SidebarLayout } from '../../utils/session/sidebar-layout';
import type { Settings } from '../../utils/settings/schema';
import { QuotePreviewCard } from '../quotes/QuotePreviewCard';
import { ShowButton } from './ShowButton';
import { Sidebar } from './Sidebar';

export interface RootProps {
  session: ReadonlySignal<{ session: Session; controls: PageControls; quotes: QuotesFeature } | null>;
  hidden: Signal<boolean>;
  help: Signal<boolean>;
  settings: ReadonlySignal<Settings>;
  layout: SidebarLayout;
  /** Keep a new sidebar width in settings. */
  onResize: (width: number) => void;
}

/** Whole UI inside the shadow root: the sidebar (or the button that shows it) and the quote preview. */
export function Root({ session, hidden, help, settings, layout, onResize }: RootProps) {
  const current = session.value;
  if (!current) return null;
  const prefs = settings.value;
  // A narrow window folds the sidebar to its button whatever the stored choice; opening it there is for now only.
  const narrow = layout.narrow.value;
  const closed = narrow ? !layout.narrowOpen.value : hidden.value;
  const show = () => (narrow ? (layout.narrowOpen.value = true) : (hidden.value = false));
  const hide = () => (narrow ? (layout.narrowOpen.value = false) : (hidden.value = true));
  const { session: s, controls, quotes } = current;
  const preview = quotes.preview.value;
  const panel = closed ? (
    <ShowButton side={prefs.sidebar.side} onShow={show} />
  ) : (
    <Sidebar
      model={s.model}
      outline={s.outline}
      controls={controls}
      quotes={quotes}
      theme={s.theme}
      help={help}
      settings={prefs}
      layout={layout}
      onResize={onResize}
      onHide={hide}
      onCloseHelp={() => (help.value = false)}
    />
  );
  // The quote preview works with the sidebar hidden too: it belongs to the page's quotes.
  return (
    <>
      {panel}
      {preview ? <QuotePreviewCard preview={preview} thread={s.model.thread.value} /> : null}
    </>
  );
}
