import type { CommentData, CommentId, Thread } from '../thread/types';
import { isControversial, minority } from './controversy';
import { scoreOf, type DownvoteMode } from './mode';
import { addCount, addSum, emptySum, type Sum } from './sum';
import { postorder } from '../thread/build';
import { NOBODY, people } from '../thread/people';

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

/**
 * Figures of every subthread (each comment with its replies) in one iterative
 * post-order traversal. Participants merge small sets into large ones, so
 * the whole costs O(n log n) set insertions at worst, and depth is no limit.
 */
export function subthreadFigures(thread: Thread, mode: DownvoteMode): Spread {
  const shown = mode === 'shown';
  const byId = new Map<CommentId, SubthreadFigures>();
  const groups = new Map<CommentId, Group>();
  const persons = people();
  postorder(thread, (id, kids) => {
    const c = thread.byId.get(id)!;
    const f = own(c, shown);
    for (const k of kids) absorb(f, byId.get(k)!);
    const group = mergeGroups(groups, kids, persons.idOf(c.author));
    groups.set(id, group);
    f.participants = typeof group === 'number' ? Number(group !== NOBODY) : group.size - Number(group.has(NOBODY));
    if (shown) {
      f.minority = minority(f.up.value, f.down.value);
      f.controversial = isControversial(f.up.value, f.down.value);
    }
    byId.set(id, f);
  });
  let scale = 0;
  for (const id of thread.roots) scale = Math.max(scale, byId.get(id)!.bar.up + byId.get(id)!.bar.down);
  return { mode, byId, scale };
}

/**
 * The people of a subthread: one person as a plain number (most subthreads
 * are a single comment, and a Set each would be thousands of allocations), a
 * Set once two or more meet.
 */
type Group = Set<number> | number;

/** The children's groups and the author as one: the largest set is reused, the others poured in and dropped. */
function mergeGroups(groups: Map<CommentId, Group>, kids: readonly CommentId[], author: number): Group {
  let into: Group = author;
  for (const k of kids) {
    const g = groups.get(k)!;
    if (typeof g !== 'number' && (typeof into === 'number' || g.size > into.size)) into = g;
  }
  const add = (p: number) => {
    if (typeof into !== 'number') into.add(p);
    else if (p !== into) into = new Set([into, p]);
  };
  for (const k of kids) {
    const g = groups.get(k)!;
    if (typeof g === 'number') add(g);
    else if (g !== into) for (const p of g) add(p);
    groups.delete(k);
  }
  add(author);
  return into;
}
