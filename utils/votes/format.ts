/** Share of upvotes in all votes, rounded; null with no votes. (Figures in words: components/votes/words.) */
export function percentUp(up: number, down: number): number | null {
  return up + down > 0 ? Math.round((100 * up) / (up + down)) : null;
}
