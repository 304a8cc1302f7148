import { effect, signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { countedThread } from '../../../utils/features/reading/feature';
import type { Session } from '../../../utils/session/session';
import type { Thread } from '../../../utils/thread/types';

/**
 * The thread read progress counts: the session's, taken a task after it is
 * published, so that counting 10,000 unread comments is not part of the
 * publishing task (issue 20: no long task from read tracking).
 */
const thread = (n: number) => ({ byId: new Map(Array.from({ length: n }, (_, i) => [i + 1, {}])) }) as unknown as Thread;

function harness() {
  const life = new AbortController();
  const published = signal(thread(0));
  const session = { model: { thread: published }, signal: life.signal } as unknown as Session;
  const counted = countedThread(session);
  const seen: Thread[] = [];
  effect(() => void seen.push(counted.value));
  return { life, published, counted, seen };
}

describe('the thread read progress counts', () => {
  it('is taken after the publishing task, not in it', async () => {
    const { published, counted } = harness();
    const next = thread(3);
    published.value = next;
    expect(counted.value).not.toBe(next);
    await vi.waitFor(() => expect(counted.value).toBe(next));
  });

  it('takes several publishes of one task once, the last', async () => {
    const { published, counted, seen } = harness();
    const last = thread(5);
    published.value = thread(2);
    published.value = thread(4);
    published.value = last;
    await vi.waitFor(() => expect(counted.value).toBe(last));
    expect(seen).toHaveLength(2);
  });

  it('takes nothing once the session has ended', async () => {
    const ended = harness();
    const live = harness();
    const first = ended.counted.value;
    ended.published.value = thread(2);
    live.published.value = thread(2);
    ended.life.abort();
    // A session still running takes its thread: by then the ended one would have taken its own.
    await vi.waitFor(() => expect(live.counted.value).toBe(live.published.value));
    expect(ended.counted.value).toBe(first);
  });
});
