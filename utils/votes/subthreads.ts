import type { CommentData, CommentId, Thread } from '../thread/types';
import { isControversial, minority } from './controversy';
import { scoreOf, type DownvoteMode } from './mode';
import { addCount, addSum, emptySum, type Sum } from './sum';
import { preorder } from '../thread/build';
import { subthreadPeople } from './participants';

/** The votes of a comment together with all its loaded replies. */
export interface SubthreadFigures {
  up: Sum;
  down: Sum;
  score: Sum;
  /** Loaded replies at any depth. */
  replies: number;
  /** Replies lemmy-ui knows of in this subthread but has not loaded. */
  unloaded: number;
  participants: number;
  /** Votes on the smaller side (0 unless downvotes are shown): the controversy ranking. */
  minority: number;
  controversial: boolean;
  /** Vote magnitude for the outline bar: upvotes (or positive score) and downvotes. */
  bar: { up: number; down: number };
}

export interface Spread {
  mode: DownvoteMode;
  byId: ReadonlyMap<CommentId, SubthreadFigures>;
  /** The largest top-level bar (up + down): every row's bar is drawn against it. */
  scale: number;
}

function own(c: CommentData, shown: boolean): SubthreadFigures {
  const v = c.votes;
  const f: SubthreadFigures = { up: emptySum(), down: emptySum(), score: emptySum(), replies: 0, unloaded: c.moreReplies, participants: 0, minority: 0, controversial: false, bar: { up: 0, down: 0 } };
  addCount(f.up, v.up);
  addCount(f.down, v.down);
  addCount(f.score, scoreOf(v));
  f.bar.up = v.up?.value ?? Math.max(0, f.score.value);
  f.bar.down = shown ? (v.down?.value ?? 0) : 0;
  return f;
}

function absorb(f: SubthreadFigures, child: SubthreadFigures): void {
  addSum(f.up, child.up);
  addSum(f.down, child.down);
  addSum(f.score, child.score);
  f.replies += 1 + child.replies;
  f.unloaded += child.unloaded;
  f.bar.up += child.bar.up;
  f.bar.down += child.bar.down;
}

/** Comments between two looks at the clock: a look costs about as much as a comment. */
const CHECK_EVERY = 64;

/** Every subthread's figures, worked out a slice at a time (driven from outside, e.g. utils/tasks). */
export interface SpreadStepper {
  /** Works on until done (true) or `deadline` (performance.now()) has passed. */
  step(deadline: number): boolean;
  /** The figures once `step` has returned true, null before. */
  result(): Spread | null;
}

/**
 * Figures of every subthread (each comment with its replies) in one iterative
 * post-order traversal, resumable between comments: the reading order
 * backwards, so every reply is done before its parent. Depth is no limit.
 * `every`: comments between looks at the clock (tests set 1 to stop anywhere).
 */
export function spreadStepper(thread: Thread, mode: DownvoteMode, every = CHECK_EVERY): SpreadStepper {
  const shown = mode === 'shown';
  const byId = new Map<CommentId, SubthreadFigures>();
  const participants = subthreadPeople();
  let order: readonly CommentId[] | null = null;
  let next = 0;
  let spread: Spread | null = null;
  const visit = (id: CommentId) => {
    const c = thread.byId.get(id)!;
    const kids = thread.children.get(id);
    const f = own(c, shown);
    if (kids) for (const k of kids) absorb(f, byId.get(k)!);
    f.participants = participants.count(id, kids, c.author);
    if (shown) {
      f.minority = minority(f.up.value, f.down.value);
      f.controversial = isControversial(f.up.value, f.down.value);
    }
    byId.set(id, f);
  };
  return {
    step(deadline) {
      if (!order) next = (order = preorder(thread)).length - 1;
      let done = 0;
      while (next >= 0) {
        visit(order[next--]!);
        if (++done % every === 0 && next >= 0 && performance.now() >= deadline) return false;
      }
      spread ??= { mode, byId, scale: scaleOf(thread.roots, byId) };
      return true;
    },
    result: () => spread,
  };
}

/** The largest top-level bar (up + down). */
function scaleOf(roots: readonly CommentId[], byId: ReadonlyMap<CommentId, SubthreadFigures>): number {
  let scale = 0;
  for (const id of roots) scale = Math.max(scale, byId.get(id)!.bar.up + byId.get(id)!.bar.down);
  return scale;
}

/** Every subthread's figures at once. */
export function subthreadFigures(thread: Thread, mode: DownvoteMode): Spread {
  const stepper = spreadStepper(thread, mode);
  stepper.step(Infinity);
  return stepper.result()!;
}

/** Figures of nothing yet: what readers see before the first figures of a big thread are done. */
export const noSpread = (mode: DownvoteMode): Spread => ({ mode, byId: new Map(), scale: 0 });
