import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { startFocus } from '../../../utils/features/focus/feature';
import type { FeatureContext } from '../../../utils/features/types';
import type { PostRoute } from '../../../utils/lemmy/route';
import { createOutlineModel } from '../../../utils/session/outline-model';
import type { Session } from '../../../utils/session/session';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { buildThread } from '../../../utils/thread/build';
import { createThreadModel } from '../../../utils/thread/thread-model';
import { makeComment as c } from '../../support/make-comment';

// 1 ─ 2 ─ 3        the context view links 3
//   └ 4 ─ 5
// 6 ─ 7
const base = [c(1, null), c(2, 1), c(3, 2), c(4, 1), c(5, 4), c(6, null), c(7, 6)];

function setUp(route: PostRoute, focusLinked = true) {
  const model = createThreadModel();
  const controller = new AbortController();
  const at = signal(route);
  const s = {
    key: 'lemmy.test/post/9',
    signal: controller.signal,
    model,
    outline: createOutlineModel(model.thread),
    route: at,
    setRoute: (r: PostRoute) => (at.value = r),
  } as unknown as Session;
  const settings: Settings = { ...DEFAULT_SETTINGS, collapse: { ...DEFAULT_SETTINGS.collapse, focusLinked } };
  const context = { settings: signal(settings), loaded: Promise.resolve(settings) } as unknown as FeatureContext;
  const collapse = { passing: signal<ReadonlySet<number>>(new Set()), restored: Promise.resolve() };
  const focus = startFocus(s, context, collapse);
  return { s, model, focus, at, collapse, stop: () => controller.abort() };
}
const collapsed = (s: Session) => [...s.outline.collapsed.value].sort((a, b) => a - b);

describe('focus on a linked comment', () => {
  it('folds the subthreads off the linked comment’s path once the stored settings are known', async () => {
    const { s, model, focus, collapse } = setUp({ postId: 9, commentId: 3 });
    model.setThread(buildThread(null, base));
    await vi.waitFor(() => expect(collapsed(s)).toEqual([4, 6]));
    expect([...focus.folded.value].sort()).toEqual([4, 6]);
    expect([...collapse.passing.value].sort()).toEqual([4, 6]);
  });

  it('leaves what the reader had collapsed as theirs: not claimed, not opened by unfolding', async () => {
    const { s, model, focus, collapse } = setUp({ postId: 9, commentId: 3 });
    s.outline.setCollapsed(new Set([6])); // remembered for the post, restored before focus starts
    model.setThread(buildThread(null, base));
    await vi.waitFor(() => expect(collapsed(s)).toEqual([4, 6]));
    expect([...collapse.passing.value]).toEqual([4]);
    focus.unfold();
    expect(collapsed(s)).toEqual([6]);
    expect(collapse.passing.value.size).toBe(0);
  });

  it('folds nothing on the whole post, or with the option off', async () => {
    const whole = setUp({ postId: 9, commentId: null });
    const off = setUp({ postId: 9, commentId: 3 }, false);
    whole.model.setThread(buildThread(null, base));
    off.model.setThread(buildThread(null, base));
    await new Promise((r) => setTimeout(r, 20));
    expect(collapsed(whole.s)).toEqual([]);
    expect(collapsed(off.s)).toEqual([]);
  });

  it('unfolds what it folded, keeps the reader’s own collapsing, and folds nothing more after', async () => {
    const { s, model, focus } = setUp({ postId: 9, commentId: 3 });
    model.setThread(buildThread(null, base));
    await vi.waitFor(() => expect(focus.folded.value.size).toBe(2));
    s.outline.toggle(2, true); // the reader's own
    focus.unfold();
    expect(collapsed(s)).toEqual([2]);
    expect(focus.folded.value.size).toBe(0);
    model.setThread(buildThread(null, [...base, c(8, null), c(9, 8)]));
    expect(collapsed(s)).toEqual([2]);
  });

  it('folds off-path comments that arrive later (isoData, the whole thread), but not one the reader opened', async () => {
    const { s, model, focus } = setUp({ postId: 9, commentId: 3 });
    model.setThread(buildThread(null, base));
    await vi.waitFor(() => expect(focus.folded.value.size).toBe(2));
    s.outline.toggle(6, false);
    model.setThread(buildThread(null, [...base, c(8, null), c(9, 8)]));
    expect(collapsed(s)).toEqual([4, 8]);
  });

  it('opens everything it folded when the reader goes on to the whole post, and refocuses on another link', async () => {
    const { s, model, at } = setUp({ postId: 9, commentId: 3 });
    model.setThread(buildThread(null, base));
    await vi.waitFor(() => expect(collapsed(s)).toEqual([4, 6]));
    at.value = { postId: 9, commentId: null };
    expect(collapsed(s)).toEqual([]);
    at.value = { postId: 9, commentId: 5 };
    expect(collapsed(s)).toEqual([2, 6]);
  });
});
