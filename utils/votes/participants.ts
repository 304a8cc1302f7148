import type { Author, CommentId } from '../thread/types';
import { NOBODY, people } from '../thread/people';

/**
 * The people of a subthread: one person as a plain number (most subthreads
 * are a single comment, and a Set each would be thousands of allocations), a
 * Set once two or more meet.
 */
type Group = Set<number> | number;

export interface SubthreadPeople {
  /**
   * How many people wrote `id` and its replies, the replies' own counts taken
   * before (children first). Each child's group is handed on and forgotten.
   */
  count(id: CommentId, kids: readonly CommentId[] | undefined, author: Author): number;
}

/**
 * Participants of every subthread, visited children first. Small sets are
 * merged into large ones, so a whole thread costs O(n log n) set insertions
 * at worst.
 */
export function subthreadPeople(): SubthreadPeople {
  const groups = new Map<CommentId, Group>();
  const persons = people();
  return {
    count(id, kids, author) {
      const group = mergeGroups(groups, kids ?? NONE, persons.idOf(author));
      groups.set(id, group);
      return typeof group === 'number' ? Number(group !== NOBODY) : group.size - Number(group.has(NOBODY));
    },
  };
}

const NONE: readonly CommentId[] = [];

/** The children's groups and the author as one: the largest set is reused, the others poured in and dropped. */
function mergeGroups(groups: Map<CommentId, Group>, kids: readonly CommentId[], author: number): Group {
  let into: Group = author;
  for (const k of kids) {
    const g = groups.get(k)!;
    if (typeof g !== 'number' && (typeof into === 'number' || g.size > into.size)) into = g;
  }
  for (const k of kids) {
    const g = groups.get(k)!;
    if (typeof g === 'number') into = withPerson(into, g);
    else if (g !== into) for (const p of g) into = withPerson(into, p);
    groups.delete(k);
  }
  return withPerson(into, author);
}

/** A group with one more person (no closure per comment: this runs for every one). */
function withPerson(group: Group, person: number): Group {
  if (typeof group !== 'number') return group.add(person);
  return person === group ? group : new Set([group, person]);
}
