import type { ThreadCounts } from '../../utils/thread/thread-model';
import { formatNumber } from '../../utils/votes/format';

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/**
 * How much of the thread the sidebar knows, honestly: "25 of 1,904 comments
 * on the page", what else the data brought in, and what is still unknown.
 */
export function summaryText(c: ThreadCounts): string {
  const parts: string[] = [];
  if (c.total !== null && c.onPage < Math.max(c.total, c.comments)) {
    parts.push(`${formatNumber(c.onPage)} of ${plural(Math.max(c.total, c.comments), 'comment', 'comments')} on the page`);
    if (c.comments > c.onPage) parts.push(`${formatNumber(c.comments - c.onPage)} more in the outline`);
  } else {
    parts.push(plural(c.comments, 'comment', 'comments'));
  }
  parts.push(plural(c.participants, 'participant', 'participants'));
  if (c.unloaded > 0) parts.push(`${formatNumber(c.unloaded)} not loaded`);
  return parts.join(' · ');
}
