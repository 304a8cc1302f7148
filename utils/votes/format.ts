import type { Count } from '../thread/types';
import type { ThreadFigures } from './figures';
import type { Sum } from './sum';

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export const formatNumber = (n: number): string => NUMBER.format(n);

/** "≈1,200" for a figure built from abbreviated counts. */
export function formatApprox(value: number, approx: boolean): string {
  return `${approx ? '≈' : ''}${formatNumber(value)}`;
}

export const formatSum = (sum: Sum): string => formatApprox(sum.value, sum.approx);
export const formatCount = (count: Count): string => formatApprox(count.value, count.approx);

/** Share of upvotes in all votes, rounded; null with no votes. */
export function percentUp(up: number, down: number): number | null {
  return up + down > 0 ? Math.round((100 * up) / (up + down)) : null;
}

const MODE_NOTE = {
  shown: null,
  disabled: 'Upvotes only: this site has downvotes turned off.',
  hidden: 'Upvotes only: this page shows no downvotes.',
} as const;

/** What the figures can and cannot know, in sentences for the reader. */
export function honestyNotes(f: ThreadFigures): string[] {
  const notes: string[] = [];
  const modeNote = MODE_NOTE[f.mode];
  if (modeNote) notes.push(modeNote);
  if (f.unloaded > 0) notes.push(`${formatNumber(f.unloaded)} ${f.unloaded === 1 ? 'reply is' : 'replies are'} not loaded yet: counted as unknown, not as zero.`);
  if (f.score.missing > 0) notes.push(`${formatNumber(f.score.missing)} ${f.score.missing === 1 ? 'comment shows' : 'comments show'} no score and ${f.score.missing === 1 ? 'is' : 'are'} left out.`);
  if (f.abbreviated > 0) notes.push(`${formatNumber(f.abbreviated)} ${f.abbreviated === 1 ? 'count was' : 'counts were'} abbreviated by the page (like 1.2K): figures marked ≈ are approximate.`);
  if (notes.length === (modeNote ? 1 : 0)) notes.push('Every comment is loaded and every count is exact.');
  return notes;
}
