import { useSignal } from '@preact/signals';
import type { OutlineOrder } from '../../utils/thread/outline';
import { usePage } from '../common/page-context';

/** Collapse controls: all, none, to a depth, below a score; and the order of siblings. */
export function OutlineToolbar() {
  const { outline } = usePage().session;
  const depth = useSignal(1);
  const score = useSignal(0);
  return (
    <div class="tl-toolbar" role="toolbar" aria-label="Collapse and sort subthreads">
      <button type="button" onClick={() => outline.collapseAll()}>
        Collapse all
      </button>
      <button type="button" onClick={() => outline.expandAll()}>
        Expand all
      </button>
      <span class="tl-field">
        <button type="button" onClick={() => outline.collapseToDepth(depth.value)}>
          To depth
        </button>
        <input
          type="number"
          min={0}
          max={60}
          value={depth.value}
          aria-label="Depth to show"
          onInput={(e) => (depth.value = Math.max(0, Number((e.currentTarget as HTMLInputElement).value) || 0))}
        />
      </span>
      <span class="tl-field">
        <button type="button" onClick={() => outline.collapseBelowScore(score.value)}>
          Below score
        </button>
        <input
          type="number"
          value={score.value}
          aria-label="Score threshold"
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
      Sort
      <select
        value={outline.order.value}
        onChange={(e) => outline.setOrder((e.currentTarget as HTMLSelectElement).value as OutlineOrder)}
      >
        <option value="page">as the page</option>
        <option value="score">by subthread score</option>
        <option value="controversy" disabled={!canJudge}>
          {canJudge ? 'by controversy' : 'by controversy (no downvotes shown)'}
        </option>
      </select>
    </label>
  );
}
