import { plural, t } from '../../utils/i18n';
import type { Visit } from '../../utils/settings/new-comments-store';
import { ago } from '../common/ago';
import { fill, SLOT } from '../common/fill';

export interface NewBarProps {
  /** The last visit; nothing is shown on a first visit. */
  since: Visit;
  count: number;
  now: number;
  /** Keys of nextNew/prevNew, for the buttons' titles. */
  keys: { next: string; prev: string };
  onStep: (by: 1 | -1) => void;
}

/** "N new since your last visit", with buttons to step through them. */
export function NewBar({ since, count, now, keys, onStep }: NewBarProps) {
  const when = ago(since.at, now);
  // One shape with new comments or none (the buttons disabled then): the count changes as the
  // thread's first rows come in, and a bar changing height would resize the outline under them.
  return (
    <div class="tl-new-bar" role="group" aria-label={t('newComments.label')}>
      <span>{count ? fill(t('newComments.since', SLOT[0], when), [<strong key="n">{plural('newComments.count', count)}</strong>]) : t('newComments.nothing', when)}</span>
      <button type="button" disabled={!count} onClick={() => onStep(-1)} aria-label={t('newComments.prev')} title={t('newComments.prevTitle', keys.prev)}>
        ↑
      </button>
      <button type="button" disabled={!count} onClick={() => onStep(1)} aria-label={t('newComments.next')} title={t('newComments.nextTitle', keys.next)}>
        ↓
      </button>
    </div>
  );
}
