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
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      env: { ...process.env, LANGUAGE: 'pl' },
      // --lang: Chromium's own locale sets how date inputs read (dd.mm.rrrr), as on a Polish office PC.
      args: ['--lang=pl', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
