/**
 * The controversy rule, one place for comments and subthreads alike:
 *
 * Votes are *controversial* when both sides have at least
 * CONTROVERSY_MIN_VOTES votes and the smaller side is at least
 * CONTROVERSY_MIN_BALANCE of the larger ("many up and many down").
 * Among controversial votes, more votes on the smaller side (the minority)
 * rank as more controversial. A subthread is judged on the sums of its
 * comments' votes. Only applies when the page shows downvotes.
 */
export const CONTROVERSY_MIN_VOTES = 5;
export const CONTROVERSY_MIN_BALANCE = 1 / 3;

/** Votes on the smaller side: 0 when either side is empty. */
export function minority(up: number, down: number): number {
  return Math.max(0, Math.min(up, down));
}

export function isControversial(up: number, down: number): boolean {
  const small = Math.min(up, down);
  const large = Math.max(up, down);
  return small >= CONTROVERSY_MIN_VOTES && small >= large * CONTROVERSY_MIN_BALANCE;
}

/** For sorting: controversial first, then by minority, larger first. Stable sort keeps page order on ties. */
export function compareControversy(a: { up: number; down: number }, b: { up: number; down: number }): number {
  const flag = Number(isControversial(b.up, b.down)) - Number(isControversial(a.up, a.down));
  return flag || minority(b.up, b.down) - minority(a.up, a.down);
}
