import type { Count, Votes } from '../thread/types';

/**
 * Whether downvotes can be counted on this page:
 * - 'disabled': the site says downvotes are off (the post's vote bar has no downvote button);
 * - 'shown': some comment shows a downvote count above 0, or the site says downvotes are on
 *   and every comment carries a downvote figure (lemmy-ui hides a zero, the reader fills it in);
 * - 'hidden': otherwise (no downvote figure anywhere, e.g. lemmy-ui 0.18 read anonymously, or
 *   only zeros that might just mean "not shown").
 * Anything but 'shown' means "upvotes only": no downvote totals, no controversy.
 */
export type DownvoteMode = 'shown' | 'hidden' | 'disabled';

/** What the page's comments said about downvotes, gathered during one pass. */
export interface DownEvidence {
  anyAboveZero: boolean;
  allPresent: boolean;
}

export function noteDown(evidence: DownEvidence, down: Count | null): void {
  if (!down) evidence.allPresent = false;
  else if (down.value > 0) evidence.anyAboveZero = true;
}

/** `site`: downvotes enabled as the page reports it (read-post.ts downvotesEnabled), null when unknown. */
export function decideMode(evidence: DownEvidence, site: boolean | null): DownvoteMode {
  if (site === false) return 'disabled';
  if (evidence.anyAboveZero) return 'shown';
  return site === true && evidence.allPresent ? 'shown' : 'hidden';
}

/** A comment's score: as shown, else up − down, else upvotes (upvote-only sites show just those). */
export function scoreOf(votes: Votes): Count | null {
  if (votes.score) return votes.score;
  if (votes.up && votes.down) return { value: votes.up.value - votes.down.value, approx: votes.up.approx || votes.down.approx };
  return votes.up;
}
