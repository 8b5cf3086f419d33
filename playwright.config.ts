import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Each run gets a fresh database in a folder named like an office PC's. Set once in the main
// process; workers inherit the variable, so they agree on the folder.
process.env.KOOPERATOR_E2E_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'Kooperator e2e Łódź '));
const PORT = Number(process.env.KOOPERATOR_E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: path.join(process.env.KOOPERATOR_E2E_DIR, 'results'),
  globalTeardown: './tests/e2e/support/teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The built app (npm test builds it first), over the loopback test transport, on a real SQLite file.
    command: `node dist/serve.js --port ${PORT} --db "${path.join(process.env.KOOPERATOR_E2E_DIR, 'kooperator.sqlite')}"`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});
