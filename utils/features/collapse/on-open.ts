import { effect } from '@preact/signals';
import { logOnce } from '../../log';
import { initialCollapsed } from './rules';
import type { Settings } from '../../settings/schema';
import { newComments } from '../../thread/new-comments';
import type { Visit } from '../../settings/new-comments-store';
import type { Session } from '../../session/session';

/**
 * Applies the reader's collapse rules (default depth, low score, bots,
 * deleted, nothing new since `lastVisit`) once, when a post opens with nothing
 * remembered for it, with the settings as stored (`loaded`: until then the
 * live model holds the defaults).
 */
export function collapseOnOpen(
  session: Session,
  loaded: Promise<Settings>,
  remembered: Promise<readonly number[]>,
  lastVisit: Promise<Visit | null> = Promise.resolve(null),
): void {
  Promise.all([loaded, remembered, lastVisit])
    .then(([{ collapse: rules }, remembered, visit]) => {
      if (session.signal.aborted || remembered.length) return;
      // Wait for the first comments: lemmy-ui may render them after the session starts.
      const stop = effect(() => {
        const thread = session.model.thread.value;
        if (!thread.byId.size) return;
        queueMicrotask(() => stop());
        if (session.outline.collapsed.peek().size) return;
        const ids = initialCollapsed(thread, rules, visit ? newComments(thread, visit.maxId) : null);
        if (ids.size) session.outline.setCollapsed(ids);
      });
      session.signal.addEventListener('abort', stop, { once: true });
    })
    .catch((error: unknown) => logOnce('applying collapse rules', error));
}
