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
    setupFiles: ['tests/support/reader-events.ts', 'tests/support/i18n-setup.ts', 'tests/support/lemmy-ui-words.ts'],
    // Property and whole-page tests take 1-4 s alone; on a loaded 2-core machine (a browser test
    // beside them) 5 s was not enough. A limit on hangs, not a time to meet.
    testTimeout: 20_000,
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
