import type { ReadonlySignal } from '@preact/signals';
import { READ_AT_ONCE, type Session } from '../../session/session';
import { followLater } from '../../tasks';
import type { Thread } from '../../thread/types';
import { createVoteModel, type VoteModel } from '../../votes/vote-model';
import { spreadInSlices } from './spread';

/**
 * The thread's votes: figures for the Votes tab and the outline's bars, and
 * the order the outline sorts by. Vote figures of a big thread are computed a
 * task after the thread is published, so the outline's first rows do not
 * wait for them (rows show their bars a moment later), and the subthread
 * figures in slices after the thread's (./spread).
 */
export function startVotes(session: Session): VoteModel {
  const big = (thread: Thread) => thread.byId.size > READ_AT_ONCE;
  const later = (thread: ReadonlySignal<Thread>) => followLater(thread, big, session.signal);
  const votes = createVoteModel(later(session.model.thread), session.downvotes, spreadInSlices(big, session.signal));
  session.outline.sortBy(votes.spread);
  return votes;
}
