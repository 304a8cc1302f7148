/**
 * Searching a run of word ids for a quote's word ids. Words are interned to
 * integers once per thread, so comparisons are cheap. `blocked` marks words a
 * match may not include (the source's own blockquotes): they act as walls.
 */

/** A match of words [start, end) of the source; cost = word edits (0 = exact). */
export interface Hit {
  start: number;
  end: number;
  cost: number;
}

/** KMP failure table: linear-time exact search even on repetitive text ("ha ha ha ha …"). */
export function failureTable(pattern: Int32Array): Int32Array {
  const fail = new Int32Array(pattern.length);
  let k = 0;
  for (let i = 1; i < pattern.length; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = fail[k - 1]!;
    if (pattern[i] === pattern[k]) k++;
    fail[i] = k;
  }
  return fail;
}

/** First exact occurrence of `pattern` within words [from, to), not touching a blocked word. */
export function findExact(
  words: Int32Array,
  blocked: Uint8Array,
  pattern: Int32Array,
  fail: Int32Array,
  from: number,
  to: number = words.length,
): Hit | null {
  const m = pattern.length;
  if (m === 0) return null;
  let k = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    if (blocked[i]) {
      k = 0;
      continue;
    }
    const w = words[i];
    while (k > 0 && w !== pattern[k]) k = fail[k - 1]!;
    if (w === pattern[k]) k++;
    if (k === m) return { start: i - m + 1, end: i + 1, cost: 0 };
  }
  return null;
}

/**
 * Best approximate occurrence with at most `maxCost` word edits (substitute,
 * insert, delete), starting the search at `from` and ending it before `to`.
 * Sellers' dynamic programme on words, O(pattern × window): callers keep the
 * pattern short (long quotes are matched in chunks) and the window filtered.
 * Takes the first place the cost drops to the limit, then looks a few words on
 * for a better end (see `better`).
 */
export function findFuzzy(
  words: Int32Array,
  blocked: Uint8Array,
  pattern: Int32Array,
  from: number,
  to: number,
  maxCost: number,
): Hit | null {
  const m = pattern.length;
  if (m === 0 || maxCost < 0) return null;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  // Where the alignment ending in each cell began, so the hit knows its start.
  let prevFrom = new Int32Array(m + 1);
  let curFrom = new Int32Array(m + 1);
  const restart = (at: number) => {
    for (let i = 0; i <= m; i++) (prev[i] = i), (prevFrom[i] = at);
  };
  restart(from);
  let best: Hit | null = null;
  let stop = to;
  for (let c = Math.max(0, from); c < stop; c++) {
    if (blocked[c]) {
      if (best) break;
      restart(c + 1);
      continue;
    }
    const w = words[c];
    cur[0] = 0;
    curFrom[0] = c + 1;
    for (let i = 1; i <= m; i++) {
      // Diagonal first, so ties keep words aligned rather than skipped.
      let v = prev[i - 1]! + (pattern[i - 1] === w ? 0 : 1);
      let s = prevFrom[i - 1]!;
      if (cur[i - 1]! + 1 < v) (v = cur[i - 1]! + 1), (s = curFrom[i - 1]!);
      if (prev[i]! + 1 < v) (v = prev[i]! + 1), (s = prevFrom[i]!);
      cur[i] = v;
      curFrom[i] = s;
    }
    const hit = { start: curFrom[m]!, end: c + 1, cost: cur[m]! };
    if (hit.cost <= maxCost) {
      if (!best) stop = Math.min(to, c + maxCost + 2);
      if (better(hit, best, m)) best = hit;
    }
    // Swapped through temporaries: a destructuring swap is an array per word until the code is optimised.
    const row = prev;
    prev = cur;
    cur = row;
    const from = prevFrom;
    prevFrom = curFrom;
    curFrom = from;
  }
  return best && best.end > best.start ? best : null;
}

/**
 * Cheaper wins; at equal cost the one whose length is nearer the quote's, so
 * a misspelt last word ("programing") is covered rather than dropped.
 */
function better(hit: Hit, best: Hit | null, m: number): boolean {
  if (!best) return true;
  if (hit.cost !== best.cost) return hit.cost < best.cost;
  return Math.abs(hit.end - hit.start - m) < Math.abs(best.end - best.start - m);
}
