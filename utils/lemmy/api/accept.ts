import { logOnce } from '../../log';
import { validId } from '../route';

/** Views left out of a load, by reason. */
export interface Skipped {
  /** A view of another post: the instance answered for something else. */
  otherPost: number;
  /** Already delivered: a comment posted during the load shifts Old pages by one, repeating a view. */
  duplicate: number;
  /** No comment id or post id to check. */
  invalid: number;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

/**
 * Keeps the views of one post, each comment once across pages. The contents
 * are read later (utils/lemmy/comment-view.ts); this only checks whose they are.
 */
export function acceptor(postId: number) {
  const seen = new Set<number>();
  const skipped: Skipped = { otherPost: 0, duplicate: 0, invalid: 0 };

  function keep(view: unknown): boolean {
    const comment = obj(obj(view).comment);
    if (!validId(comment.id) || typeof comment.post_id !== 'number') {
      skipped.invalid++;
      logOnce('The comment list held views without a comment id or post id; they were skipped.');
      return false;
    }
    if (comment.post_id !== postId) {
      skipped.otherPost++;
      logOnce('The comment list held comments of another post; they were skipped.');
      return false;
    }
    if (seen.has(comment.id)) {
      skipped.duplicate++;
      return false;
    }
    seen.add(comment.id);
    return true;
  }

  return { accept: (views: unknown[]) => views.filter(keep), skipped };
}
