import { defineConfig } from 'vitest/config';

// Unit and integration tests on real SQLite files; the browser suite is Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // The service thread (main/services/threads) and the benchmark (tests/cli/bench.test.ts) run from their bundles.
    globalSetup: ['tests/support/buildBundles.ts'],
  },
});
