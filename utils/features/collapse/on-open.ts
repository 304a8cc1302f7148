import { effect, type ReadonlySignal } from '@preact/signals';
import { logOnce } from '../../log';
import { initialCollapsed } from './rules';
import type { Settings } from '../../settings/schema';
import { newComments } from '../../thread/new-comments';
import type { Visit } from '../../settings/new-comments-store';
import type { Session } from '../../session/session';
import type { CommentId } from '../../thread/types';

/** The collapsed set without what is collapsed for this view only (`passing`). */
export function readersOwn(collapsed: ReadonlySet<CommentId>, passing?: ReadonlySignal<ReadonlySet<CommentId>>): ReadonlySet<CommentId> {
  const skip = passing?.value;
  return skip?.size ? new Set([...collapsed].filter((id) => !skip.has(id))) : collapsed;
}

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
  passing?: ReadonlySignal<ReadonlySet<CommentId>>,
): void {
  Promise.all([loaded, remembered, lastVisit])
    .then(([{ collapse: rules }, remembered, visit]) => {
      if (session.signal.aborted || remembered.length) return;
      // Wait for the first comments: lemmy-ui may render them after the session starts.
      const stop = effect(() => {
        const thread = session.model.thread.value;
        if (!thread.byId.size) return;
        queueMicrotask(() => stop());
        const collapsed = session.outline.collapsed.peek();
        if (readersOwn(collapsed, passing).size) return;
        const ids = initialCollapsed(thread, rules, visit ? newComments(thread, visit.maxId) : null);
        if (ids.size) session.outline.setCollapsed(new Set([...collapsed, ...ids]));
      });
      session.signal.addEventListener('abort', stop, { once: true });
    })
    .catch((error: unknown) => logOnce('applying collapse rules', error));
}
