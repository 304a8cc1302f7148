import { signal, type ReadonlySignal } from '@preact/signals';
import type { LemmyPage } from '../lemmy/detect';
import type { PostRoute } from '../lemmy/route';
import { readIsoData, type IsoData } from '../lemmy/iso-data';
import { commentReader, readComments, type CommentReader, type ReadResult } from '../lemmy/read-thread';
import { downvotesEnabled, pagePath, readPost, shownCommentCount } from '../lemmy/read-post';
import { readTheme, type Theme } from '../lemmy/theme';
import { watchPage, type PageChanges } from '../lemmy/watch';
import { guard, logOnce } from '../log';
import { forgetMeasures, measured } from '../measure';
import { inSlices } from '../tasks';
import { buildThread } from '../thread/build';
import { mergeWithData, settleMissing } from '../thread/merge';
import { VIEW_PREPARATIONS } from '../thread/prepare';
import { createThreadModel, EMPTY_THREAD, type ThreadModel } from '../thread/thread-model';
import { createOutlineModel, type OutlineModel } from './outline-model';
import type { CommentData, Thread } from '../thread/types';
import { createDataStore } from './data-store';
import { keepUnderPageCollapse } from './keep-collapsed';

export interface Session {
  /** Identifies the post this session reads; a new post means a new session. */
  key: string;
  page: LemmyPage;
  /**
   * The URL's route now. The session is per post: lemmy-ui moving between a context view
   * (`/post/P/C`) and the whole post (`/post/P`) keeps it, and only this changes.
   */
  route: ReadonlySignal<PostRoute>;
  /** The content script saw the URL move within this post. */
  setRoute(route: PostRoute): void;
  model: ThreadModel;
  outline: OutlineModel;
  /** Lifetime of this session: aborted on dispose, navigation or extension reload. */
  signal: AbortSignal;
  theme: ReadonlySignal<Theme>;
  /** Whether the site shows downvotes, as the page says (null: unknown). */
  downvotes: ReadonlySignal<boolean | null>;
  /** Article element of a comment, for features that write to the page. */
  elementOf(id: number): Element | undefined;
  /** All article elements read, by comment id. */
  elements(): ReadonlyMap<number, Element>;
  /**
   * Comments from the instance's API (fresher than isoData) join the thread.
   * `total`: the post's comment count; `complete`: these are every comment the
   * instance gives, so none is missing any more.
   */
  addData(comments: readonly CommentData[], options?: { total?: number | null; complete?: boolean }): void;
  /** Resolves once the thread is next published (or the session ends): what was added is in the model then. */
  nextPublish(): Promise<void>;
  dispose(): void;
}

export interface SessionOptions {
  schedule: (fn: () => void) => void;
  /** Parent lifetime (the content script's ctx.signal). */
  signal: AbortSignal;
  ignore?: (node: Node) => boolean;
  /** The page removed one of the nodes `ignore` names (the sidebar's host). */
  onIgnoredRemoved?: () => void;
}

/**
 * Pages with up to this many comments are read at once, in the task that found the page; bigger
 * ones a slice per task (utils/tasks). Cold, 300 comments took 25-60 ms with the features' start
 * in the same task: a long task on every middling thread (docs/performance.md).
 */
export const READ_AT_ONCE = 150;

export function sessionKey(page: Pick<LemmyPage, 'host' | 'route'>): string {
  return `${page.host}/post/${page.route.postId ?? `c${page.route.commentId}`}`;
}

