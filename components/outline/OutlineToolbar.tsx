import { useSignal } from '@preact/signals';
import type { OutlineModel } from '../../utils/thread/outline-model';

export interface OutlineToolbarProps {
  outline: OutlineModel;
}

/** Collapse controls: all, none, to a depth, below a score. */
export function OutlineToolbar({ outline }: OutlineToolbarProps) {
  const depth = useSignal(1);
  const score = useSignal(0);
  return (
    <div class="tl-toolbar" role="toolbar" aria-label="Collapse subthreads">
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
    </div>
  );
}
