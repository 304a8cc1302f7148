import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium against pages served on 127.0.0.1.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One browser at a time: CI has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
