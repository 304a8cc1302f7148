import { guard, logOnce } from '../../log';
import { measured } from '../../measure';
import { readCommentView } from '../../lemmy/comment-view';
import type { Session } from '../../session/session';
import type { CommentData } from '../../thread/types';
import type { FeatureContext } from '../types';

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
export function batcher(session: Session, context: FeatureContext, postId: number | null) {
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

