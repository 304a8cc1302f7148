import { formatNumber, formatPercent, plural, t } from '../../utils/i18n';
import type { Count } from '../../utils/thread/types';
import type { ThreadFigures } from '../../utils/votes/figures';
import { percentUp } from '../../utils/votes/format';
import type { RowVotes } from '../../utils/votes/row';
import type { Sum } from '../../utils/votes/sum';

/** "≈1,200" for a figure built from abbreviated counts, in the reader's way of writing numbers. */
export function formatApprox(value: number, approx: boolean): string {
  return `${approx ? '≈' : ''}${formatNumber(value)}`;
}

export const formatSum = (sum: Sum): string => formatApprox(sum.value, sum.approx);
export const formatCount = (count: Count): string => formatApprox(count.value, count.approx);

const MODE_NOTE = { shown: null, disabled: 'votes.downOff', hidden: 'votes.downHidden' } as const;

/** What the figures can and cannot know, in sentences for the reader. */
export function honestyNotes(f: ThreadFigures): string[] {
  const notes: string[] = [];
  const modeNote = MODE_NOTE[f.mode];
  if (modeNote) notes.push(t(modeNote));
  if (f.unloaded > 0) notes.push(plural('votes.unloaded', f.unloaded));
  if (f.score.missing > 0) notes.push(plural('votes.noScore', f.score.missing));
  if (f.abbreviated > 0) notes.push(plural('votes.abbreviated', f.abbreviated));
  if (notes.length === (modeNote ? 1 : 0)) notes.push(t('votes.exact'));
  return notes;
}

/** A subthread's votes in words, for the outline row's vote bar. */
export function subthreadVotesText({ figures: f, shown }: RowVotes): string {
  const parts = [t('votes.rowScore', formatSum(f.score))];
  const pct = shown ? percentUp(f.up.value, f.down.value) : null;
  if (pct !== null) parts.push(t('votes.rowUpDown', formatSum(f.up), formatSum(f.down), formatPercent(pct)));
  parts.push(plural('votes.rowParticipants', f.participants));
  parts.push(`${plural('votes.rowReplies', f.replies)}${f.unloaded ? ` ${t('votes.rowUnloaded', f.unloaded)}` : ''}`);
  if (f.controversial) parts.push(t('votes.controversialWord'));
  return parts.join(', ');
}
