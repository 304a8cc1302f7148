import { effect } from '@preact/signals';
import { logOnce } from '../../log';
import { loadCollapsed, saveCollapsed } from '../../settings/collapse-store';
import type { Session } from '../../session/session';

/**
 * Restores the post's collapsed subthreads on revisit and saves changes, where
 * the site's records may be kept (`records`, ../settings/site-records).
 * Storage errors are logged once, never thrown.
 */
export function rememberCollapsed(session: Session, records: Promise<boolean>): void {
  let restored = false;
  let allowed = false;
  records
    .then((ok) => ((allowed = ok) ? loadCollapsed(session.key) : []))
    .then((ids) => {
      if (!session.signal.aborted && ids.length && session.outline.collapsed.value.size === 0) {
        session.outline.setCollapsed(new Set(ids));
      }
    })
    .catch((error: unknown) => logOnce('restoring collapsed subthreads', error))
    .finally(() => (restored = true));

  const stop = effect(() => {
    const ids = session.outline.collapsed.value;
    if (!restored || !allowed) return;
    saveCollapsed(session.key, ids).catch((error: unknown) => logOnce('saving collapsed subthreads', error));
  });
  session.signal.addEventListener('abort', stop, { once: true });
}
