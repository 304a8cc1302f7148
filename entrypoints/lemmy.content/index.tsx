import { defineContentScript } from '#imports';
import { startThreadlens } from './app';
import './style.css';

export default defineContentScript({
  // Post and comment pages on any host; detection confirms lemmy-ui before anything runs.
  matches: ['*://*/post/*', '*://*/comment/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    startThreadlens(ctx);
  },
});
