import { describe, expect, it } from 'vitest';
import { batcher } from '../../../utils/features/whole-thread/joins';
import type { FeatureContext } from '../../../utils/features/types';
import type { Session } from '../../../utils/session/session';
import { generateThread } from '../../fixtures/build-thread';
import { commentViews } from '../../fixtures/comment-views';

/**
 * When the whole-thread load joins what it read to the thread: each join
 * rebuilds the thread, so there are few, and on a long load the outline still
 * grows after a second.
 */
const spec = generateThread({ comments: 2000, maxDepth: 6, seed: 7, host: 'lemmy.test' });
const pages: unknown[][] = [];
const views = commentViews(spec, 'v3');
for (let i = 0; i < views.length; i += 50) pages.push(views.slice(i, i + 50));

function harness(life = new AbortController()) {
  const joins: number[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const session = {
    signal: life.signal,
    page: { host: 'lemmy.test' },
    addData: (comments: readonly unknown[]) => void joins.push(comments.length),
  } as unknown as Session;
  const context = { schedule: (fn: () => void) => void queue.push(fn) } as unknown as FeatureContext;
  const batches = batcher(session, context, spec.post.id, () => clock);
  /** A page arrives `ms` after the one before, and the frame after it runs. */
  const arrive = (page: unknown[], ms: number) => {
    clock += ms;
    batches.add(page);
    for (const fn of queue.splice(0)) fn();
  };
  return { joins, arrive, flush: () => batches.flush(true) };
}

describe('whole-thread joins', () => {
  it('joins a load that ends within a second once, at its end', () => {
    const { joins, arrive, flush } = harness();
    for (const page of pages) arrive(page, 20);
    expect(joins).toEqual([]);
    flush();
    expect(joins).toEqual([2000]);
  });

  it('joins what came in the first second after it, counted from the first page', () => {
    const { joins, arrive } = harness();
    // The first page takes a while (a slow instance): the second counts from its arrival, not the click.
    arrive(pages[0]!, 3000);
    for (const page of pages.slice(1, 10)) arrive(page, 100);
    expect(joins).toEqual([]);
    arrive(pages[10]!, 100);
    expect(joins).toEqual([550]);
  });

  it('on a slow load, joins at most once a second, each join at least three times what came before', () => {
    const { joins, arrive, flush } = harness();
    for (const page of pages) arrive(page, 100);
    flush();
    expect(joins.reduce((a, b) => a + b, 0)).toBe(2000);
    // The first second's pages: the first one and ten more.
    expect(joins[0]).toBe(550);
    let joined = joins[0]!;
    for (const size of joins.slice(1, -1)) {
      expect(size).toBeGreaterThanOrEqual(3 * joined);
      joined += size;
    }
    // 40 pages at 100 ms: a join about once a second while they come, not once a page.
    expect(joins.length).toBeGreaterThanOrEqual(2);
    expect(joins.length).toBeLessThanOrEqual(5);
  });

  it('joins nothing once the session has ended (a navigation mid-load)', () => {
    const life = new AbortController();
    const { joins, arrive, flush } = harness(life);
    // 60 ms apart: the 18th page comes a second after the first, and they are joined.
    for (const page of pages.slice(0, 20)) arrive(page, 60);
    expect(joins).toEqual([900]);
    life.abort();
    for (const page of pages.slice(20)) arrive(page, 2000);
    flush();
    expect(joins).toEqual([900]);
  });
});
