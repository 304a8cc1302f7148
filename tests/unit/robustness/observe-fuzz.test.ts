import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetLogOnce } from '../../../utils/log';
import type { Thread } from '../../../utils/thread/types';
import { generateThread, renderPage } from '../../fixtures/build-thread';
import * as M from './lemmy-mutations';
import { crankedSession, freshShape, shape, type Cranked } from '../../support/session-harness';

/**
 * Model-based fuzzing of the observer: random lemmy-ui-like mutations while a
 * session watches the page, with frames run at random points in between. The
 * model is a fresh parse: once mutations stop, the live tree must equal what
 * a brand-new reader gets from the final DOM, and nothing may throw or log.
 */
interface Real {
  doc: Document;
  cranked: Cranked;
  nextId: number;
}

class Step implements fc.AsyncCommand<object, Real> {
  constructor(
    readonly label: string,
    readonly apply: (real: Real) => void | Promise<void>,
  ) {}
  check = () => true;
  async run(_model: object, real: Real): Promise<void> {
    await this.apply(real);
  }
  toString = () => this.label;
}

const at = fc.nat(200);
const steps = [
  fc.tuple(at, fc.string({ maxLength: 12 })).map(([i, t]) => new Step(`reply@${i}`, (r) => M.appendReply(r.doc, i, r.nextId++, `reply ${t}`))),
  at.map((i) => new Step(`remove@${i}`, (r) => M.removeComment(r.doc, i))),
  fc.constant(new Step('spinner', (r) => M.toSpinner(r.doc))),
  fc.nat(50).map((s) => new Step(`sorted#${s}`, (r) => M.fromSpinner(r.doc, s))),
  at.map((i) => new Step(`collapse@${i}`, (r) => M.collapse(r.doc, i))),
  fc.tuple(at, fc.string({ maxLength: 20 })).map(([i, t]) => new Step(`edit@${i}`, (r) => M.editText(r.doc, i, `edited ${t}`))),
  fc.tuple(at, fc.nat(5000)).map(([i, n]) => new Step(`vote@${i}=${n}`, (r) => M.vote(r.doc, i, n))),
  fc.tuple(at, at).map(([a, b]) => new Step(`move@${a}->${b}`, (r) => M.move(r.doc, a, b))),
  fc.nat(9).map((n) => new Step(`noise${n}`, (r) => M.noise(r.doc, n))),
  // Frames run while lemmy-ui is still busy: observation continues across them.
  fc.constant(new Step('frame', (r) => r.cranked.flush())),
];

const URL_ = 'http://127.0.0.1/post/1';

function startOn(seed: number): Real {
  const spec = generateThread({ comments: 12, maxDepth: 3, seed, host: '127.0.0.1' });
  spec.post.id = 1;
  const doc = new DOMParser().parseFromString(renderPage(spec, { ...M.OPTS, path: '/post/1' }), 'text/html');
  return { doc, cranked: crankedSession(doc, URL_), nextId: 100_000 };
}

/** Comments the session keeps that the page does not show must hang under a comment lemmy-ui collapsed. */
function keptUnderCollapse(thread: Thread, inPage: Set<number>): boolean {
  for (const [id] of thread.byId) {
    if (inPage.has(id)) continue;
    let up = thread.byId.get(id)!.parentId;
    while (up !== null && !inPage.has(up)) up = thread.byId.get(up)?.parentId ?? null;
    if (up === null || !thread.byId.get(up)!.collapsedInPage) return false;
  }
  return true;
}

afterEach(() => resetLogOnce());

describe('random lemmy-ui mutations during observation', () => {
  // Found by the property below: a moved li kept its cached parent and depth.
  it('re-reads a comment lemmy-ui moved under another one', async () => {
    const real = startOn(3);
    const [first, , third] = M.articles(real.doc);
    M.move(real.doc, 0, 2);
    await real.cranked.flush();
    const moved = real.cranked.session.model.thread.value.byId.get(Number(first!.id.slice(8)))!;
    expect(moved.parentId).toBe(Number(third!.id.slice(8)));
    expect(shape(real.cranked.session.model.thread.value)).toEqual(freshShape(real.doc, '127.0.0.1'));
    real.cranked.stop();
  });

  it('never crash the reader, and the tree equals a fresh parse once they stop', { timeout: 120_000 }, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(fc.nat(1000), fc.commands(steps, { maxCommands: 25 }), async (seed, commands) => {
        const real = startOn(seed);
        try {
          await fc.asyncModelRun(() => ({ model: {}, real }), commands);
          await real.cranked.flush();
          const thread = real.cranked.session.model.thread.value;
          const fresh = freshShape(real.doc, '127.0.0.1');
          const inPage = new Set(fresh.map((c) => c.id));
          expect(shape(thread).filter((c) => inPage.has(c.id))).toEqual(fresh);
          expect(keptUnderCollapse(thread, inPage)).toBe(true);
          expect(warn).not.toHaveBeenCalled();
        } finally {
          real.cranked.stop();
        }
      }),
      // FUZZ_RUNS=2000 for a longer hunt; 60 keeps the suite quick.
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
    );
  });
});
