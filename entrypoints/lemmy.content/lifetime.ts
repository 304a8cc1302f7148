import { browser, type ContentScriptContext } from '#imports';
import { ContentScriptContext as Context } from 'wxt/utils/content-script-context';

/**
 * WXT ends a content script when a newer one says it has started: an event on
 * the document with the extension's id and the script's name, both of which
 * the page can read and send itself, switching Threadlens off at will. Such an
 * event gets through only when it can be true:
 * - this script's extension is gone (updated or reloaded): it must stop anyway;
 * - a newer instance of this script has started in this same isolated world,
 *   which the page cannot reach (checked a task later, once it has started).
 */
const LATEST = Symbol.for('threadlens.content-script');
type World = { [LATEST]?: ContentScriptContext };

export function guardLifetime(ctx: ContentScriptContext): void {
  const world = globalThis as World;
  world[LATEST] = ctx;
  const type = (Context as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  const check = (event: Event) => {
    if (browser.runtime?.id == null) return;
    event.stopImmediatePropagation();
    setTimeout(() => {
      const latest = world[LATEST];
      if (latest && latest !== ctx && !latest.signal.aborted) ctx.abort('a newer content script started');
    }, 0);
  };
  // Capture on window: before WXT's own listener on the document.
  window.addEventListener(type, check, { capture: true, signal: ctx.signal });
}
