import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { collapseOnOpen } from '../../../utils/features/collapse/on-open';
import type { Session } from '../../../utils/session/session';
import { saveCollapsed } from '../../../utils/settings/collapse-store';
import { settingsItem } from '../../../utils/settings/items';
import { buildThread } from '../../../utils/thread/build';
import { createThreadModel } from '../../../utils/thread/model';
import { createOutlineModel } from '../../../utils/session/outline-model';
import { makeComment as c } from '../thread/make';

const thread = buildThread(null, [c(1, null), c(2, 1, { depth: 1 }), c(3, 2, { depth: 2 }), c(4, null)]);

/** The parts of a session the rules touch: its key, lifetime, thread and outline. */
function session(key = 'lemmy.test/post/1') {
  const model = createThreadModel();
  const controller = new AbortController();
  const s = { key, signal: controller.signal, model, outline: createOutlineModel(model.thread) } as unknown as Session;
  return { s, model, stop: () => controller.abort() };
}
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('collapse rules when a post opens', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies the stored rules once the first comments are read', async () => {
    await settingsItem.setValue({ collapse: { defaultDepth: 1 } });
    const { s, model } = session();
    collapseOnOpen(s);
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
    await settingsItem.setValue({ collapse: { defaultDepth: 0 } });
    await saveCollapsed('lemmy.test/post/1', [4]);
    const remembered = session();
    remembered.model.setThread(thread);
    collapseOnOpen(remembered.s);
    await settle();
    expect(remembered.s.outline.collapsed.value.size).toBe(0);

    await settingsItem.setValue({});
    const plain = session('lemmy.test/post/2');
    plain.model.setThread(thread);
    collapseOnOpen(plain.s);
    await settle();
    expect(plain.s.outline.collapsed.value.size).toBe(0);
  });
});
