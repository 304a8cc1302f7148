import { defineConfig } from 'vitest/config';

// The smoke suite in real Firefox (firefox-esr over WebDriver BiDi) against pages served on 127.0.0.1.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
