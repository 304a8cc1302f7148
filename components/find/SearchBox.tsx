import type { Ref } from 'preact';
import { plural, t } from '../../utils/i18n';

export interface SearchBoxProps {
  query: string;
  /** Matching comments, and the position of the one shown (-1: none yet). */
  count: number;
  position: number;
  searchKey: string;
  inputRef: Ref<HTMLInputElement>;
  onQuery: (query: string) => void;
  onStep: (by: 1 | -1) => void;
}

function status(query: string, count: number, position: number): string {
  if (!query.trim()) return '';
  if (count === 0) return t('find.none');
  return position >= 0 ? t('find.position', position + 1, count) : plural('find.found', count);
}

/**
 * Find in the thread: typing counts and marks rows, Enter / Shift+Enter (or
 * the arrows) jump to the next / previous match, Escape clears, then leaves.
 * "@name" finds a person's comments.
 */
export function SearchBox({ query, count, position, searchKey, inputRef, onQuery, onStep }: SearchBoxProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') onStep(e.shiftKey ? -1 : 1);
    else if (e.key === 'Escape' && query) onQuery('');
    else if (e.key === 'Escape') (e.currentTarget as HTMLInputElement).blur();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div class="tl-search" role="search">
      <input
        ref={inputRef}
        type="search"
        value={query}
        placeholder={t('find.placeholder', searchKey)}
        title={t('find.title')}
        aria-label={t('find.label')}
        aria-describedby="tl-search-status"
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <span id="tl-search-status" class="tl-search-status" aria-live="polite">
        {status(query, count, position)}
      </span>
      <button type="button" onClick={() => onStep(-1)} disabled={count === 0} aria-label={t('find.prev')} title={t('find.prevTitle')}>
        ↑
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={count === 0} aria-label={t('find.next')} title={t('find.nextTitle')}>
        ↓
      </button>
    </div>
  );
}
