import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and conformance tests: happy-dom, WXT's fakeBrowser for extension APIs.
export default defineConfig({
  plugins: [WxtVitest()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/conformance/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/support/reader-events.ts'],
    environmentOptions: {
      happyDOM: {
        // Fixture pages link stylesheets and scripts that are not there: no loading, no noise.
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          disableJavaScriptEvaluation: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    mockReset: true,
    restoreMocks: true,
  },
});
