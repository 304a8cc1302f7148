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

/** Heavy frames of ours still to come (a big page's containment and narrowing): our tasks wait for them. */
let heavyAhead = 0;

/**
 * Keeps our tasks out of the frames to come until `release` is called (from the last heavy
 * frame's callback, or when `lifetime` ends). A task queued between two frames runs before the
 * next one renders: the words' warm-up in front of a big page's containment made its frame
 * 120-180 ms at 2,000 comments, where the containment alone took 60-75 (docs/performance.md).
 */
export function holdTasksForHeavyFrames(lifetime: AbortSignal): () => void {
  heavyAhead++;
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    heavyAhead--;
    lifetime.removeEventListener('abort', release);
  };
  lifetime.addEventListener('abort', release, { once: true });
  return release;
}

const hidden = () => typeof document === 'undefined' || typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden';

/** Whether a task of ours may run now: no heavy frame of ours ahead, and the page rendered under FRAME_WORK_MS ago. */
function due(): boolean {
  const now = performance.now();
  watchFrames(now);
  return heavyAhead === 0 && now - lastFrame < FRAME_WORK_MS;
}

/** Runs `fn` now, or after a frame when the page has not rendered for FRAME_WORK_MS or a heavy frame of ours is ahead. */
export function afterRenderIfDue(fn: () => void): void {
  if (hidden() || due()) return fn();
  let ran = false;
  const run = () => {
    ran = true;
    fn();
  };
  // A task after the frame: the frame's style, layout and paint come first. Tasks that waited
  // for the same frame take turns again: together they made one long frame after it.
  const afterFrame = () => {
    if (ran) return;
    if (hidden() || due()) run();
    else requestAnimationFrame(() => setTimeout(afterFrame, 0));
  };
  requestAnimationFrame(() => setTimeout(afterFrame, 0));
  // A page too busy to render still gets our work done (not before a heavy frame of ours).
  setTimeout(() => !ran && heavyAhead === 0 && run(), FRAME_WAIT_MS);
}
