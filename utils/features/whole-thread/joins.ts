import { guard, logOnce } from '../../log';
import { measured } from '../../measure';
import { readCommentView, type ViewContext } from '../../lemmy/comment-view';
import type { Session } from '../../session/session';
import type { Author, CommentData } from '../../thread/types';
import type { FeatureContext } from '../types';

/** The first join waits for a page at least… */
const FIRST_JOIN = 50;

/** …later joins for three times what was joined before (see batcher)… */
const JOIN_GROWTH = 3;

/** …and each for a second since the last join, the first since the first page came. */
const JOIN_PAUSE_MS = 1000;

/**
 * Comments are joined to the thread when what waits is three times what was
 * joined before, and a second has passed since the last join (the first: since
 * the first page came); not page by page: each join rebuilds the thread whole,
 * and every feature that follows it runs again. A load that ends within a
 * second (2,000 comments on a fast instance) is joined once, at its end; a
 * longer one grows the outline after a second, then every second or more:
 * 10,000 take two or three joins, their cost adding up to about 1.3 times the
 * last one. The progress bar moves with every page meanwhile.
 */
export function batcher(session: Session, context: FeatureContext, postId: number | null, now: () => number = () => performance.now()) {
  let pending: CommentData[] = [];
  // One per load: a person's comments share one author object.
  const authors = new Map<number, Author>();
  let joined = 0;
  let joinedAt = -Infinity;
  let queued = false;
  const join = (complete: boolean) => {
    queued = false;
    joinedAt = now();
    const comments = pending;
    pending = [];
    if (session.signal.aborted) return;
    joined += comments.length;
    guard('adding loaded comments', () => session.addData(comments, { complete }), undefined);
  };
  return {
    /** Each page is read as it comes (a millisecond or so for 50), never thousands in one task. */
    add(views: unknown[]) {
      if (joinedAt === -Infinity) joinedAt = now();
      // 'whole-thread-read': the API's JSON to comments; the session's own 'parse' and 'publish' follow.
      const comments = measured('whole-thread-read', () => readViews(views, { host: session.page.host, postId, authors }));
      if (comments.length < views.length) logOnce('skipped comments of the API that could not be read');
      for (const c of comments) pending.push(c);
      if (queued || pending.length < Math.max(FIRST_JOIN, JOIN_GROWTH * joined) || now() - joinedAt < JOIN_PAUSE_MS) return;
      queued = true;
      context.schedule(() => queued && join(false));
    },
    flush: join,
  };
}

function readViews(views: readonly unknown[], ctx: ViewContext): CommentData[] {
  const comments: CommentData[] = [];
  for (const view of views) {
    const c = readCommentView(view, ctx);
    if (c) comments.push(c);
  }
  return comments;
}

