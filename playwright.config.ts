import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const RESULTS = path.join(os.tmpdir(), 'kooperator-playwright');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: RESULTS,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    // An English system, as on an office PC with an English Windows display language: the app must still speak Polish
    // and read dates as dd.mm.rrrr, by its own settings, not the system's.
    locale: 'en-US',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // LANGUAGE picks Chromium's UI language; LANG stays as the system has it (a locale that is not installed would
      // turn the file names' Polish letters into an unreadable path).
      env: { ...process.env, LANGUAGE: 'en_US' },
      args: ['--lang=en-US', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
