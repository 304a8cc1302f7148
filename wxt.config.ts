import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep module boundaries visible in each file's import lines.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Threadlens',
    description: 'Makes long Lemmy threads readable: outline, collapse, quotes and vote spread.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'threadlens@threadlens.invalid',
              // 140 is the ESR Debian ships; it has the Custom Highlight API quotes use.
              strict_min_version: '140.0',
              // Nothing leaves the browser (see README, Security).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
