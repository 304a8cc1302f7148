import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { collapseAll, collapseBelowScore, collapseToDepth, toggle } from '../thread/collapse';
import { move, afterCollapse, stepIn, type Move } from '../thread/navigate';
import { ancestors, descendantCounts, sortSiblings, visibleRows, type OutlineOrder, type Row } from '../thread/outline';
import type { CommentId, Thread } from '../thread/types';
import type { Spread } from '../votes/subthreads';
import { siblingComparator } from '../votes/order';

const JUMP_STACK_LIMIT = 50;

export interface OutlineModel {
  collapsed: ReadonlySignal<ReadonlySet<CommentId>>;
  selected: ReadonlySignal<CommentId | null>;
  rows: ReadonlySignal<Row[]>;
  descendants: ReadonlySignal<ReadonlyMap<CommentId, number>>;
  /** Sibling order of the rows; navigation follows it too. */
  order: ReadonlySignal<OutlineOrder>;
  /** The thread with its siblings in that order. */
  ordered: ReadonlySignal<Thread>;
  setOrder(order: OutlineOrder): void;
  /** Sorting by score or controversy follows these subthread figures (the votes feature gives them). */
  sortBy(spread: ReadonlySignal<Spread>): void;
  setCollapsed(next: ReadonlySet<CommentId>): void;
  toggle(id: CommentId, collapsed?: boolean): void;
  collapseAll(): void;
  expandAll(): void;
  collapseToDepth(n: number): void;
  collapseBelowScore(threshold: number): void;
  /** Select a comment, expanding its ancestors so it is visible; `jump` records where we were. */
  select(id: CommentId | null, options?: { jump?: boolean }): void;
  move(how: Move): CommentId | null;
  /** The next (by 1) or previous (by -1) of `ids` after `from` in the outline's order, wrapping; nothing is selected. */
  stepAmong(ids: ReadonlySet<CommentId>, from: CommentId | null, by: 1 | -1): CommentId | null;
  /** Remember a comment to come back to (a jump that leaves the outline, e.g. to the post body). */
  pushJump(id: CommentId): void;
  /** Back to where the last jump started. */
  back(): CommentId | null;
}

export function createOutlineModel(thread: ReadonlySignal<Thread>): OutlineModel {
  const collapsed = signal<ReadonlySet<CommentId>>(new Set());
  const selected = signal<CommentId | null>(null);
  const order = signal<OutlineOrder>('page');
  const jumps: CommentId[] = [];
  const spread = signal<ReadonlySignal<Spread> | null>(null);
  // Page order reads no vote figures at all; a sorted order re-sorts when votes change.
  const ordered = computed(() => {
    const figures = order.value === 'page' ? null : spread.value?.value;
    const compare = figures ? siblingComparator(order.value, figures) : null;
    return compare ? sortSiblings(thread.value, compare) : thread.value;
  });
  const rows = computed(() => visibleRows(ordered.value, collapsed.value));
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
    order,
    ordered,
    setOrder: (next) => (order.value = next),
    sortBy: (source) => (spread.value = source),
    setCollapsed: (next) => (collapsed.value = new Set(next)),
    toggle(id, on) {
      const willCollapse = on ?? !collapsed.value.has(id);
      const next = willCollapse && selected.value === id ? afterCollapse(ordered.value, rows.value, id) : null;
      collapsed.value = toggle(collapsed.value, id, willCollapse);
      if (next !== null && next !== id) selected.value = next;
    },
    collapseAll: () => (collapsed.value = collapseAll(thread.value)),
    expandAll: () => (collapsed.value = new Set()),
    collapseToDepth: (n) => (collapsed.value = collapseToDepth(thread.value, n)),
    collapseBelowScore: (t) => (collapsed.value = collapseBelowScore(thread.value, t)),
    select,
    move(how) {
      const to = move(ordered.value, rows.value, selected.value, how);
      const far = how === 'parent' || how === 'root' || how === 'nextThread' || how === 'prevThread';
      if (to !== null) select(to, { jump: far });
      return to;
    },
    stepAmong: (ids, from, by) => stepIn(ordered.value, ids, from, by),
    pushJump(id) {
      jumps.push(id);
      if (jumps.length > JUMP_STACK_LIMIT) jumps.shift();
    },
    back() {
      const to = jumps.pop() ?? null;
      if (to !== null) select(to);
      return to;
    },
  };
}
