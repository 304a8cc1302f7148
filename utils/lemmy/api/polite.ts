import { linkedSignal, raceAbort, sleep as realSleep, type Sleep } from './abort';
import { ApiError, cancelled, gaveUp, networkError, timedOut } from './errors';
import { pageFetch, requestInit } from './page-fetch';
import { readJson } from './read-json';
import { backoffMs } from './retry-after';
import { slots } from './slots';

/**
 * Asks one instance for JSON the way a considerate client does: few requests
 * at once, a time limit on each, and a pause when the instance says it is busy
 * (429/503 with Retry-After) or fails, shared by every request so none runs
 * into the same wall. A request that fails `maxTries` times in a row gives up.
 */
export interface PoliteOptions {
  fetch?: typeof fetch;
  /** Requests in flight at once (2). */
  inFlight?: number;
  /** Time limit of one try, in ms (20 s). */
  timeoutMs?: number;
  /** Tries of one request before giving up (4). */
  maxTries?: number;
  /** Longest pause, whatever Retry-After asks (60 s). */
  maxWaitMs?: number;
  sleep?: Sleep;
}

export interface Polite {
  getJson(url: URL, signal: AbortSignal): Promise<unknown>;
}

/** Worth trying again: busy, a server fault, no answer. A 4xx or a wrong body will not change. */
function retriable(e: ApiError): boolean {
  if (e.kind === 'http') return (e.status ?? 0) >= 500 || e.status === 408;
  return e.kind === 'rate-limited' || e.kind === 'network' || e.kind === 'timeout';
}

export function politeRunner(options: PoliteOptions = {}): Polite {
  const { timeoutMs = 20_000, maxTries = 4, maxWaitMs = 60_000, sleep = realSleep } = options;
  const doFetch = options.fetch ?? pageFetch();
  const gate = slots(options.inFlight ?? 2);
  let resumeAt = 0;

  async function once(url: URL, signal: AbortSignal): Promise<unknown> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const both = linkedSignal([signal, timeout.signal]);
    try {
      const res = await raceAbort(doFetch(url, requestInit(both.signal)), both.signal);
      return await raceAbort(readJson(res, Date.now()), both.signal);
    } catch (e) {
      if (signal.aborted) throw cancelled();
      if (timeout.signal.aborted) throw timedOut(timeoutMs);
      throw e instanceof ApiError ? e : networkError();
    } finally {
      clearTimeout(timer);
      both.dispose();
    }
  }

  /** Waits out the pause, if any; again if another request's failure moved it on meanwhile. */
  async function pauseOver(signal: AbortSignal): Promise<void> {
    // By target, not by clock, so an injected sleep that returns early still ends the loop.
    for (let until = 0; resumeAt > until; ) {
      until = resumeAt;
      if (until > Date.now()) await sleep(until - Date.now(), signal);
    }
  }

  /** One try in a slot. A failure sets the pause before the slot is let go, so no waiting request slips past it. */
  async function attempt(url: URL, signal: AbortSignal, tries: number): Promise<unknown> {
    await gate.acquire(signal);
    try {
      await pauseOver(signal);
      return await once(url, signal);
    } catch (e) {
      const error = e instanceof ApiError ? e : networkError();
      if (retriable(error) && tries < maxTries) {
        resumeAt = Math.max(resumeAt, Date.now() + Math.min(maxWaitMs, error.retryAfterMs ?? backoffMs(tries)));
      }
      throw error;
    } finally {
      gate.release();
    }
  }

  async function getJson(url: URL, signal: AbortSignal): Promise<unknown> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt(url, signal, tries);
      } catch (e) {
        const error = e as ApiError;
        if (!retriable(error)) throw error;
        if (tries >= maxTries) throw gaveUp(error, tries);
      }
    }
  }

  return { getJson };
}
