import { effect, type ReadonlySignal } from '@preact/signals';
import { logOnce } from '../../log';
import { loadCollapsed, saveCollapsed } from '../../settings/collapse-store';
import type { Settings } from '../../settings/schema';
import type { Session } from '../../session/session';

/**
 * Restores the post's collapsed subthreads on revisit and saves changes, where
 * the site's records may be kept (`records`, ../settings/site-records) and the
 * reader has remembering on. Resolves with what was remembered. Storage errors
 * are logged once, never thrown.
 */
export function rememberCollapsed(session: Session, settings: ReadonlySignal<Settings>, loaded: Promise<Settings>, records: Promise<boolean>): Promise<readonly number[]> {
  let restored = false;
  let allowed = false;
  const remembered = Promise.all([loaded, records])
    .then(([now, ok]) => ((allowed = ok) ? loadCollapsed(session.key, now.collapse) : []))
    .catch((error: unknown) => {
      logOnce('restoring collapsed subthreads', error);
      return [];
    });
  void remembered
    .then((ids) => {
      if (!session.signal.aborted && ids.length && session.outline.collapsed.value.size === 0) {
        session.outline.setCollapsed(new Set(ids));
      }
    })
    .finally(() => (restored = true));

  const stop = effect(() => {
    const ids = session.outline.collapsed.value;
    if (!restored || !allowed) return;
    saveCollapsed(session.key, ids, settings.peek().collapse).catch((error: unknown) => logOnce('saving collapsed subthreads', error));
  });
  session.signal.addEventListener('abort', stop, { once: true });
  return remembered;
}
