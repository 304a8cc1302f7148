import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import { people } from '../../../utils/thread/people';
import { VIEW_PREPARATIONS } from '../../../utils/thread/prepare';
import { tally } from '../../../utils/thread/tally';
import { createThreadModel } from '../../../utils/thread/thread-model';
import { makeComment as c } from '../../support/make-comment';

const author = (name: string) => ({ name, instance: 'a.org', display: name });

describe('tally', () => {
  it('adds up "more replies", comments off the page and people, in one pass', () => {
    const byId = buildThread(null, [
      c(1, null, { author: author('ada'), moreReplies: 3 }),
      c(2, 1, { author: author('bob'), offPage: true }),
      c(3, 1, { author: author('ada'), moreReplies: 2, offPage: true }),
    ]).byId;
    expect(tally(byId)).toEqual({ moreReplies: 5, offPage: 2, participants: 2 });
  });

  it('equals a count from scratch, and is remembered by the map of comments', () => {
    const comment = fc.record({ who: fc.constantFrom('a', 'b', 'c', ''), more: fc.nat(5), off: fc.boolean() });
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 30 }), (specs) => {
        const byId = buildThread(null, specs.map((s, i) => c(i + 1, null, { author: author(s.who), moreReplies: s.more, offPage: s.off }))).byId;
        const seen = people();
        for (const x of byId.values()) seen.idOf(x.author);
        const result = tally(byId);
        expect(result).toEqual({
          moreReplies: specs.reduce((n, s) => n + s.more, 0),
          offPage: specs.filter((s) => s.off).length,
          participants: seen.size,
        });
        expect(tally(byId)).toBe(result);
      }),
    );
  });

  it('is what the model counts, worked out ahead or not', () => {
    const thread = buildThread(null, [c(1, null, { author: author('ada'), moreReplies: 4 }), c(2, 1, { author: author('bob') })]);
    const cold = createThreadModel(thread).counts.value;
    for (const prepare of VIEW_PREPARATIONS) prepare(thread);
    const warm = createThreadModel(thread).counts.value;
    expect(warm).toEqual(cold);
    expect(warm).toMatchObject({ comments: 2, participants: 2, unloaded: 4 });
  });
});
