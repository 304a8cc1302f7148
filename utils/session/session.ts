import { signal, type ReadonlySignal } from '@preact/signals';
import type { LemmyPage } from '../lemmy/detect';
import { readIsoData, withExactCounts } from '../lemmy/iso-data';
import { readComments } from '../lemmy/read-thread';
import { downvotesEnabled, readPost } from '../lemmy/read-post';
import { readTheme, type Theme } from '../lemmy/theme';
import { watchPage, type PageChanges } from '../lemmy/watch';
import { logOnce } from '../log';
import { measured } from '../perf';
import { buildThread } from '../thread/build';
import { createThreadModel, type ThreadModel } from '../thread/model';
import { createOutlineModel, type OutlineModel } from '../thread/outline-model';
import { createVoteModel } from '../votes/model';
import type { CommentData, Thread } from '../thread/types';
import { keepUnderPageCollapse } from './keep';

export interface Session {
  /** Identifies the post this session reads; a new post means a new session. */
  key: string;
  page: LemmyPage;
  model: ThreadModel;
  outline: OutlineModel;
  /** Lifetime of this session: aborted on dispose, navigation or extension reload. */
  signal: AbortSignal;
  theme: ReadonlySignal<Theme>;
  /** Article element of a comment, for features that write to the page. */
  elementOf(id: number): Element | undefined;
  /** All article elements read, by comment id. */
  elements(): ReadonlyMap<number, Element>;
  dispose(): void;
}

export interface SessionOptions {
  schedule: (fn: () => void) => void;
  /** Parent lifetime (the content script's ctx.signal). */
  signal: AbortSignal;
  ignore?: (node: Node) => boolean;
}

export function sessionKey(page: LemmyPage): string {
  return `${page.host}/post/${page.route.postId ?? `c${page.route.commentId}`}`;
}

/** Reads the post page into a live thread model and keeps it current until disposed. */
export function createSession(doc: Document, page: LemmyPage, options: SessionOptions): Session {
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal.addEventListener('abort', stop, { once: true });

  const model = createThreadModel();
  // Whether the site shows downvotes: the post's vote bar says so (no downvote button when disabled), else isoData.
  const downvotes = signal<boolean | null>(null);
  const outline = createOutlineModel(model.thread, createVoteModel(model.thread, downvotes));
  const theme = signal(readTheme(doc));
  const cache = new WeakMap<Element, CommentData>();
  let elements = new Map<number, Element>();
  // isoData describes the first server render only: use it while the URL is still that page.
  const iso = readIsoData(doc);
  const isoFits = () => !!iso && iso.path === doc.defaultView?.location.pathname;

  const refresh = () => measured('parse', () => {
    const result = readComments(doc, { host: page.host }, cache);
    if (result.skipped.length) logOnce(`skipped ${result.skipped.length} comment(s): ${result.skipped[0]}`);
    const read = isoFits() ? result.comments.map((c) => withExactCounts(c, iso!.comments.get(c.id))) : result.comments;
    const kept = keepUnderPageCollapse(model.thread.value, read);
    elements = result.elements;
    const post = readPost(doc, page.route.postId, page.host);
    downvotes.value = downvotesEnabled(doc) ?? iso?.downvotes ?? downvotes.value;
    model.setThread(buildThread(post, kept));
  });

  const onChange = (changes: PageChanges) => {
    try {
      for (const el of changes.dirty) cache.delete(el);
      if (changes.theme) theme.value = readTheme(doc);
      if (changes.structure || changes.dirty.size) refresh();
    } catch (error) {
      logOnce('updating the thread', error);
    }
  };

  try {
    refresh();
  } catch (error) {
    logOnce('reading the thread', error);
  }
  watchPage(doc, onChange, { schedule: options.schedule, signal: controller.signal, ignore: options.ignore });

  return {
    key: sessionKey(page),
    page,
    model,
    outline,
    signal: controller.signal,
    theme,
    elementOf: (id) => elements.get(id),
    elements: () => elements,
    dispose() {
      options.signal.removeEventListener('abort', stop);
      stop();
    },
  };
}

export type { Thread };
