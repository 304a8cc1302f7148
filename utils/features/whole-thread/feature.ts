import { signal, type ReadonlySignal } from '@preact/signals';
import { t } from '../../i18n';
import { loadComments, type LoadOptions } from '../../lemmy/api/load-comments';
import type { ApiVersion } from '../../lemmy/api/urls';
import { logOnce } from '../../log';
import type { Session } from '../../session/session';
import type { FeatureContext } from '../types';
import { batcher } from './joins';
import { loadOnOpen } from './on-open';
import { endState, type LoadState } from './state';

export interface WholeThreadFeature {
  state: ReadonlySignal<LoadState>;
  /** Whether this page can be loaded whole (a post page on http(s)). */
  available: boolean;
  load(): void;
  cancel(): void;
  /** The reader's answer when a big thread asks before going on. */
  answer(goOn: boolean): void;
}

/**
 * Loads every comment of the post from the page's own instance's public API
 * (utils/lemmy/api), when the reader asks or the setting says so, into the
 * session's data. The load lives with the session: a navigation cancels it,
 * and nothing carries over to the next post.
 */
export interface WholeThreadOptions {
  /** The page's fetch by default (utils/lemmy/api/page-fetch). */
  fetch?: typeof fetch;
  /** Past this many comments the reader is asked before going on (10,000). */
  askAbove?: number;
}

export function startWholeThread(session: Session, context: FeatureContext, options: WholeThreadOptions = {}): WholeThreadFeature {
  const fetcher = options.fetch;
  const { page } = session;
  const postId = page.route.postId;
  const origin = context.doc.location?.origin ?? '';
  const available = postId !== null && /^https?:/.test(origin);
  const api: ApiVersion = page.version.group === 'C' ? 'v4' : 'v3';
  const state = signal<LoadState>({ phase: 'idle' });
  let run: AbortController | null = null;
  let answer: ((goOn: boolean) => void) | null = null;
  const batches = batcher(session, context, postId);

  /** `total`: the post's count as known (it sizes the progress bar and the pages asked ahead). */
  const start = (total: number | null) => {
    if (!available || run) return;
    const controller = (run = new AbortController());
    const stop = () => controller.abort();
    session.signal.addEventListener('abort', stop, { once: true });
    state.value = { phase: 'loading', loaded: 0, total };
    const request: LoadOptions = {
      askAbove: options.askAbove,
      origin,
      postId: postId!,
      api,
      signal: controller.signal,
      fetch: fetcher,
      total,
      onBatch: batches.add,
      onProgress: (p) => state.peek().phase === 'loading' && (state.value = { phase: 'loading', ...p }),
      ask: (loaded, total) =>
        new Promise<boolean>((resolve) => {
          answer = resolve;
          state.value = { phase: 'asking', loaded, total };
        }),
    };
    loadComments(request)
      .then(async (outcome) => {
        // The note says the thread is loaded once the outline holds it: after the last join's publish.
        const joined = session.nextPublish();
        batches.flush(outcome.status === 'done');
        await joined;
        if (!session.signal.aborted) state.value = endState(outcome);
      })
      .catch((e: unknown) => {
        logOnce('loading the whole thread failed:', e);
        state.value = { phase: 'ended', loaded: 0, failed: true, message: t('wholeThread.failed') };
      })
      .finally(() => {
        session.signal.removeEventListener('abort', stop);
        run = null;
      });
  };

  void loadOnOpen(session, context, { available, origin, postId, api, fetcher }).then((total) => {
    if (total === null) return;
    // The count the instance gave: the summary and the load's paging both use it.
    session.addData([], { total });
    start(total);
  });
  const load = () => start(session.model.counts.peek().total);
  return {
    state,
    available,
    load,
    cancel: () => {
      run?.abort();
      answer?.(false);
    },
    answer: (goOn) => {
      const give = answer;
      const asked = state.peek();
      answer = null;
      if (give && asked.phase === 'asking') state.value = { phase: 'loading', loaded: asked.loaded, total: asked.total };
      give?.(goOn);
    },
  };
}
