import { useSignal } from '@preact/signals';
import { t } from '../../utils/i18n';
import type { OutlineOrder } from '../../utils/thread/outline';
import { usePage } from '../common/page-context';

/** Collapse controls: all, none, to a depth, below a score; and the order of siblings. */
export function OutlineToolbar() {
  const { outline } = usePage().session;
  const depth = useSignal(1);
  const score = useSignal(0);
  return (
    <div class="tl-toolbar" role="toolbar" aria-label={t('outline.toolbar')}>
      <button type="button" onClick={() => outline.collapseAll()}>
        {t('outline.collapseAll')}
      </button>
      <button type="button" onClick={() => outline.expandAll()}>
        {t('outline.expandAll')}
      </button>
      <span class="tl-field">
        <button type="button" onClick={() => outline.collapseToDepth(depth.value)}>
          {t('outline.toDepth')}
        </button>
        <input
          type="number"
          min={0}
          max={60}
          value={depth.value}
          aria-label={t('outline.depth')}
          onInput={(e) => (depth.value = Math.max(0, Number((e.currentTarget as HTMLInputElement).value) || 0))}
        />
      </span>
      <span class="tl-field">
        <button type="button" onClick={() => outline.collapseBelowScore(score.value)}>
          {t('outline.belowScore')}
        </button>
        <input
          type="number"
          value={score.value}
          aria-label={t('outline.scoreThreshold')}
          onInput={(e) => (score.value = Number((e.currentTarget as HTMLInputElement).value) || 0)}
        />
      </span>
      <SortControl />
    </div>
  );
}

/** Sorts siblings by their subthread's votes; controversy needs visible downvotes. */
function SortControl() {
  const { session, votes } = usePage();
  const { outline } = session;
  const canJudge = votes.figures.value.mode === 'shown';
  return (
    <label class="tl-field tl-sort">
      {t('outline.sort')}
      <select
        value={outline.order.value}
        onChange={(e) => outline.setOrder((e.currentTarget as HTMLSelectElement).value as OutlineOrder)}
      >
        <option value="page">{t('outline.sortPage')}</option>
        <option value="score">{t('outline.sortScore')}</option>
        <option value="controversy" disabled={!canJudge}>
          {canJudge ? t('outline.sortControversy') : t('outline.sortControversyOff')}
        </option>
      </select>
    </label>
  );
}
