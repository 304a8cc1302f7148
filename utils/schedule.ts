/**
 * Frames and timers bound to a lifetime, with one abort listener for all of
 * them. WXT's ctx.requestAnimationFrame and ctx.setTimeout add an abort
 * listener to the context's signal on every call and never remove it; that
 * listener's closure holds the callback, and through it every old session.
 * Readers move between posts all day in one tab, so every post they had open
 * stayed in memory (issue 16: about 3,500 detached nodes per navigation).
 * Here a callback is forgotten as soon as it has run.
 */
export interface Scheduler {
  /** Runs `fn` in the next animation frame, unless the lifetime ends first. */
  frame(fn: () => void): void;
  /** Runs `fn` after `ms`, unless the lifetime ends first; the returned function cancels it. */
  timeout(fn: () => void, ms?: number): () => void;
  /** Callbacks waiting to run (tests: must not grow with the number scheduled). */
  pending(): number;
}

/**
 * `alive` is asked before each callback: the content script passes WXT's
 * `ctx.isValid`, which also notices an extension reload (its runtime gone).
 */
export function createScheduler(lifetime: AbortSignal, alive: () => boolean = () => true): Scheduler {
  const frames = new Set<number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  lifetime.addEventListener(
    'abort',
    () => {
      for (const id of frames) cancelAnimationFrame(id);
      for (const id of timers) clearTimeout(id);
      frames.clear();
      timers.clear();
    },
    { once: true },
  );
  const runs = (fn: () => void) => !lifetime.aborted && alive() && (fn(), true);

  return {
    frame(fn) {
      if (lifetime.aborted) return;
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        runs(fn);
      });
      frames.add(id);
    },
    timeout(fn, ms = 0) {
      if (lifetime.aborted) return () => {};
      const id = setTimeout(() => {
        timers.delete(id);
        runs(fn);
      }, ms);
      timers.add(id);
      return () => {
        clearTimeout(id);
        timers.delete(id);
      };
    },
    pending: () => frames.size + timers.size,
  };
}
