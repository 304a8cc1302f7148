import { formatNumber, plural, t } from '../../utils/i18n';
import type { ThreadCounts } from '../../utils/thread/thread-model';

/**
 * How much of the thread the sidebar knows, honestly: "25 of 1,904 comments
 * on the page", what else the data brought in, and what is still unknown.
 */
export function summaryText(c: ThreadCounts): string {
  const parts: string[] = [];
  if (c.total !== null && c.onPage < Math.max(c.total, c.comments)) {
    parts.push(plural('summary.onPage', Math.max(c.total, c.comments), formatNumber(c.onPage)));
    if (c.comments > c.onPage) parts.push(t('summary.moreInOutline', c.comments - c.onPage));
  } else {
    parts.push(plural('summary.comments', c.comments));
  }
  parts.push(plural('summary.participants', c.participants));
  if (c.unloaded > 0) parts.push(plural('summary.notLoaded', c.unloaded));
  return parts.join(' · ');
}
