import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread, preorder } from '../../../utils/thread/build';
import { mergeWithData, settleMissing } from '../../../utils/thread/merge';
import { createThreadModel } from '../../../utils/thread/thread-model';
import type { CommentData } from '../../../utils/thread/types';
import { makeComment as c } from '../../support/make-comment';

const exact = (value: number) => ({ value, approx: false });
const approx = (value: number) => ({ value, approx: true });
const data = (...list: CommentData[]) => new Map(list.map((x) => [x.id, { ...x, offPage: true }]));

describe('mergeWithData', () => {
  it('adds comments only the data knows after their page siblings, marked off the page', () => {
    const page = [c(1, null), c(2, 1)];
    const merged = mergeWithData(page, data(c(1, null), c(3, 1), c(2, 1), c(4, null), c(5, 3)));
    const t = buildThread(null, merged);
    expect(preorder(t)).toEqual([1, 2, 3, 5, 4]);
    expect([...t.byId.values()].filter((x) => x.offPage).map((x) => x.id)).toEqual([3, 4, 5]);
    expect(t.byId.get(5)!.depth).toBe(2);
  });

  it('makes a comment the page renders later "on the page" without a second row', () => {
    const known = data(c(1, null), c(2, 1));
    const before = buildThread(null, mergeWithData([c(1, null)], known));
    const after = buildThread(null, mergeWithData([c(1, null), c(2, 1)], known));
    expect(before.byId.get(2)!.offPage).toBe(true);
    expect(after.byId.size).toBe(2);
    expect(after.byId.get(2)!.offPage).toBeUndefined();
  });

  it('takes exact counts over abbreviated ones that agree, and fills counts the page does not show', () => {
    const shown = c(1, null, { votes: { up: approx(1200), down: null, score: approx(1200) } });
    const d = c(1, null, { votes: { up: exact(1234), down: exact(5), score: exact(1229) } });
    expect(mergeWithData([shown], data(d))[0]!.votes).toEqual({ up: exact(1234), down: exact(5), score: exact(1229) });
  });

  it('keeps what the page shows when it is exact or disagrees (votes changed since)', () => {
    const shown = c(1, null, { votes: { up: approx(2000), down: exact(3), score: null } });
    const d = c(1, null, { votes: { up: exact(1234), down: exact(5), score: exact(1229) } });
    expect(mergeWithData([shown], data(d))[0]!.votes).toEqual({ up: approx(2000), down: exact(3), score: exact(1229) });
  });

  it("takes the parent from the data's path (flat view, an absent ancestor) and the data's flags", () => {
    const shown = c(7, null, { depth: 0 });
    const d = c(7, 3, { badges: { op: false, mod: true, admin: false, bot: false, banned: false }, removed: true, publishedAt: 5 });
    const [m] = mergeWithData([shown], data(d));
    expect(m).toMatchObject({ parentId: 3, removed: true, publishedAt: 5, badges: { mod: true } });
  });

  it('keeps the page text, unless lemmy-ui collapsed the body away', () => {
    const d = c(1, null, { text: 'from data', quotes: ['q'] });
    expect(mergeWithData([c(1, null, { text: 'shown' })], data(d))[0]!.text).toBe('shown');
    expect(mergeWithData([c(1, null, { text: '', collapsedInPage: true })], data(d))[0]).toMatchObject({ text: 'from data', quotes: ['q'] });
  });

  it("drops lemmy-ui's placeholder for a deleted or removed comment, in any language, when the data says so", () => {
    const shown = [c(1, null, { text: 'gelöscht vom Ersteller' }), c(2, null, { text: 'Durch Moderator entfernt' })];
    const known = data(c(1, null, { deleted: true, text: '' }), c(2, null, { removed: true, text: '' }));
    expect(mergeWithData(shown, known).map((x) => [x.text, x.deleted, x.removed])).toEqual([['', true, false], ['', false, true]]);
  });

  it('covers every comment once, whatever part of the thread the page renders', () => {
    const tree = fc.array(fc.nat(40), { minLength: 1, maxLength: 40 }).map((parents) =>
      parents.map((p, i) => c(i + 1, i === 0 || p % (i + 1) === 0 ? null : (p % i) + 1)),
    );
    fc.assert(
      fc.property(tree, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (all, onPage) => {
        const page = all.filter((x) => onPage[x.id - 1]).map((x) => ({ ...x, parentId: null }));
        const t = buildThread(null, mergeWithData(page, data(...all)));
        expect([...preorder(t)].sort((a, b) => a - b)).toEqual(all.map((x) => x.id));
        for (const x of all) {
          expect(t.byId.get(x.id)!.parentId).toBe(x.parentId);
          expect(!!t.byId.get(x.id)!.offPage).toBe(!onPage[x.id - 1]);
        }
      }),
    );
  });
});

describe('settleMissing', () => {
  it("counts a subthread's unknown replies once, at the lowest comment that knows of them", () => {
    // 1 has 6 below it; 2 (known) has 4 below it, of which 3 is known; so 1 misses 6 - (1 + 4) = 1, 2 misses 3.
    const t = buildThread(null, [c(1, null, { descendants: 6 }), c(2, 1, { descendants: 4 }), c(3, 2, { descendants: 0 })]);
    const s = settleMissing(t, false);
    expect([1, 2, 3].map((id) => s.byId.get(id)!.moreReplies)).toEqual([1, 3, 0]);
    expect([1, 2, 3].map((id) => settleMissing(t, true).byId.get(id)!.moreReplies)).toEqual([0, 0, 0]);
  });

  it("keeps lemmy-ui's own count where the data says nothing", () => {
    const t = buildThread(null, [c(1, null, { moreReplies: 4 })]);
    expect(settleMissing(t, false).byId.get(1)!.moreReplies).toBe(4);
  });
});

describe('thread counts', () => {
  it('say how much of the thread is on the page, known, and still unknown', () => {
    const t = buildThread(null, mergeWithData([c(1, null)], data(c(1, null), c(2, 1))));
    const model = createThreadModel({ ...t, total: 10 });
    expect(model.counts.value).toMatchObject({ comments: 2, onPage: 1, total: 10, unloaded: 8 });
    model.setThread(buildThread(null, [c(1, null, { moreReplies: 3 })]));
    expect(model.counts.value).toMatchObject({ comments: 1, onPage: 1, total: null, unloaded: 3 });
  });
});
