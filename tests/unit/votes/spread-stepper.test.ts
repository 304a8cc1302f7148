import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildThread } from '../../../utils/thread/build';
import type { Count, Thread } from '../../../utils/thread/types';
import { spreadStepper, subthreadFigures } from '../../../utils/votes/subthreads';
import type { DownvoteMode } from '../../../utils/votes/mode';
import { makeComment } from '../../support/make-comment';

const count = fc.option(fc.record({ value: fc.integer({ min: -50, max: 500 }), approx: fc.boolean() }), { nil: null, freq: 5 }) as fc.Arbitrary<Count | null>;

/** A comment of a random tree: its parent picked among the comments before it, or none, or the one just before (chains). */
const comment = fc.record({
  parent: fc.oneof(fc.constant('root' as const), fc.constant('previous' as const), fc.nat()),
  up: count,
  down: count,
  score: count,
  author: fc.constantFrom('ann', 'bo', 'cy', 'di', ''),
  moreReplies: fc.constantFrom(0, 0, 0, 3),
});
type Row = typeof comment extends fc.Arbitrary<infer R> ? R : never;

function threadOf(rows: Row[]): Thread {
  return buildThread(
    null,
    rows.map((r, i) => {
      const parent = i === 0 || r.parent === 'root' ? null : r.parent === 'previous' ? i : (r.parent % i) + 1;
      const author = { name: r.author, instance: 'lemmy.test', display: r.author };
      return makeComment(i + 1, parent, { votes: { up: r.up, down: r.down, score: r.score }, author, moreReplies: r.moreReplies });
    }),
  );
}

/** Runs the stepper with every deadline already passed: it stops after each `every` comments. */
function sliced(thread: Thread, mode: DownvoteMode, every: number) {
  const stepper = spreadStepper(thread, mode, every);
  let steps = 1;
  while (!stepper.step(-Infinity)) {
    expect(stepper.result()).toBeNull();
    steps++;
  }
  return { spread: stepper.result()!, steps };
}

const mode = fc.constantFrom<DownvoteMode>('shown', 'hidden', 'disabled');

describe('subthread figures in slices', () => {
  it('equal the figures in one go, wherever the walk stops', () => {
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 80 }), mode, fc.integer({ min: 1, max: 9 }), (rows, m, every) => {
        const thread = threadOf(rows);
        const { spread, steps } = sliced(thread, m, every);
        expect(spread).toEqual(subthreadFigures(thread, m));
        expect(steps).toBe(Math.max(1, Math.ceil(rows.length / every)));
      }),
    );
  });

  it('equal them on chains deeper than any call stack', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => makeComment(i + 1, i === 0 || i === 6_000 ? null : i, { author: { name: `u${i % 7}`, instance: 'x.test', display: '' } }));
    const thread = buildThread(null, rows);
    const { spread, steps } = sliced(thread, 'shown', 500);
    expect(steps).toBe(24);
    expect(spread).toEqual(subthreadFigures(thread, 'shown'));
    expect(spread.byId.get(1)!.replies).toBe(5_999);
    expect(spread.byId.get(1)!.participants).toBe(7);
  });

  it('runs to the end in one step when the deadline is far', () => {
    const thread = buildThread(null, [makeComment(1, null), makeComment(2, 1)]);
    const stepper = spreadStepper(thread, 'shown', 1);
    expect(stepper.step(Infinity)).toBe(true);
    expect(stepper.result()!.byId.get(1)!.replies).toBe(1);
  });
});
