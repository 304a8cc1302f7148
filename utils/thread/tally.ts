import { people } from './people';
import type { CommentData, CommentId } from './types';

/** What the thread's counts need from every comment: one pass over them. */
export interface Tally {
  /** lemmy-ui's "more replies" added up. */
  moreReplies: number;
  /** Comments known from the data only, not rendered in the page. */
  offPage: number;
  participants: number;
}

/**
 * The tally of a thread's comments, remembered by its map of them: a thread settled or given
 * its total keeps that map, and a big rebuild works the tally out a task ahead of publishing
 * (session.ts), 5-10 ms at 10,000 comments that the publishing task no longer holds.
 */
export function tally(byId: ReadonlyMap<CommentId, CommentData>): Tally {
  const known = tallies.get(byId);
  if (known) return known;
  const seen = people();
  let moreReplies = 0;
  let offPage = 0;
  for (const c of byId.values()) {
    seen.idOf(c.author);
    moreReplies += c.moreReplies;
    if (c.offPage) offPage++;
  }
  const result = { moreReplies, offPage, participants: seen.size };
  tallies.set(byId, result);
  return result;
}

const tallies = new WeakMap<ReadonlyMap<CommentId, CommentData>, Tally>();
