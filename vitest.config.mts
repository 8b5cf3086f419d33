import { defineConfig } from 'vitest/config';

// Unit and integration tests on real SQLite files; the browser suite is Playwright's (tests/e2e).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    // The exchange import and the summary run in a thread started from its bundle (main/services/threads/runInThread.ts).
    globalSetup: ['tests/support/buildWorkers.ts'],
  },
});
