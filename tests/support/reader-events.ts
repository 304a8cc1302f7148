/**
 * happy-dom has no `Event.isTrusted`. In a browser only events made from the
 * reader's input have it true, and Threadlens ignores the rest
 * (utils/lemmy/events.ts). Here the events a test dispatches stand for the
 * reader's input; a test of a page-made event marks it with `pageMade`.
 */
if (new Event('probe').isTrusted === undefined) {
  Object.defineProperty(Event.prototype, 'isTrusted', { configurable: true, get: () => true });
}

/** `event` as the page would make it: `isTrusted` false, as in a browser. */
export function pageMade<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: false });
  return event;
}
