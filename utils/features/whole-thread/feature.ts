import { signal, type ReadonlySignal } from '@preact/signals';
import { loadComments, type LoadOptions } from '../../lemmy/api/load-comments';
import { loadPostCount } from '../../lemmy/api/post-count';
import type { ApiVersion } from '../../lemmy/api/urls';
import { readCommentView } from '../../lemmy/comment-view';
import { guard, logOnce } from '../../log';
import { measured } from '../../measure';
import type { Session } from '../../session/session';
import type { CommentData } from '../../thread/types';
import type { FeatureContext } from '../types';
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
      .then((outcome) => {
        batches.flush(outcome.status === 'done');
        if (!session.signal.aborted) state.value = endState(outcome);
      })
      .catch((e: unknown) => {
        logOnce('loading the whole thread failed:', e);
        state.value = { phase: 'ended', loaded: 0, failed: true, message: 'Loading failed.' };
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

/** The first page is joined at once, so the outline grows as soon as the load starts. */
const FIRST_JOIN = 50;

/** Joins wait for three times what was joined before (see batcher). */
const JOIN_GROWTH = 3;

/**
 * Comments are joined to the thread when what waits is three times what was
 * joined before (50, 200, 800, 3,200…), not page by page: each join rebuilds
 * the thread whole, so 10,000 comments take five joins, not two hundred, and
 * their cost adds up to about 1.4 times the last one. The progress bar moves
 * with every page meanwhile.
 */
function batcher(session: Session, context: FeatureContext, postId: number | null) {
  let pending: CommentData[] = [];
  let joined = 0;
  let queued = false;
  const join = (complete: boolean) => {
    queued = false;
    const comments = pending;
    pending = [];
    if (session.signal.aborted) return;
    joined += comments.length;
    guard('adding loaded comments', () => session.addData(comments, { complete }), undefined);
  };
  return {
    /** Each page is read as it comes (a millisecond or so for 50), never thousands in one task. */
    add(views: unknown[]) {
      // 'whole-thread-read': the API's JSON to comments; the session's own 'parse' and 'publish' follow.
      const comments = measured('whole-thread-read', () => readViews(views, session.page.host, postId));
      if (comments.length < views.length) logOnce('skipped comments of the API that could not be read');
      for (const c of comments) pending.push(c);
      if (queued || pending.length < Math.max(FIRST_JOIN, JOIN_GROWTH * joined)) return;
      queued = true;
      context.schedule(() => queued && join(false));
    },
    flush: join,
  };
}

function readViews(views: readonly unknown[], host: string, postId: number | null): CommentData[] {
  const comments: CommentData[] = [];
  for (const view of views) {
    const c = readCommentView(view, { host, postId });
    if (c) comments.push(c);
  }
  return comments;
}

/**
 * The reader's setting: load when a post opens, for posts up to a size (asking
 * the instance the count if the page does not say). The post's count when it
 * should, else null.
 */
async function loadOnOpen(
  session: Session,
  context: FeatureContext,
  o: { available: boolean; origin: string; postId: number | null; api: ApiVersion; fetcher?: typeof fetch },
): Promise<number | null> {
  const { wholeThread } = await context.loaded;
  if (!o.available || !wholeThread.auto || session.signal.aborted) return null;
  const counts = session.model.counts.peek();
  const total = counts.total ?? (await loadPostCount({ origin: o.origin, postId: o.postId!, api: o.api, signal: session.signal, fetch: o.fetcher }));
  return total !== null && total <= wholeThread.upTo && counts.comments < total && !session.signal.aborted ? total : null;
}
