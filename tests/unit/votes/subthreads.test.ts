import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import { threadFigures } from '../../../utils/votes/figures';
import { subthreadVotesText } from '../../../components/votes/words';
import { rowVotes } from '../../../utils/votes/row';
import { subthreadFigures } from '../../../utils/votes/subthreads';
import { makeComment } from '../../support/make-comment';
import { exact, tree, upDown } from './trees';

//  1 ann 50/3 ─┬─ 2 bo 12/31 ─┬─ 4 cy 22/18
//              │              └─ 5 ann 3/14 (+2 not loaded)
//              └─ 3 di 9/0
//  6 eve 4/1
const t = tree([
  [1, null, upDown(50, 3), 'ann'],
  [2, 1, upDown(12, 31), 'bo'],
  [4, 2, upDown(22, 18), 'cy'],
  [5, 2, upDown(3, 14), 'ann', { moreReplies: 2 }],
  [3, 1, upDown(9, 0), 'di'],
  [6, null, upDown(4, 1), 'eve'],
]);

describe('subthread figures', () => {
  const s = subthreadFigures(t, 'shown');

  it('count an unnamed author (no author element in the page) as nobody, in a subthread and in the thread', () => {
    const nameless = { author: { name: '', instance: 'lemmy.test', display: '' } };
    const u = tree([
      [1, null, upDown(1, 0), 'ann'],
      [2, 1, upDown(1, 0), undefined, nameless],
      [3, 2, upDown(1, 0), undefined, nameless],
    ]);
    const figures = subthreadFigures(u, 'shown');
    expect([1, 2, 3].map((id) => figures.byId.get(id)!.participants)).toEqual([1, 0, 0]);
    expect(threadFigures(u).participants).toBe(1);
  });

  it('sum each comment with all its replies', () => {
    const one = s.byId.get(1)!;
    expect([one.up.value, one.down.value, one.score.value]).toEqual([96, 66, 30]);
    expect([one.replies, one.unloaded, one.participants]).toEqual([4, 2, 4]);
    const two = s.byId.get(2)!;
    expect([two.up.value, two.down.value, two.replies, two.participants]).toEqual([37, 63, 2, 3]);
    expect(s.byId.get(6)!.replies).toBe(0);
  });

  it('marks controversial subthreads by the rule', () => {
    const flagged = [...s.byId].filter(([, f]) => f.controversial).map(([id]) => id);
    // 1: 96/66, 2: 37/63, 4: 22/18 pass; 5: 3/14 and 3: 9/0 and 6: 4/1 do not.
    expect(flagged).toEqual([4, 2, 1]);
  });

  it('never marks anything when downvotes are not shown', () => {
    const off = subthreadFigures(t, 'disabled');
    expect([...off.byId.values()].some((f) => f.controversial || f.minority)).toBe(false);
    expect(off.byId.get(1)!.bar.down).toBe(0);
  });

  it('draws bars against the biggest top-level subthread', () => {
    expect(s.scale).toBe(96 + 66);
    const row = rowVotes(s, 2)!;
    expect(row.up).toBeCloseTo(37 / 162);
    expect(row.down).toBeCloseTo(63 / 162);
    expect(row.controversial).toBe(true);
    expect(subthreadVotesText(row)).toBe('subthread score -26, 37 up, 63 down (37% up), 3 participants, 2 replies (+2 not loaded), controversial');
    expect(rowVotes(s, 999)).toBeNull();
  });

  it('uses a positive score for the bar when only scores are shown', () => {
    const scoreOnly = tree([[1, null, { up: null, down: null, score: exact(8) }], [2, 1, { up: null, down: null, score: exact(-3) }]]);
    const f = subthreadFigures(scoreOnly, 'hidden').byId.get(1)!;
    expect([f.bar.up, f.score.value, f.up.missing]).toEqual([8, 5, 2]);
  });
});

describe('size and depth', () => {
  it('handles chains 60 deep in 10,000 comments', () => {
    const comments = Array.from({ length: 10_000 }, (_, i) => {
      const parent = i === 0 ? null : i % 60 === 0 ? null : i - 1;
      return makeComment(i + 1, parent === null ? null : parent + 1, {
        votes: upDown((i * 7) % 50, (i * 3) % 11),
        author: { name: `u${i % 400}`, instance: 'x.test', display: `u${i % 400}` },
      });
    });
    const big = buildThread(null, comments);
    const f = threadFigures(big);
    const s = subthreadFigures(big, f.mode);
    expect(f.comments).toBe(10_000);
    expect(s.byId.size).toBe(10_000);
    expect(s.byId.get(1)!.replies).toBe(59);
  });
});
