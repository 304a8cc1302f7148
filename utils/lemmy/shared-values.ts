import type { Badges, Count } from '../thread/types';

/**
 * Values most comments have in common, made once and frozen, for the readers
 * of the page and of the data. A big thread's read makes thousands of small
 * objects, and each is one more to copy when a collection lands in the middle
 * of it (docs/performance.md, "JSON to rows, fifth round"). Frozen, so that no
 * comment can change another's.
 */

const SMALL = 1024;
const COUNTS: Count[] = [];

/** An exact count: shared for the integers most figures are (-1,024 to 1,023; not -0), new otherwise. */
export function exactCount(value: number): Count {
  if (!Number.isInteger(value) || value < -SMALL || value >= SMALL || Object.is(value, -0)) return { value, approx: false };
  return (COUNTS[value + SMALL] ??= Object.freeze({ value, approx: false }));
}

const BADGES: Badges[] = [];

/** One of the 32 sets of badges. */
export function badgesOf(op: boolean, mod: boolean, admin: boolean, bot: boolean, banned: boolean): Badges {
  const key = +op | (+mod << 1) | (+admin << 2) | (+bot << 3) | (+banned << 4);
  return (BADGES[key] ??= Object.freeze({ op, mod, admin, bot, banned }));
}

/** Most comments quote nothing: one empty list for them all. */
export const NO_QUOTES: readonly string[] = Object.freeze([]);