/** Reads the post page into a live thread model and keeps it current until disposed. */
export function createSession(doc: Document, page: LemmyPage, options: SessionOptions): Session {
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal.addEventListener('abort', stop, { once: true });

  // The post from the start: the sidebar's title is in place before the first rows, so the
  // outline does not shrink under them (docs/performance.md, "The sidebar's size").
  const model = createThreadModel({ ...EMPTY_THREAD, post: readPost(doc, page.route.postId, page.host) });
  // Whether the site shows downvotes: the post's vote bar says so (no downvote button when disabled), else isoData.
  const downvotes = signal<boolean | null>(null);
  const outline = createOutlineModel(model.thread);
  const theme = signal(readTheme(doc));
  const route = signal(page.route);
  const cache = new WeakMap<Element, CommentData>();
  let elements = new Map<number, Element>();
  // isoData describes the first server render only: use it while the URL is still that page.
  // Read on first use, which on a big page is a slice of its own: it holds up to 300 comments
  // (lemmy-ui's first fetch), hundreds of KB of JSON, and the start-up task is long enough.
  let iso: IsoData | null | undefined;
  const isoData = () => (iso === undefined ? (iso = readIsoData(doc)) : iso);
  const isoFits = () => !!isoData() && iso!.path === pagePath(doc);

  // The count the listing shows: read once it is needed (isoData no longer fits) and found.
  let shownTotal: number | null = null;
  const pageTotal = () => (shownTotal ??= shownCommentCount(doc));
  const data = createDataStore(() => (isoFits() ? iso! : null), pageTotal);

  // Articles lemmy-ui changed after they were read: their page may be newer than the data (a
  // vote, an edit), so they are read whole (read-comment.ts, the fast path; docs/performance.md).
  const changed = new WeakSet<Element>();
  const ctx = { host: page.host, data: () => data.comments(), changed };
  let lastRead: ReadResult | null = null;
  // The tree, then what is missing from it: on 10,000 comments each is 10-30 ms, so a big
  // rebuild runs them in tasks of their own (rebuild, below).
  const unsettled = (result: ReadResult): Thread => {
    // Once, not once per count: the count changes with every page update.
    if (result.skipped.length) logOnce('skipped comments that could not be read; the first:', result.skipped[0]);
    lastRead = result;
    const kept = keepUnderPageCollapse(model.thread.value, result.comments);
    return buildThread(readPost(doc, page.route.postId, page.host), mergeWithData(kept, data.comments()));
  };
  const settle = (thread: Thread): Thread => {
    const total = data.total(thread.byId.size);
    const settled = data.comments().size ? settleMissing(thread, data.complete) : thread;
    return total === null ? settled : { ...settled, total };
  };
  const toThread = (result: ReadResult): Thread => settle(unsettled(result));
  // Who waits for the next publish; also let go when a rebuild fails or the session ends.
  const waiting: (() => void)[] = [];
  const letGo = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  controller.signal.addEventListener('abort', letGo, { once: true });
  // Outside the 'parse' measure: setting the thread runs every feature that follows it.
  const publish = (result: ReadResult, thread: Thread) => {
    measured('publish', () => {
      elements = result.elements;
      downvotes.value = downvotesEnabled(doc) ?? isoData()?.downvotes ?? downvotes.value;
      model.setThread(thread);
    });
    letGo();
  };
  const refresh = () => rebuild(() => readComments(doc, ctx, cache));

  // A big thread (the page's comments, or those the data brought) is rebuilt in tasks: the tree,
  // what is missing from it, what its views ask for first (utils/thread/prepare, one task each),
  // then publishing it (every feature that follows it). Changes meanwhile make one more.
  const rebuild = (read: () => ReadResult, split = false) => {
    if (slicing) {
      stale = true;
      return;
    }
    if (!split && model.thread.peek().byId.size <= READ_AT_ONCE && data.comments().size <= READ_AT_ONCE) {
      const [result, thread] = measured('parse', () => {
        const r = read();
        return [r, toThread(r)] as const;
      });
      return publish(result, thread);
    }
    slicing = true;
    let built: [ReadResult, Thread] | null = null;
    let settled = false;
    let phase = 0;
    const step = () => {
      guarded('reading the thread', () => {
        if (phase === 0) {
          const r = read();
          built = [r, unsettled(r)];
        } else if (built && phase === 1) {
          built[1] = settle(built[1]);
          settled = true;
        } else if (built) {
          VIEW_PREPARATIONS[phase - 2]!(built[1]);
        }
      });
      // Done after the last preparation, or after the first phase if it failed.
      return ++phase >= 2 + VIEW_PREPARATIONS.length || !built;
    };
    const finish = () => {
      slicing = false;
      if (built && settled) guarded('updating the thread', () => publish(...built!));
      else letGo();
      if (stale) {
        stale = false;
        refresh();
      }
    };
    inSlices('parse', step, finish, controller.signal);
  };

  // A big page is read in slices; page changes meanwhile are read once it is done.
  let slicing = false;
  let stale = false;
  const readFirst = (reader: CommentReader) => {
    if (reader.atMost(READ_AT_ONCE)) {
      measured('parse', () => reader.step(Infinity));
      return publish(reader.result, measured('parse', () => toThread(reader.result)));
    }
    // Slices read the articles, one more builds the tree, one each prepares what its views ask
    // for first, and publishing it (every feature that follows it, the sidebar's render) has a
    // task of its own.
    slicing = true;
    let read = false;
    let thread: Thread | null = null;
    let prepared = 0;
    const step = (deadline: number) => {
      // isoData first, in a slice of its own: the comments it holds are read faster from it.
      if (iso === undefined) {
        guarded('reading isoData', isoData);
        iso ??= null; // unreadable: not tried again every slice
        return false;
      }
      if (!read) {
        read = reader.step(deadline);
        return false;
      }
      if (!thread) {
        guarded('reading the thread', () => (thread = toThread(reader.result)));
        return !thread;
      }
      guarded('reading the thread', () => VIEW_PREPARATIONS[prepared]!(thread!));
      return ++prepared >= VIEW_PREPARATIONS.length;
    };
    const finish = () => {
      slicing = false;
      if (stale) refresh();
      else if (thread) publish(reader.result, thread);
    };
    inSlices('parse', step, () => guarded('reading the thread', finish), controller.signal);
  };

  const onChange = (changes: PageChanges) =>
    guarded('updating the thread', () => {
      for (const el of changes.dirty) if (cache.delete(el)) changed.add(el);
      if (changes.ownRemoved) options.onIgnoredRemoved?.();
      if (changes.theme) theme.value = readTheme(doc);
      if (!changes.structure && !changes.dirty.size) return;
      refresh();
    });

  guarded('reading the thread', () => readFirst(commentReader(doc, ctx, cache)));
  watchPage(doc, onChange, { schedule: options.schedule, signal: controller.signal, ignore: options.ignore });

  return {
    key: sessionKey(page),
    page,
    route,
    setRoute: (next) => {
      if (next.postId !== route.peek().postId || next.commentId !== route.peek().commentId) route.value = next;
    },
    model,
    outline,
    signal: controller.signal,
    theme,
    downvotes,
    elementOf: (id) => elements.get(id),
    elements: () => elements,
    addData(comments, options = {}) {
      data.add(comments, options);
      const last = lastRead;
      // Always in two tasks: the data comes while the page is busy too (the load's first pages
      // land with the sidebar's first renders), and each join adds up to thousands.
      if (last) guarded('updating the thread', () => rebuild(() => last, true));
    },
    nextPublish: () => (controller.signal.aborted ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
    dispose() {
      options.signal.removeEventListener('abort', stop);
      stop();
      forgetMeasures();
    },
  };
}

/** Runs `fn`; an error is logged once (utils/log's guard), never thrown to the page. */
function guarded(what: string, fn: () => void): void {
  guard(what, fn, undefined);
}

export type { Thread };
