import { defineContentScript } from '#imports';
import { DEFAULT_MATCHES } from '../../utils/instances/defaults';
import { startThreadlens } from './app';

export default defineContentScript({
  // Post and comment pages of the built-in instances; other instances are added at runtime
  // when the reader enables them (see utils/instances). Detection confirms lemmy-ui either way.
  matches: DEFAULT_MATCHES,
  // Never into the page: the sidebar's stylesheet is imported as a string (app.tsx) into its shadow root.
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    startThreadlens(ctx);
  },
});
