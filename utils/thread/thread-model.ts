import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { people } from './people';
import type { CommentData, CommentId, Thread } from './types';

export const EMPTY_THREAD: Thread = { post: null, byId: new Map(), roots: [], children: new Map() };

export interface ThreadModel {
  thread: ReadonlySignal<Thread>;
  /** Index by id (the thread's own map, exposed for views). */
  byId: ReadonlySignal<ReadonlyMap<CommentId, CommentData>>;
  counts: ReadonlySignal<{ comments: number; roots: number; participants: number; unloaded: number }>;
  setThread(next: Thread): void;
}

export function createThreadModel(initial: Thread = EMPTY_THREAD): ThreadModel {
  const thread = signal(initial);
  const byId = computed(() => thread.value.byId);
  const counts = computed(() => {
    const t = thread.value;
    const seen = people();
    let unloaded = 0;
    for (const c of t.byId.values()) {
      seen.idOf(c.author);
      unloaded += c.moreReplies;
    }
    return { comments: t.byId.size, roots: t.roots.length, participants: seen.size, unloaded };
  });
  return {
    thread,
    byId,
    counts,
    setThread(next) {
      thread.value = next;
    },
  };
}
