import type { OutlineOrder } from '../thread/outline';
import type { CommentId } from '../thread/types';
import { compareControversy } from './controversy';
import type { Spread } from './subthreads';

/**
 * How siblings compare in a sorted outline, or null for page order:
 * 'score' puts the subthread with the highest total score first,
 * 'controversy' the most controversial subthread (controversy.ts), and
 * page order when downvotes are not shown, since then nothing is controversial.
 */
export function siblingComparator(order: OutlineOrder, spread: Spread): ((a: CommentId, b: CommentId) => number) | null {
  if (order === 'page' || (order === 'controversy' && spread.mode !== 'shown')) return null;
  const of = (id: CommentId) => spread.byId.get(id);
  if (order === 'score') return (a, b) => (of(b)?.score.value ?? 0) - (of(a)?.score.value ?? 0);
  const votes = (id: CommentId) => ({ up: of(id)?.up.value ?? 0, down: of(id)?.down.value ?? 0 });
  return (a, b) => compareControversy(votes(a), votes(b));
}
