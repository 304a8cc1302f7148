import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { measured } from './measure';
import { afterRenderIfDue } from './schedule';

/**
 * Budget of one slice of chunked work, in ms. A slice can overrun it by one
 * item (a comment's quotes, cold code: up to 10-20 ms measured), and a major
 * garbage collection on a 600,000-element page ends in a pause (25-75 ms
 * measured) in whichever task is running: 10 leaves more of the 50 ms of a
 * long task for those than the 15 used before. A pause over 50 ms breaks the
 * budget whatever the slice (README, "Performance").
 */
export const SLICE_MS = 10;

const now = () => globalThis.performance?.now() ?? Date.now();

interface Scheduler {
  postTask(fn: () => void, options: { priority: 'user-visible' | 'background'; signal?: AbortSignal }): Promise<unknown>;
}

/** A new task soon: the Prioritized Task Scheduler where there is one, else a timer. */
function nextTask(fn: () => void, signal: AbortSignal, priority: 'user-visible' | 'background' = 'user-visible'): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  const run = () => afterRenderIfDue(fn);
  if (scheduler?.postTask) scheduler.postTask(run, { priority, signal }).catch(() => {});
  else setTimeout(run, 0);
}

/**
 * Runs `step` once per task, each time with a deadline SLICE_MS ahead, until
 * it returns true; then `done`, in a task of its own. Every slice is a `name`
 * measure, and `done` a `name-done` one. Nothing runs once `signal` is
 * aborted. Input and rendering get their turn between slices, so a
 * 10,000-comment page never holds the main thread for long.
 */
export function inSlices(name: string, step: (deadline: number) => boolean, done: () => void, signal: AbortSignal): void {
  const run = () => {
    if (signal.aborted) return;
    const finished = measured(name, () => step(now() + SLICE_MS));
    nextTask(finished ? () => !signal.aborted && measured(`${name}-done`, done) : run, signal);
  };
  nextTask(run, signal);
}

/**
 * A signal that follows `source`, but a task later when `defer(value)` says
 * the value is big: whatever is computed from it (vote figures of 10,000
 * comments) then runs in a task of its own instead of in the task that
 * changed `source`. Several changes before that task make one update.
 */
export function followLater<T>(source: ReadonlySignal<T>, defer: (value: T) => boolean, lifetime: AbortSignal): ReadonlySignal<T> {
  const out = signal(source.peek());
  let pending = false;
  const stop = effect(() => {
    const value = source.value;
    if (!defer(value)) {
      out.value = value;
      return;
    }
    if (pending) return;
    pending = true;
    nextTask(() => {
      pending = false;
      // The timer fallback of nextTask cannot be cancelled: check here.
      if (!lifetime.aborted) measured('follow', () => (out.value = source.peek()));
    }, lifetime, 'background');
  });
  lifetime.addEventListener('abort', stop, { once: true });
  return out;
}
