import type { ReadonlySignal, Signal } from '@preact/signals';
import type { Session } from '../../utils/session/session';
import { ShowButton } from './ShowButton';
import { Sidebar } from './Sidebar';

export interface RootProps {
  session: ReadonlySignal<Session | null>;
  hidden: Signal<boolean>;
}

/** Whole UI inside the shadow root: the sidebar, or the button that shows it. */
export function Root({ session, hidden }: RootProps) {
  const current = session.value;
  if (!current) return null;
  if (hidden.value) return <ShowButton onShow={() => (hidden.value = false)} />;
  return <Sidebar model={current.model} theme={current.theme} onHide={() => (hidden.value = true)} />;
}
