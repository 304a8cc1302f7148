import { buildThread } from '../../../utils/thread/build';
import type { CommentData, PostData, Thread } from '../../../utils/thread/types';
import type { QuoteLink } from '../../../utils/quotes';

export { makeComment as c } from '../../support/make-comment';

export function post(text: string): PostData {
  return { id: 1, title: 'A post', author: null, community: null, text };
}

export function thread(postText: string | null, comments: CommentData[]): Thread {
  return buildThread(postText === null ? null : post(postText), comments);
}

/** The source text a link points into. */
export function sourceText(t: Thread, link: QuoteLink): string {
  return link.source.kind === 'post' ? (t.post?.text ?? '') : (t.byId.get(link.source.id)?.text ?? '');
}

/** What each span of a link covers in its source. */
export function slices(t: Thread, link: QuoteLink): string[] {
  const text = sourceText(t, link);
  return link.ranges.map((r) => text.slice(r.start, r.end));
}

/** "post" or the source comment's id, for short assertions. */
export function from(link: QuoteLink | undefined): 'post' | number | null {
  if (!link) return null;
  return link.source.kind === 'post' ? 'post' : link.source.id;
}
