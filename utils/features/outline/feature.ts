import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { BIG_THREAD, containedFromStart, containThreads, looksBig, overlayMarks, topLevelThreads, uncontainedThreads } from '../../lemmy/big-thread';
import { listen, onOverlays } from '../../lemmy/events';
import { hasPageOffset, removePageStyle, showComment, showThreadLines } from '../../lemmy/host-actions';
import { ensurePageStyle } from '../../lemmy/page-style';
import { commentAtTop } from '../../lemmy/viewport';
import { measured } from '../../measure';
import { holdTasksForHeavyFrames } from '../../schedule';
import type { Session } from '../../session/session';
import type { CommentId } from '../../thread/types';

export interface OutlineFeature {
  /** The comment at the top of the viewport, for marking its outline row. */
  inView: ReadonlySignal<CommentId | null>;
  /** Select a comment and show it in the page. */
  show(id: CommentId, options?: { jump?: boolean }): void;
  /**
   * Whether the page may be narrowed for the sidebar now. Narrowing lays out every comment
   * again at the new width (1-1.5 s in one frame at 10,000 comments); a big thread waits
   * until its threads are contained, and then only those near the viewport are laid out.
   */
  roomReady: ReadonlySignal<boolean>;
}

/**
 * The outline's side in the page: our page style, which comment is at the top
 * of the viewport, showing a selected comment, and a big thread's containment.
 */
export function startOutline(
  doc: Document,
  session: Session,
  schedule: (fn: () => void) => void,
  bring: (id: CommentId) => Promise<Element | null>,
): OutlineFeature {
  const { outline, model, signal: lifetime } = session;
  const inView = signal<CommentId | null>(null);
  ensurePageStyle(doc);

  // A big thread's top-level comments are laid out only near the viewport (host-actions,
  // PAGE_CSS): a page that looks big has them marked early (below), and any new top-level
  // comment lemmy-ui adds is marked once the thread is read as big.
  let queued = false;
  // Contained while it was parsed (opened by its URL): no threads to mark.
  const fromStart = containedFromStart(doc);
  const big = looksBig(doc);
  // Already narrowed (lemmy-ui opened this post from another): taking the room back for two
  // frames would lay the page out twice.
  const roomReady = signal(hasPageOffset(doc) || !big);
  if (!big) showThreadLines(doc);
  const contain = () => {
    queued = false;
    if (!lifetime.aborted) measured('contain', () => containThreads(doc, uncontainedThreads(session.elements().values())));
  };
  // A big page: its threads contained early, before the reading and every other write of ours
  // (each laid the whole page out again, about a second at 10,000 comments, while it was not
  // contained), in the frame after the one that records their sizes (our page style's), and
  // the page narrowed in the frame after that (in the same frame, threads far away took the
  // 10rem estimate).
  // Our other tasks wait for those two frames: one queued before either would run in it.
  if (big) {
    const release = holdTasksForHeavyFrames(lifetime);
    schedule(() =>
      schedule(() => {
        if (lifetime.aborted) return;
        if (!fromStart) measured('contain', () => containThreads(doc, topLevelThreads(doc)));
        schedule(() => {
          release();
          if (lifetime.aborted) return;
          roomReady.value = true;
          showThreadLines(doc);
        });
      }),
    );
  }
  const stopBig = effect(() => {
    model.thread.value;
    if (queued || fromStart || session.elements().size < BIG_THREAD) return;
    queued = true;
    schedule(() => schedule(contain));
  });
  // Lemmy-ui's dropdowns and modals sit inside comments: their lis must not be contained.
  const overlays = overlayMarks();
  onOverlays(doc, (target, open) => (fromStart || session.elements().size >= BIG_THREAD) && overlays(target, open), lifetime);

  let scrollQueued = false;
  const updateInView = () => {
    scrollQueued = false;
    if (!lifetime.aborted) inView.value = commentAtTop(doc);
  };
  listen(doc, 'scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    schedule(updateInView);
  }, { passive: true, signal: lifetime });
  lifetime.addEventListener('abort', () => {
    stopBig();
    removePageStyle(doc);
  }, { once: true });
  // The first look waits for the frame that renders our style and margin to be done: asked
  // in that frame, the hit test would force its layout (seconds on 10,000 comments) early.
  scrollQueued = true;
  schedule(() => setTimeout(updateInView, 0));

  return {
    inView,
    roomReady,
    show(id, options = {}) {
      outline.select(id, options);
      const el = session.elementOf(id);
      if (el) showComment(el);
      // Known from the data only: lemmy-ui is made to render it first (the bringIn feature).
      else if (model.byId.peek().get(id)?.offPage) void bring(id).then((found) => found && outline.selected.peek() === id && showComment(found));
    },
  };
}
