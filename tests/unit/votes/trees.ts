import { buildThread } from '../../../utils/thread/build';
import type { CommentData, Count, Thread, Votes } from '../../../utils/thread/types';
import { makeComment } from '../../support/make-comment';

export const exact = (value: number): Count => ({ value, approx: false });
export const approx = (value: number): Count => ({ value, approx: true });

/** Votes as lemmy-ui B shows them with downvotes on: up, down, and the score they imply. */
export function upDown(up: number, down: number): Votes {
  return { up: exact(up), down: exact(down), score: exact(up - down) };
}

/** [id, parent, votes, author?, extra?] rows → a Thread. */
export type Spec = [id: number, parent: number | null, votes: Votes, author?: string, extra?: Partial<CommentData>];

export function tree(rows: Spec[]): Thread {
  return buildThread(
    null,
    rows.map(([id, parent, votes, author, extra]) =>
      makeComment(id, parent, {
        votes,
        ...(author ? { author: { name: author, instance: 'lemmy.test', display: author } } : {}),
        ...extra,
      }),
    ),
  );
}

/** The seed thread's shape and upvotes (hexbear.net, downvotes disabled): as the reader parses it, down 0. */
export const SEED_UPVOTES: Spec[] = [
  [5912377, null, upDown(30, 0), 'panopticon'],
  [5912460, 5912377, upDown(32, 0), 'panopticon'],
  [5912398, null, upDown(24, 0), 'GrouchyGrouse'],
  [5912511, null, upDown(22, 0), 'RonPaulyShore'],
  [5912533, null, upDown(18, 0), 'lorty'],
  [5912702, 5912533, upDown(7, 0), 'TheLastHero'],
];
