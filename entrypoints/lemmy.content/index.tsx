import { defineContentScript } from '#imports';
import { DEFAULT_MATCHES } from '../../utils/instances/defaults';
import { containWhileParsing } from '../../utils/lemmy/big-thread';
import { prepareThreadlens } from './app';

export default defineContentScript({
  // Post and comment pages of the built-in instances; other instances are added at runtime
  // when the reader enables them (see utils/instances). Detection confirms lemmy-ui either way.
  matches: DEFAULT_MATCHES,
  // Never into the page: the sidebar's stylesheet is imported as a string (app.tsx) into its shadow root.
  cssInjectionMode: 'ui',
  // Before the page is parsed, so that a big thread is contained as it comes (utils/lemmy/big-thread);
  // the rest starts once the page is parsed and has rendered a frame, as at document_idle (started
  // at once, it put its first tasks in front of the page's first frame: 85 ms tasks at 300 comments).
  runAt: 'document_start',
  main(ctx) {
    containWhileParsing(document, location.href);
    const startThreadlens = prepareThreadlens(ctx, location.href);
    const start = () => requestAnimationFrame(() => setTimeout(() => ctx.isValid && startThreadlens(), 0));
    if (document.readyState !== 'loading') return start();
    document.addEventListener('DOMContentLoaded', start, { once: true, signal: ctx.signal });
  },
});
