import { effect } from '@preact/signals';
import { listen } from '../../lemmy/events';
import { collapseMarks, collapseTargetOf } from '../../lemmy/host-actions';
import { measured } from '../../measure';
import type { Session } from '../../session/session';

/**
 * Collapsed subthreads in the page: their replies hidden by our page style
 * (lemmy-ui's own state untouched), and a click on a thread line or on our
 * "hidden" label toggles one.
 */
export function collapseInPage(doc: Document, session: Session): void {
  const { outline, model } = session;
  // Writes after reads: the thread was read before this runs, and nothing here reads layout.
  const mark = collapseMarks();
  const stop = effect(() => {
    const collapsed = outline.collapsed.value;
    const { byId } = model.thread.value;
    measured('apply-collapse', () => mark(session.elements(), collapsed, outline.descendants.value, (id) => byId.get(id)?.parentId ?? null));
  });
  listen(doc, 'click', (event: MouseEvent) => {
    const id = collapseTargetOf(event);
    if (id === null || event.button !== 0) return;
    outline.toggle(id);
    event.preventDefault();
  }, { signal: session.signal });
  session.signal.addEventListener('abort', stop, { once: true });
}
