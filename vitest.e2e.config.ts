import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium (see test/e2e/harness.ts). One file at a time:
// each test file starts its own browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser on a shared CI machine: give what the page does a few seconds, not vitest's 1 s default.
    expect: { poll: { timeout: 5_000 } },
  },
});
