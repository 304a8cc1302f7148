import type { ReadonlySignal, Signal } from '@preact/signals';
import type { PageControls } from '../../utils/session/page-controls';
import type { Session } from '../../utils/session/session';
import { ShowButton } from './ShowButton';
import { Sidebar } from './Sidebar';

export interface RootProps {
  session: ReadonlySignal<{ session: Session; controls: PageControls } | null>;
  hidden: Signal<boolean>;
  help: Signal<boolean>;
}

/** Whole UI inside the shadow root: the sidebar, or the button that shows it. */
export function Root({ session, hidden, help }: RootProps) {
  const current = session.value;
  if (!current) return null;
  if (hidden.value) return <ShowButton onShow={() => (hidden.value = false)} />;
  const { session: s, controls } = current;
  return (
    <Sidebar
      model={s.model}
      outline={s.outline}
      controls={controls}
      theme={s.theme}
      help={help}
      onHide={() => (hidden.value = true)}
      onCloseHelp={() => (help.value = false)}
    />
  );
}
