import { buildThread } from '../thread/build';
import type { CommentData, PostData, Thread } from '../thread/types';
import { readComment, type Levels, type ReadContext } from './read-comment';
import * as S from './selectors';

export interface ReadResult {
  comments: CommentData[];
  /** Article elements by comment id, for the features that write to the page. */
  elements: Map<number, Element>;
  /** What could not be read, one line each (logged once by the caller). */
  skipped: string[];
}

/**
 * Reads every comment article under `root` in page order. A comment that
 * throws is skipped and reported, never thrown to the page. `cache` lets a
 * caller reuse the data of articles that have not changed since the last read.
 */
export function readComments(
  root: ParentNode,
  ctx: ReadContext,
  cache?: WeakMap<Element, CommentData>,
): ReadResult {
  const reader = commentReader(root, ctx, cache);
  reader.step(Infinity);
  return reader.result;
}

/** readComments a slice at a time: the articles present when it starts, in page order. */
export interface CommentReader {
  /** Whether there are at most `n` articles to read: on a big page, known without listing them. */
  atMost(n: number): boolean;
  /** Reads on until every article is read (true) or `deadline` (performance.now()) has passed. */
  step(deadline: number): boolean;
  readonly result: ReadResult;
}

export function commentReader(root: ParentNode, ctx: ReadContext, cache?: WeakMap<Element, CommentData>): CommentReader {
  const result: ReadResult = { comments: [], elements: new Map(), skipped: [] };
  const levels: Levels = new Map();
  // Listed at the first step, not here: the search takes 8-10 ms on a 10,000-comment page, and
  // the task that starts a session is long enough.
  let listed: NodeListOf<Element> | undefined;
  const list = () => (listed ??= root.querySelectorAll(S.commentArticle));
  // Asked at the first step, not here: on a big page the data is read in a slice before it.
  let data: ReadonlyMap<number, CommentData> | undefined;
  let next = 0;
  return {
    atMost(n) {
      // Comment articles are most of a post page's articles, whose count the browser keeps. Only
      // a choice between reading at once and in slices hangs on it: both read every comment.
      const all = 'getElementsByTagName' in root ? (root as Element).getElementsByTagName('article').length : null;
      if (all !== null && all <= n) return true;
      if (all !== null && all > 2 * n) return false;
      return list().length <= n;
    },
    result,
    step(deadline) {
      data ??= ctx.data?.();
      const articles = list();
      // An indexed loop: a NodeList iterator allocates on every step. The clock is read
      // every 16 articles: one article takes microseconds, and so does reading the clock.
      while (next < articles.length) {
        readInto(result, articles[next++]!, ctx, levels, cache, data);
        if ((next & 15) === 0 && deadline !== Infinity && performance.now() >= deadline) break;
      }
      return next >= articles.length;
    },
  };
}

function readInto(
  out: ReadResult,
  article: Element,
  ctx: ReadContext,
  levels: Levels,
  cache?: WeakMap<Element, CommentData>,
  known?: ReadonlyMap<number, CommentData>,
): void {
  try {
    const data = cachedRead(article, ctx, levels, cache, known);
    if (!data) out.skipped.push(`unreadable comment id "${article.id}"`);
    else if (out.elements.has(data.id)) out.skipped.push(`duplicate comment ${data.id}`);
    else {
      out.comments.push(data);
      out.elements.set(data.id, article);
    }
  } catch (error) {
    out.skipped.push(`comment "${article.id}": ${error instanceof Error ? error.message : String(error)}`);
  }
}

function cachedRead(
  article: Element,
  ctx: ReadContext,
  levels: Levels,
  cache?: WeakMap<Element, CommentData>,
  known?: ReadonlyMap<number, CommentData>,
): CommentData | null {
  const hit = cache?.get(article);
  if (hit) return hit;
  const data = readComment(article, ctx, levels, known);
  if (data && cache) cache.set(article, data);
  return data;
}

/** Convenience for tests and one-off reads: page → Thread. */
export function readThread(root: ParentNode, ctx: ReadContext, post: PostData | null = null): Thread & { skipped: string[] } {
  const { comments, skipped } = readComments(root, ctx);
  return { ...buildThread(post, comments), skipped };
}
