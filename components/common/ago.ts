import { formatAgo, t } from '../../utils/i18n';

/** "5 minutes ago", "3 hours ago", "2 days ago": how long since `then`, in the largest whole unit, in the reader's language. */
export function ago(then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  const units = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ] as const;
  for (const [size, name] of units) {
    const n = Math.floor(s / size);
    if (n >= 1) return formatAgo(n, name);
  }
  return t('newComments.justNow');
}
