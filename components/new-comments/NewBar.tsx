import type { Visit } from '../../utils/settings/new-comments-store';
import { ago } from '../common/ago';

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
  if (count === 0) return <p class="tl-new-bar">Nothing new since your last visit ({when})</p>;
  return (
    <div class="tl-new-bar" role="group" aria-label="New comments">
      <span>
        <strong>{count} new</strong> since your last visit ({when})
      </span>
      <button type="button" onClick={() => onStep(-1)} aria-label="Previous new comment" title={`Previous new comment (${keys.prev})`}>
        ↑
      </button>
      <button type="button" onClick={() => onStep(1)} aria-label="Next new comment" title={`Next new comment (${keys.next})`}>
        ↓
      </button>
    </div>
  );
}
