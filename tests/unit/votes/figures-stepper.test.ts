import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import type { Count, Thread } from '../../../utils/thread/types';
import { figuresStepper, threadFigures } from '../../../utils/votes/figures';
import { makeComment } from '../../support/make-comment';

const vote = fc.option(fc.record({ value: fc.integer({ min: -20, max: 300 }), approx: fc.boolean() }), { nil: null, freq: 4 }) as fc.Arbitrary<Count | null>;

/** Comments in reading order, each a reply to one before it or a root; a post count or none. */
const threadArb = fc
  .record({
    rows: fc.array(fc.record({ parentAt: fc.option(fc.nat(), { nil: null }), up: vote, down: vote, score: vote, who: fc.constantFrom('ann', 'bo', 'cy', ''), more: fc.constantFrom(0, 0, 2) }), { maxLength: 70 }),
    total: fc.option(fc.nat({ max: 90 }), { nil: undefined }),
  })
  .map(({ rows, total }): Thread => {
    const comments = rows.map((r, i) => {
      const parent = i === 0 || r.parentAt === null ? null : (r.parentAt % i) + 1;
      return makeComment(i + 1, parent, { votes: { up: r.up, down: r.down, score: r.score }, author: { name: r.who, instance: 'x.test', display: r.who }, moreReplies: r.more });
    });
    return { ...buildThread(null, comments), total };
  });

describe('thread figures in slices', () => {
  it('equal the figures in one go, wherever the pass stops', () => {
    fc.assert(
      fc.property(threadArb, fc.constantFrom(null, true, false), fc.integer({ min: 1, max: 9 }), (thread, site, every) => {
        const stepper = figuresStepper(thread, site, every);
        let steps = 1;
        while (!stepper.step(-Infinity)) {
          expect(stepper.result()).toBeNull();
          steps++;
        }
        expect(stepper.result()).toEqual(threadFigures(thread, site));
        expect(steps).toBeGreaterThanOrEqual(Math.ceil(thread.byId.size / every));
        expect(steps).toBeLessThanOrEqual(Math.ceil(thread.byId.size / every) + 1);
      }),
    );
  });

  it('runs to the end in one step when the deadline is far', () => {
    const stepper = figuresStepper(buildThread(null, [makeComment(1, null), makeComment(2, 1)]), null, 1);
    expect(stepper.step(Infinity)).toBe(true);
    expect(stepper.result()!.comments).toBe(2);
  });
});
