import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { collapseAll, collapseBelowScore, collapseToDepth, toggle } from './collapse';
import { move, afterCollapse, type Move } from './navigate';
import { ancestors, descendantCounts, visibleRows, type Row } from './outline';
import type { CommentId, Thread } from './types';

const JUMP_STACK_LIMIT = 50;

export interface OutlineModel {
  collapsed: ReadonlySignal<ReadonlySet<CommentId>>;
  selected: ReadonlySignal<CommentId | null>;
  rows: ReadonlySignal<Row[]>;
  descendants: ReadonlySignal<Map<CommentId, number>>;
  setCollapsed(next: ReadonlySet<CommentId>): void;
  toggle(id: CommentId, collapsed?: boolean): void;
  collapseAll(): void;
  expandAll(): void;
  collapseToDepth(n: number): void;
  collapseBelowScore(threshold: number): void;
  /** Select a comment, expanding its ancestors so it is visible; `jump` records where we were. */
  select(id: CommentId | null, options?: { jump?: boolean }): void;
  move(how: Move): CommentId | null;
  /** Back to where the last jump started. */
  back(): CommentId | null;
}

export function createOutlineModel(thread: ReadonlySignal<Thread>): OutlineModel {
  const collapsed = signal<ReadonlySet<CommentId>>(new Set());
  const selected = signal<CommentId | null>(null);
  const jumps: CommentId[] = [];
  const rows = computed(() => visibleRows(thread.value, collapsed.value));
  const descendants = computed(() => descendantCounts(thread.value));

  const select = (id: CommentId | null, options: { jump?: boolean } = {}) => {
    batch(() => {
      const from = selected.value;
      if (options.jump && from !== null && from !== id) {
        jumps.push(from);
        if (jumps.length > JUMP_STACK_LIMIT) jumps.shift();
      }
      if (id !== null) {
        const hidden = ancestors(thread.value, id).filter((a) => collapsed.value.has(a));
        if (hidden.length) collapsed.value = new Set([...collapsed.value].filter((c) => !hidden.includes(c)));
      }
      selected.value = id;
    });
  };

  return {
    collapsed,
    selected,
    rows,
    descendants,
    setCollapsed: (next) => (collapsed.value = new Set(next)),
    toggle(id, on) {
      const willCollapse = on ?? !collapsed.value.has(id);
      const next = willCollapse && selected.value === id ? afterCollapse(thread.value, rows.value, id) : null;
      collapsed.value = toggle(collapsed.value, id, willCollapse);
      if (next !== null && next !== id) selected.value = next;
    },
    collapseAll: () => (collapsed.value = collapseAll(thread.value)),
    expandAll: () => (collapsed.value = new Set()),
    collapseToDepth: (n) => (collapsed.value = collapseToDepth(thread.value, n)),
    collapseBelowScore: (t) => (collapsed.value = collapseBelowScore(thread.value, t)),
    select,
    move(how) {
      const to = move(thread.value, rows.value, selected.value, how);
      const far = how === 'parent' || how === 'root' || how === 'nextThread' || how === 'prevThread';
      if (to !== null) select(to, { jump: far });
      return to;
    },
    back() {
      const to = jumps.pop() ?? null;
      if (to !== null) select(to);
      return to;
    },
  };
}
