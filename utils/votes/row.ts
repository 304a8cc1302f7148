import type { CommentId } from '../thread/types';
import type { Spread, SubthreadFigures } from './subthreads';

/** What an outline row shows of its subthread's votes. */
export interface RowVotes {
  /** Bar parts as fractions of the largest top-level subthread (0..1). */
  up: number;
  down: number;
  controversial: boolean;
  /** The subthread's figures, for the bar's tooltip in words (components/votes/words). */
  figures: SubthreadFigures;
  /** Downvotes are shown, so up and down can be told apart. */
  shown: boolean;
}

export function rowVotes(spread: Spread, id: CommentId): RowVotes | null {
  const f = spread.byId.get(id);
  if (!f) return null;
  const scale = spread.scale || 1;
  return { up: f.bar.up / scale, down: f.bar.down / scale, controversial: f.controversial, figures: f, shown: spread.mode === 'shown' };
}
