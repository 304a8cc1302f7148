import type { LoadOutcome } from '../../lemmy/api/load-comments';
import { formatNumber } from '../../votes/format';

/** Where loading the whole thread stands, for the sidebar. */
export type LoadState =
  | { phase: 'idle' }
  | { phase: 'loading'; loaded: number; total: number | null }
  /** Past the size that needs the reader's word to go on. */
  | { phase: 'asking'; loaded: number; total: number | null }
  | { phase: 'done'; loaded: number; message: string }
  | { phase: 'ended'; loaded: number; message: string; failed: boolean };

const comments = (n: number) => `${formatNumber(n)} ${n === 1 ? 'comment' : 'comments'}`;

/** What the reader is told when a load ends: what happened, and that nothing loaded is lost. */
export function endState(outcome: LoadOutcome): LoadState {
  const { loaded } = outcome;
  const kept = loaded ? ` The ${comments(loaded)} loaded so far are kept.` : '';
  switch (outcome.status) {
    case 'done':
      return { phase: 'done', loaded, message: `Loaded the whole thread: ${comments(loaded)}.` };
    case 'cancelled':
      return { phase: 'ended', loaded, failed: false, message: `Loading cancelled.${kept}` };
    case 'stopped':
      return { phase: 'ended', loaded, failed: false, message: `Loading stopped at ${comments(loaded)}.${kept}` };
    case 'failed':
      return { phase: 'ended', loaded, failed: true, message: `${outcome.error?.message ?? 'Loading failed.'}${kept}` };
  }
}
