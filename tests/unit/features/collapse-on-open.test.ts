import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { collapseOnOpen } from '../../../utils/features/collapse/on-open';
import type { Session } from '../../../utils/session/session';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { buildThread } from '../../../utils/thread/build';
import { createThreadModel } from '../../../utils/thread/thread-model';
import { createOutlineModel } from '../../../utils/session/outline-model';
import { makeComment as c } from '../../support/make-comment';

const thread = buildThread(null, [c(1, null), c(2, 1, { depth: 1 }), c(3, 2, { depth: 2 }), c(4, null)]);

/** The parts of a session the rules touch: its key, lifetime, thread and outline. */
function session(key = 'lemmy.test/post/1') {
  const model = createThreadModel();
  const controller = new AbortController();
  const s = { key, signal: controller.signal, model, outline: createOutlineModel(model.thread) } as unknown as Session;
  return { s, model, stop: () => controller.abort() };
}
const settle = () => new Promise((r) => setTimeout(r, 20));
/** The stored settings with these collapse rules, as the live model resolves them once loaded. */
const stored = (collapse: Partial<Settings['collapse']>) => Promise.resolve({ ...DEFAULT_SETTINGS, collapse: { ...DEFAULT_SETTINGS.collapse, ...collapse } });
const nothing = Promise.resolve([]);

describe('collapse rules when a post opens', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies the stored rules once the first comments are read', async () => {
    const { s, model } = session();
    collapseOnOpen(s, stored({ defaultDepth: 1 }), nothing);
    await settle();
    expect(s.outline.collapsed.value.size).toBe(0);
    model.setThread(thread); // lemmy-ui rendered the comments after the session started
    await vi.waitFor(() => expect([...s.outline.collapsed.value]).toEqual([2]));
    // Once only: the reader's own changes afterwards are theirs.
    s.outline.expandAll();
    model.setThread(buildThread(null, [...thread.byId.values(), c(5, 3, { depth: 3 })]));
    await settle();
    expect(s.outline.collapsed.value.size).toBe(0);
  });

  it('leaves a post alone when its collapsed state was remembered, or no rule is on', async () => {
    const remembered = session();
    remembered.model.setThread(thread);
    collapseOnOpen(remembered.s, stored({ defaultDepth: 0 }), Promise.resolve([4]));
    await settle();
    expect(remembered.s.outline.collapsed.value.size).toBe(0);

    const plain = session('lemmy.test/post/2');
    plain.model.setThread(thread);
    collapseOnOpen(plain.s, stored({}), nothing);
    await settle();
    expect(plain.s.outline.collapsed.value.size).toBe(0);
  });
});
