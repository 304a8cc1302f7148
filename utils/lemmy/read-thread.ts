import { buildThread } from '../thread/build';
import type { CommentData, PostData, Thread } from '../thread/types';
import { readComment, type ReadContext } from './read-comment';
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
  const comments: CommentData[] = [];
  const elements = new Map<number, Element>();
  const skipped: string[] = [];
  for (const article of root.querySelectorAll(S.commentArticle)) {
    try {
      const data = cachedRead(article, ctx, cache);
      if (!data) {
        skipped.push(`unreadable comment id "${article.id}"`);
        continue;
      }
      if (elements.has(data.id)) {
        skipped.push(`duplicate comment ${data.id}`);
        continue;
      }
      comments.push(data);
      elements.set(data.id, article);
    } catch (error) {
      skipped.push(`comment "${article.id}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { comments, elements, skipped };
}

function cachedRead(article: Element, ctx: ReadContext, cache?: WeakMap<Element, CommentData>): CommentData | null {
  const hit = cache?.get(article);
  if (hit) return hit;
  const data = readComment(article, ctx);
  if (data && cache) cache.set(article, data);
  return data;
}

/** Convenience for tests and one-off reads: page → Thread. */
export function readThread(root: ParentNode, ctx: ReadContext, post: PostData | null = null): Thread & { skipped: string[] } {
  const { comments, skipped } = readComments(root, ctx);
  return { ...buildThread(post, comments), skipped };
}
