import type { CommentId } from '../thread/types';
import { formatSum, percentUp } from './format';
import type { Spread } from './subthreads';

/** What an outline row shows of its subthread's votes. */
export interface RowVotes {
  /** Bar parts as fractions of the largest top-level subthread (0..1). */
  up: number;
  down: number;
  controversial: boolean;
  /** The figures in words, for the bar's tooltip and the row's label. */
  text: string;
}

export function rowVotes(spread: Spread, id: CommentId): RowVotes | null {
  const f = spread.byId.get(id);
  if (!f) return null;
  const scale = spread.scale || 1;
  const parts = [`subthread score ${formatSum(f.score)}`];
  if (spread.mode === 'shown') {
    const pct = percentUp(f.up.value, f.down.value);
    if (pct !== null) parts.push(`${formatSum(f.up)} up, ${formatSum(f.down)} down (${pct}% up)`);
  }
  parts.push(`${f.participants} ${f.participants === 1 ? 'participant' : 'participants'}`);
  parts.push(`${f.replies} ${f.replies === 1 ? 'reply' : 'replies'}${f.unloaded ? ` (+${f.unloaded} not loaded)` : ''}`);
  if (f.controversial) parts.push('controversial');
  return { up: f.bar.up / scale, down: f.bar.down / scale, controversial: f.controversial, text: parts.join(', ') };
}
