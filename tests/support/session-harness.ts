/**
 * A session (reader + observer) on a happy-dom page with a hand-cranked
 * schedule: mutations are collected by the observer, and `flush` runs the
 * frames the session asked for, as the browser would on its next frame.
 */
import { detectLemmyPage } from '../../utils/lemmy/detect';
import { readThread } from '../../utils/lemmy/read-thread';
import { createSession, type Session } from '../../utils/session/session';
import { preorder } from '../../utils/thread/build';
import type { CommentData, Thread } from '../../utils/thread/types';

export interface Cranked {
  session: Session;
  /** Frames requested so far (one per batch of mutations, however many records it had). */
  frames(): number;
  /** Delivers pending mutation records, then runs requested frames until none are left. */
  flush(): Promise<void>;
  stop(): void;
}

/** happy-dom delivers MutationObserver records on a later task. */
const nextTask = () => new Promise((r) => setTimeout(r, 0));

export function crankedSession(doc: Document, url: string): Cranked {
  const page = detectLemmyPage(doc, url);
  if (!page) throw new Error(`not a Lemmy post page: ${url}`);
  const queue: (() => void)[] = [];
  let frames = 0;
  const controller = new AbortController();
  const schedule = (fn: () => void) => {
    frames++;
    queue.push(fn);
  };
  const session = createSession(doc, page, { schedule, signal: controller.signal });
  return {
    session,
    frames: () => frames,
    async flush() {
      // Each frame's read can itself cause records (a page that re-renders as we read): loop until quiet.
      for (let round = 0; round < 20; round++) {
        await nextTask();
        if (!queue.length) return;
        for (const fn of queue.splice(0)) fn();
      }
      throw new Error('the page never settled');
    },
    stop: () => controller.abort(),
  };
}

/** What the tree says about each comment: the facts a fresh parse must agree on. */
export function shape(thread: Thread): { id: number; parent: number | null; depth: number; votes: string; text: string }[] {
  const votes = (c: CommentData) => [c.votes.up?.value, c.votes.down?.value, c.votes.score?.value].join('/');
  return preorder(thread).map((id) => {
    const c = thread.byId.get(id)!;
    return { id, parent: c.parentId, depth: c.depth, votes: votes(c), text: c.text };
  });
}

/** The thread a brand-new reader would get from the document as it is now. */
export function freshShape(doc: Document, host: string): ReturnType<typeof shape> {
  return shape(readThread(doc, { host }));
}
