import { effect } from '@preact/signals';
import { logOnce } from '../log';
import { initialCollapsed } from '../settings/collapse-rules';
import { loadCollapsed, readCollapseSettings } from '../settings/collapsed-store';
import type { Session } from './session';

/**
 * Applies the reader's collapse rules (default depth, low score, bots,
 * deleted) once, when a post opens with nothing remembered for it. Settings
 * are read from storage here, not from the live model, which may still hold
 * the defaults at this moment.
 */
export function collapseOnOpen(session: Session): void {
  Promise.all([readCollapseSettings(), loadCollapsed(session.key)])
    .then(([rules, remembered]) => {
      if (session.signal.aborted || remembered.length) return;
      // Wait for the first comments: lemmy-ui may render them after the session starts.
      const stop = effect(() => {
        const thread = session.model.thread.value;
        if (!thread.byId.size) return;
        queueMicrotask(() => stop());
        if (session.outline.collapsed.peek().size) return;
        const ids = initialCollapsed(thread, rules);
        if (ids.size) session.outline.setCollapsed(ids);
      });
      session.signal.addEventListener('abort', stop, { once: true });
    })
    .catch((error: unknown) => logOnce('applying collapse rules', error));
}
