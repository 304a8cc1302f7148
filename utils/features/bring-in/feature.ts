import { signal, type ReadonlySignal } from '@preact/signals';
import { t } from '../../i18n';
import { bringIntoPage, showEverything, type BringResult } from '../../lemmy/bring-in';
import { logOnce } from '../../log';
import type { Session } from '../../session/session';
import { ancestors } from '../../thread/outline';
import type { CommentId, Thread } from '../../thread/types';
import { unreachableText } from './messages';

/** Bringing comments into the page, for the sidebar: progress, or how it ended. */
export type BringState =
  | { phase: 'idle' }
  | { phase: 'bringing'; id: CommentId; done: number; total: number }
  | { phase: 'everything'; shown: number; total: number | null }
  /** `link`: lemmy-ui's own view of the comment in its context, where the page could not show it. */
  | { phase: 'ended'; message: string; failed: boolean; link?: string };

export interface BringInFeature {
  state: ReadonlySignal<BringState>;
  /** Makes lemmy-ui render a comment through its own UI; the element, or null (the state says why). */
  bring(id: CommentId): Promise<Element | null>;
  /** Brings every comment into the page, the same way. */
  showEverything(): void;
  cancel(): void;
  dismiss(): void;
}

/**
 * A comment known from the data but not rendered is brought into the page as
 * a reader would do it (utils/lemmy/bring-in): scrolling lemmy-ui's list,
 * opening its "more replies". One walk at a time; a new one ends the last.
 */
export function startBringIn(doc: Document, session: Session): BringInFeature {
  const state = signal<BringState>({ phase: 'idle' });
  let walk: AbortController | null = null;
  const begin = () => {
    walk?.abort();
    const controller = (walk = new AbortController());
    session.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    return controller;
  };
  const finish = (controller: AbortController) => {
    if (walk === controller) walk = null;
    controller.abort(); // drops the session listener
  };

  const bring = async (id: CommentId): Promise<Element | null> => {
    const controller = begin();
    const path = pathTo(session.model.thread.peek(), id);
    state.value = { phase: 'bringing', id, done: 0, total: path.length };
    const onStep = (done: number, total: number) => !controller.signal.aborted && (state.value = { phase: 'bringing', id, done, total });
    let result: BringResult;
    try {
      result = await bringIntoPage(doc, path, { signal: controller.signal, onStep });
    } catch (e) {
      logOnce('bringing a comment into the page failed:', e);
      result = { status: 'unreachable', reason: 'not-rendered' };
    }
    finish(controller);
    if (session.signal.aborted) return null;
    if (result.status === 'shown') {
      state.value = { phase: 'idle' };
      return result.element;
    }
    if (walk === null) state.value = endedState(result, `${doc.location?.origin ?? ''}/comment/${id}`);
    return null;
  };

  const everything = () => {
    const controller = begin();
    const total = () => session.model.counts.peek().total;
    state.value = { phase: 'everything', shown: 0, total: total() };
    const onProgress = (shown: number, all: number | null) => !controller.signal.aborted && (state.value = { phase: 'everything', shown, total: all });
    showEverything(doc, { signal: controller.signal, onProgress, total: total() })
      .catch((e: unknown) => (logOnce('showing every comment failed:', e), 'timeout' as const))
      .then((end) => {
        finish(controller);
        if (session.signal.aborted || walk !== null) return;
        const message = t(({ done: 'bringIn.allShown', cancelled: 'bringIn.stoppedKept', timeout: 'bringIn.timeoutKept' } as const)[end]);
        state.value = { phase: 'ended', message, failed: end === 'timeout' };
      });
  };

  return {
    state,
    bring,
    showEverything: everything,
    cancel: () => walk?.abort(),
    dismiss: () => void (state.value = { phase: 'idle' }),
  };
}

/** The comment's ancestors known to the thread, top-most first, then the comment. */
function pathTo(thread: Thread, id: CommentId): CommentId[] {
  if (!thread.byId.has(id)) return [];
  // A parent chain that loops back to the comment (bad data) ends before it.
  const above = ancestors(thread, id);
  const loop = above.indexOf(id);
  return [...(loop < 0 ? above : above.slice(0, loop)).reverse(), id];
}

function endedState(result: Exclude<BringResult, { status: 'shown' }>, link: string): BringState {
  if (result.status === 'cancelled') return { phase: 'ended', message: t('bringIn.stopped'), failed: false };
  if (result.status === 'timeout') return { phase: 'ended', message: t('bringIn.timeout'), failed: true, link };
  return { phase: 'ended', message: unreachableText(result.reason), failed: true, link };
}
