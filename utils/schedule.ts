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
        afterRenderIfDue(() => runs(fn));
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

/**
 * Our tasks leave the page time to render. Chromium runs queued tasks back to back and renders
 * only when none is due or after about 100 ms without a frame: start-up's short tasks (the
 * words' warm-up, quote matching, the first render, 10-50 ms each) made one frame of 150 ms at
 * 100 comments (docs/performance.md). So a task of ours that would start when the page has gone
 * FRAME_WORK_MS without a frame waits for the next one. A hidden page renders no frames: there
 * nothing waits.
 */
const FRAME_WORK_MS = 30;
/** The longest wait for a frame: a page too busy to render still gets our work done. */
const FRAME_WAIT_MS = 100;
let lastFrame = 0;
/** When the frame being waited for was asked for (null: none is): a page that was idle is not late. */
let watchingSince: number | null = null;

/** Notes when the page last ran its animation frames, from now until the next one. */
function watchFrames(now: number): void {
  // A frame asked for long ago that never came (the document went away): start again.
  if (watchingSince !== null && now - watchingSince < FRAME_WAIT_MS) return;
  watchingSince = lastFrame = now;
  requestAnimationFrame(() => {
    watchingSince = null;
    lastFrame = performance.now();
  });
}

/** Runs `fn` now, or after the next frame when the page has not rendered for FRAME_WORK_MS. */
export function afterRenderIfDue(fn: () => void): void {
  if (typeof document === 'undefined' || typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return fn();
  const now = performance.now();
  watchFrames(now);
  if (now - lastFrame < FRAME_WORK_MS) return fn();
  let ran = false;
  const once = () => {
    if (!ran) (ran = true), fn();
  };
  // A task after the frame: the frame's style, layout and paint come first.
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, FRAME_WAIT_MS);
}
