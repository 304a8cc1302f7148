import { cancelled } from './errors';

/** At most `size` holders at once; the rest wait in order. A waiter whose signal aborts leaves the queue. */
export function slots(size: number) {
  let free = Math.max(1, Math.floor(size));
  const queue: (() => void)[] = [];

  function acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(cancelled());
    if (free > 0) {
      free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const take = () => {
        signal.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        queue.splice(queue.indexOf(take), 1);
        reject(cancelled());
      };
      queue.push(take);
      signal.addEventListener('abort', leave, { once: true });
    });
  }

  function release(): void {
    const next = queue.shift();
    if (next) next();
    else free++;
  }

  return { acquire, release };
}
