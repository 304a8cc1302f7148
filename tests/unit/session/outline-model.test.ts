import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import { createOutlineModel } from '../../../utils/session/outline-model';
import { makeComment as c } from '../../support/make-comment';

const thread = buildThread(null, [c(1, null), c(2, 1), c(3, 2), c(4, 1), c(5, null), c(6, 5)]);

describe('outline model', () => {
  it('collapsing the selected comment moves to its next sibling', () => {
    const m = createOutlineModel(signal(thread));
    m.select(1);
    m.toggle(1);
    expect(m.selected.value).toBe(5);
    expect(m.rows.value.map((r) => r.id)).toEqual([1, 5, 6]);
  });

  it('selecting a hidden comment expands its ancestors', () => {
    const m = createOutlineModel(signal(thread));
    m.collapseAll();
    m.select(3);
    expect(m.collapsed.value.has(1)).toBe(false);
    expect(m.collapsed.value.has(2)).toBe(false);
    expect(m.rows.value.map((r) => r.id)).toContain(3);
  });

  it('goes back along the jump stack', () => {
    const m = createOutlineModel(signal(thread));
    m.select(3);
    m.move('root');
    expect(m.selected.value).toBe(1);
    m.move('nextThread');
    expect(m.selected.value).toBe(5);
    expect(m.back()).toBe(1);
    expect(m.back()).toBe(3);
    expect(m.back()).toBeNull();
  });

  it('follows thread updates', () => {
    const t = signal(thread);
    const m = createOutlineModel(t);
    expect(m.rows.value.length).toBe(6);
    t.value = buildThread(null, [c(1, null), c(2, 1)]);
    expect(m.rows.value.map((r) => r.id)).toEqual([1, 2]);
    expect(m.descendants.value.get(1)).toBe(1);
  });
});
