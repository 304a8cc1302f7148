import type { CommentData, CommentId, Count, Thread } from '../thread/types';
import { isControversial, minority } from './controversy';
import { histogram, type Bin } from './histogram';
import { decideMode, noteDown, scoreOf, type DownEvidence, type DownvoteMode } from './mode';
import { quantile } from './quantile';
import { people } from '../thread/people';
import { addCount, emptySum, type Sum } from './sum';

export const TOP_COUNT = 5;

export interface ScoreStats {
  /** Comments with a score (loaded, and the page showed one). */
  n: number;
  min: number;
  max: number;
  median: number;
  /** Quartiles: the middle half of the scores lies between them. */
  q1: number;
  q3: number;
  /** Some score was abbreviated, so these are approximate. */
  approx: boolean;
}

export interface ThreadFigures {
  mode: DownvoteMode;
  /** Comments loaded in the page. */
  comments: number;
  /** Replies lemmy-ui knows of but has not loaded: their votes are unknown. */
  unloaded: number;
  participants: number;
  up: Sum;
  /** null unless downvotes are shown (mode 'shown'). */
  down: Sum | null;
  score: Sum;
  /** Comments with at least one abbreviated figure. */
  abbreviated: number;
  stats: ScoreStats | null;
  bins: Bin[];
  /** Highest scores first. */
  top: CommentId[];
  /** Most controversial first; empty unless downvotes are shown. */
  controversial: CommentId[];
}

interface Ranked {
  id: CommentId;
  key: number;
}

/** Keeps the `TOP_COUNT` largest keys; the earlier comment wins a tie. O(k) per insert. */
function offer(list: Ranked[], id: CommentId, key: number): void {
  if (list.length === TOP_COUNT && key <= list[TOP_COUNT - 1]!.key) return;
  let i = list.length < TOP_COUNT ? list.length : TOP_COUNT - 1;
  list[i] = { id, key };
  while (i > 0 && list[i - 1]!.key < key) {
    list[i] = list[i - 1]!;
    list[--i] = { id, key };
  }
}

const isApprox = (c: CommentData) => !!(c.votes.up?.approx || c.votes.down?.approx || c.votes.score?.approx);

/** Comments between two looks at the clock: a look costs about as much as a comment. */
const CHECK_EVERY = 64;

/** The thread's figures, worked out a slice at a time (driven from outside, e.g. utils/tasks). */
export interface FiguresStepper {
  /** Works on until done (true) or `deadline` (performance.now()) has passed. */
  step(deadline: number): boolean;
  /** The figures once `step` has returned true, null before. */
  result(): ThreadFigures | null;
}

/**
 * Every figure of the whole thread in one pass over its comments (then
 * quickselect and binning over the collected scores): O(n), resumable
 * between comments. `site`: downvotes enabled as the page reports it, null
 * when unknown. `every`: comments between looks at the clock (tests set 1).
 */
export function figuresStepper(thread: Thread, site: boolean | null = null, every = CHECK_EVERY): FiguresStepper {
  const seen = people();
  const evidence: DownEvidence = { anyAboveZero: false, allPresent: true };
  const up = emptySum();
  const down = emptySum();
  const score = emptySum();
  const scores = new Float64Array(thread.byId.size);
  const top: Ranked[] = [];
  const hot: Ranked[] = [];
  // No array destructuring in the loop: in cold code each one is an array and an iterator per
  // comment, garbage that drove the GC's marking steps into this task (37 ms at 2,000 comments).
  let n = 0;
  let unloaded = 0;
  let abbreviated = 0;
  let min = Infinity;
  let max = -Infinity;
  const visit = (c: CommentData) => {
    seen.idOf(c.author);
    unloaded += c.moreReplies;
    if (isApprox(c)) abbreviated++;
    noteDown(evidence, c.votes.down);
    addCount(up, c.votes.up);
    addCount(down, c.votes.down);
    const s: Count | null = scoreOf(c.votes);
    addCount(score, s);
    if (s) {
      scores[n++] = s.value;
      if (s.value < min) min = s.value;
      if (s.value > max) max = s.value;
      offer(top, c.id, s.value);
    }
    const ups = c.votes.up?.value ?? 0;
    const downs = c.votes.down?.value ?? 0;
    if (isControversial(ups, downs)) offer(hot, c.id, minority(ups, downs));
  };
  const finish = (): ThreadFigures => {
    const mode = decideMode(evidence, site);
    const used = scores.subarray(0, n);
    return {
      mode,
      comments: thread.byId.size,
      // The post's own count, where known, also covers what no loaded comment knows of (threads lemmy-ui never fetched).
      unloaded: thread.total === undefined ? unloaded : Math.max(0, thread.total - thread.byId.size),
      participants: seen.size,
      up,
      down: mode === 'shown' ? down : null,
      score,
      abbreviated,
      bins: histogram(used, min, max),
      stats: n ? scoreStats(used.slice(), min, max, score.approx) : null,
      top: top.map((r) => r.id),
      controversial: mode === 'shown' ? hot.map((r) => r.id) : [],
    };
  };
  // The thread is immutable: its map's iterator resumes where the last slice stopped.
  const comments = thread.byId.values();
  let figures: ThreadFigures | null = null;
  return {
    step(deadline) {
      let done = 0;
      for (let next = comments.next(); !next.done; next = comments.next()) {
        visit(next.value);
        if (++done % every === 0 && performance.now() >= deadline) return false;
      }
      figures ??= finish();
      return true;
    },
    result: () => figures,
  };
}

/** Every figure of the whole thread at once. */
export function threadFigures(thread: Thread, site: boolean | null = null): ThreadFigures {
  const stepper = figuresStepper(thread, site);
  stepper.step(Infinity);
  return stepper.result()!;
}

function scoreStats(scratch: Float64Array, min: number, max: number, approx: boolean): ScoreStats {
  return {
    n: scratch.length,
    min,
    max,
    median: quantile(scratch, 0.5),
    q1: quantile(scratch, 0.25),
    q3: quantile(scratch, 0.75),
    approx,
  };
}
