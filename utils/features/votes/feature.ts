import type { ReadonlySignal } from '@preact/signals';
import { READ_AT_ONCE, type Session } from '../../session/session';
import { followLater } from '../../tasks';
import type { Thread } from '../../thread/types';
import { createVoteModel, type VoteModel } from '../../votes/vote-model';
import { figuresInSlices } from './figures';
import { spreadInSlices } from './spread';

/**
 * The thread's votes: figures for the Votes tab and the outline's bars, and
 * the order the outline sorts by. On a big thread they follow it a task after
 * it is published, so the outline's first rows do not wait for them (rows
 * show their bars a moment later), and then in slices of their own: the
 * thread's figures (./figures) and every subthread's (./spread), the last
 * complete ones standing meanwhile.
 */
export function startVotes(session: Session): VoteModel {
  const big = (thread: Thread) => thread.byId.size > READ_AT_ONCE;
  const later = (thread: ReadonlySignal<Thread>) => followLater(thread, big, session.signal);
  const votes = createVoteModel(later(session.model.thread), session.downvotes, spreadInSlices(big, session.signal), figuresInSlices(big, session.signal));
  session.outline.sortBy(votes.spread);
  return votes;
}
