import { defineContentScript } from '#imports';
import { DEFAULT_MATCHES } from '../../utils/instances/defaults';
import { startThreadlens } from './app';
// The one stylesheet for the page itself, listed in the manifest so that it is there before the
// page's first style (utils/lemmy/big-thread.ts says why).
import '../../utils/lemmy/containment.css';

export default defineContentScript({
  // Post and comment pages of the built-in instances; other instances are added at runtime
  // when the reader enables them (see utils/instances). Detection confirms lemmy-ui either way.
  matches: DEFAULT_MATCHES,
  // The sidebar's stylesheet is imported as a string (app.tsx) into its shadow root; the only
  // CSS in the manifest is the page's containment.
  cssInjectionMode: 'manifest',
  runAt: 'document_idle',
  main(ctx) {
    startThreadlens(ctx);
  },
});
