import { computed, signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { followLater } from '../../../utils/tasks';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followLater', () => {
  it('follows small values at once', () => {
    const source = signal(1);
    const out = followLater(source, (v) => v > 100, new AbortController().signal);
    source.value = 2;
    expect(out.value).toBe(2);
  });

  it('follows big values a task later, and work computed from it runs then', async () => {
    const source = signal(1);
    const out = followLater(source, (v) => v > 100, new AbortController().signal);
    let runs = 0;
    const derived = computed(() => (runs++, out.value * 2));
    expect(derived.value).toBe(2);
    source.value = 500;
    expect(derived.value).toBe(2);
    await nextTask();
    expect(derived.value).toBe(1000);
    expect(runs).toBe(2);
  });

  it('makes one update of several changes before its task', async () => {
    const source = signal(1);
    const out = followLater(source, (v) => v > 100, new AbortController().signal);
    const seen: number[] = [];
    const stop = computed(() => seen.push(out.value));
    void stop.value;
    source.value = 200;
    source.value = 300;
    source.value = 400;
    await nextTask();
    void stop.value;
    expect(seen).toEqual([1, 400]);
  });

  it('stops following once its lifetime ends', async () => {
    const source = signal(1);
    const lifetime = new AbortController();
    const out = followLater(source, (v) => v > 100, lifetime.signal);
    source.value = 500;
    lifetime.abort();
    await nextTask();
    source.value = 2;
    await nextTask();
    expect(out.value).toBe(1);
  });
});
