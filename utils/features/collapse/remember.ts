import { effect, type ReadonlySignal } from '@preact/signals';
import { logOnce } from '../../log';
import { saveCollapsed, type loadCollapsed } from '../../settings/collapse-store';
import type { Settings } from '../../settings/schema';
import type { Session } from '../../session/session';
import type { CommentId } from '../../thread/types';
import { readersOwn } from './on-open';

/**
 * Restores the post's collapsed subthreads on revisit and saves changes, where
 * the site's records may be kept (`records`, ../settings/site-records) and the
 * reader has remembering on; what is collapsed for the view only (`passing`) is
 * left out. Resolves with what was remembered. Storage errors are logged once,
 * never thrown.
 */
export function rememberCollapsed(
  session: Session,
  settings: ReadonlySignal<Settings>,
  loaded: Promise<Settings>,
  records: Promise<boolean>,
  passing: ReadonlySignal<ReadonlySet<CommentId>> | undefined,
  load: typeof loadCollapsed,
): Promise<readonly number[]> {
  let restored = false;
  let allowed = false;
  const remembered = Promise.all([loaded, records])
    .then(([now, ok]) => ((allowed = ok) ? load(session.key, now.collapse) : []))
    .catch((error: unknown) => {
      logOnce('restoring collapsed subthreads', error);
      return [];
    });
  void remembered
    .then((ids) => {
      const collapsed = session.outline.collapsed.peek();
      if (!session.signal.aborted && ids.length && readersOwn(collapsed, passing).size === 0) {
        session.outline.setCollapsed(new Set([...collapsed, ...ids]));
      }
    })
    .finally(() => (restored = true));

  const stop = effect(() => {
    const ids = readersOwn(session.outline.collapsed.value, passing);
    if (!restored || !allowed) return;
    saveCollapsed(session.key, ids, settings.peek().collapse).catch((error: unknown) => logOnce('saving collapsed subthreads', error));
  });
  session.signal.addEventListener('abort', stop, { once: true });
  return remembered;
}
