import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { newMarks } from '../../lemmy/new-comments';
import { logOnce } from '../../log';
import type { Settings } from '../../settings/schema';
import { saveVisit, type Visit } from '../../settings/new-comments-store';
import { highestId, newBelow, newComments } from '../../thread/new-comments';
import type { CommentId } from '../../thread/types';
import type { Session } from '../../session/session';

export interface NewCommentsFeature {
  /** The last visit before this one; null on a first visit or while the feature is off (live), undefined until read. */
  since: ReadonlySignal<Visit | null | undefined>;
  /** Comments that arrived since that visit. */
  ids: ReadonlySignal<ReadonlySet<CommentId>>;
  /** New comments below each comment (for collapsed rows). */
  below: ReadonlySignal<ReadonlyMap<CommentId, number>>;
  /** Resolves with `since` once it is known (collapse rules wait for it). */
  ready: Promise<Visit | null>;
}

const NONE: ReadonlySet<CommentId> = new Set();

/**
 * "New since your last visit" for one session: reads the post's last visit,
 * marks what came after it (outline and page), and records this visit as the
 * thread is read. Only a whole post page records one: a context view
 * (/post/P/C, /comment/C) shows part of the thread, and its ids must not hide
 * comments elsewhere that the reader has not seen. Storage errors are logged
 * once; the feature then marks nothing.
 */
export function startNewComments(
  session: Session,
  settings: ReadonlySignal<Settings>,
  stored: Promise<Settings>,
  records: Promise<boolean>,
  lastVisit: (post: string) => Promise<Visit | null>,
): NewCommentsFeature {
  const loaded = signal<Visit | null | undefined>(undefined);
  const on = computed(() => settings.value.newComments.mark);
  // Turned off while the page is open: nothing is shown or counted from then on.
  const since = computed(() => (on.value || loaded.value === undefined ? loaded.value : null));
  const wholePost = session.page.route.postId !== null && session.page.route.commentId === null;
  // Records only where the site's records may be kept (../settings/site-records).
  let allowed = false;

  // The stored setting: until it is loaded, the live one holds the defaults.
  const ready = Promise.all([stored, records])
    .then(([prefs, ok]) => ((allowed = ok) && prefs.newComments.mark ? lastVisit(session.key) : null))
    .catch((error: unknown) => {
      logOnce('reading the last visit', error);
      return null;
    })
    .then((visit) => (loaded.value = session.signal.aborted ? null : visit));

  const fresh = computed(() => (since.value ? newComments(session.model.thread.value, since.value.maxId) : NONE));
  const below = computed(() => newBelow(session.model.thread.value, fresh.value));

  const mark = newMarks();
  // The thread too: lemmy-ui may replace a comment's article (same id, same "new") on a re-render.
  const stopMarks = effect(() => {
    session.model.thread.value;
    mark(session.elements(), fresh.value);
  });

  let saved: number | null | undefined;
  const stopSave = effect(() => {
    const thread = session.model.thread.value;
    if (!wholePost || !on.value || loaded.value === undefined || !allowed || !thread.byId.size) return;
    const max = highestId(thread);
    if (saved !== undefined && (max === null || (saved !== null && max <= saved))) return;
    saved = max;
    saveVisit(session.key, max).catch((error: unknown) => logOnce('recording the visit', error));
  });

  session.signal.addEventListener(
    'abort',
    () => {
      stopMarks();
      stopSave();
    },
    { once: true },
  );
  return { since, ids: fresh, below, ready };
}
