import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PageControls } from '../../utils/session/page-controls';
import type { QuotesFeature } from '../../utils/session/quotes-feature';
import type { Session } from '../../utils/session/session';
import type { Settings } from '../../utils/settings/schema';
import { ShowButton } from './ShowButton';
import { Sidebar } from './Sidebar';

export interface RootProps {
  session: ReadonlySignal<{ session: Session; controls: PageControls; quotes: QuotesFeature } | null>;
  hidden: Signal<boolean>;
  help: Signal<boolean>;
  settings: ReadonlySignal<Settings>;
}

/** Whole UI inside the shadow root: the sidebar, or the button that shows it. */
export function Root({ session, hidden, help, settings }: RootProps) {
  const current = session.value;
  if (!current) return null;
  const prefs = settings.value;
  if (hidden.value) return <ShowButton side={prefs.sidebar.side} onShow={() => (hidden.value = false)} />;
  const { session: s, controls, quotes } = current;
  return (
    <Sidebar
      model={s.model}
      outline={s.outline}
      controls={controls}
      quotes={quotes}
      theme={s.theme}
      help={help}
      settings={prefs}
      onHide={() => (hidden.value = true)}
      onCloseHelp={() => (help.value = false)}
    />
  );
}
