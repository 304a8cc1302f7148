import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { tally } from './tally';
import type { CommentData, CommentId, Thread } from './types';

export const EMPTY_THREAD: Thread = { post: null, byId: new Map(), roots: [], children: new Map() };

export interface ThreadCounts {
  /** Comments known: on the page, or in the data. */
  comments: number;
  /** Of those, rendered in the page. */
  onPage: number;
  /** The post's comment count (null: unknown, only the page was read). */
  total: number | null;
  roots: number;
  participants: number;
  /** Comments neither on the page nor in the data: the total less those known, else lemmy-ui's "more replies". */
  unloaded: number;
}

export interface ThreadModel {
  thread: ReadonlySignal<Thread>;
  /** Index by id (the thread's own map, exposed for views). */
  byId: ReadonlySignal<ReadonlyMap<CommentId, CommentData>>;
  counts: ReadonlySignal<ThreadCounts>;
  /** Whether a thread was set yet: before that, the page is still being read. */
  published: ReadonlySignal<boolean>;
  setThread(next: Thread): void;
}

export function createThreadModel(initial: Thread = EMPTY_THREAD): ThreadModel {
  const thread = signal(initial);
  const published = computed(() => thread.value !== initial);
  const byId = computed(() => thread.value.byId);
  const counts = computed(() => {
    const t = thread.value;
    const { moreReplies, offPage, participants } = tally(t.byId);
    const total = t.total ?? null;
    const unloaded = total === null ? moreReplies : Math.max(0, total - t.byId.size);
    return { comments: t.byId.size, onPage: t.byId.size - offPage, total, roots: t.roots.length, participants, unloaded };
  });
  return {
    thread,
    byId,
    counts,
    published,
    setThread(next) {
      thread.value = next;
    },
  };
}
