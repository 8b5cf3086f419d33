/**
 * Each test gets its own app: a fresh SQLite file in a folder named like an office PC's, served by the
 * browser harness (the built renderer, the real services) on a free loopback port. No test sees another's data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { createHarnessSecretStore, HARNESS_KEY_FILE_NAME } from '../../../main/config/secretStore';
import { createWorkstation, WORKSTATION_SETTINGS_FILE_NAME, writeWorkstationSettings } from '../../../main/config/workstationSettings';
import { openRuntime, type Runtime } from '../../../main/runtime';
import { createChromiumPrinter } from '../../../main/platform/chromiumPrinter';
import { startHarness } from '../../../main/serve/server';

const RENDERER_DIR = path.resolve(__dirname, '../../../dist/renderer');

/** The office settings every test database starts with (the keys of OFFICE_SETTING_KEYS). */
export const TEST_OFFICE = {
  'office.name': 'Regionalny Ośrodek Polityki Społecznej w Katowicach',
  'office.voivodeshipTeryt': '24',
};

/** Who works at the test's PC: kept in its settings file (ustawienia-stanowiska.json), as in the app. */
export const TEST_USER_NAME = 'Anna Testowa';

export interface TestApp {
  url: string;
  runtime: Runtime;
  /** A scratch folder for files the test gives the app (imports), removed afterwards. */
  dir: string;
  /** This PC's settings file (the harness's own encryption key lies beside it). */
  settingsFile: string;
}

export const test = base.extend<{ app: TestApp }>({
  // Playwright reads the fixture's dependencies from the destructuring pattern: an empty one means none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('Brak zbudowanego interfejsu: uruchom najpierw npm run build');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'Kooperator e2e Łódź '));
    const printer = createChromiumPrinter();
    const dataDir = path.join(dir, 'dane');
    const settingsFile = path.join(dataDir, WORKSTATION_SETTINGS_FILE_NAME);
    writeWorkstationSettings(settingsFile, { version: 1, userName: TEST_USER_NAME, database: null });
    const workstation = createWorkstation({
      file: settingsFile,
      secrets: createHarnessSecretStore(path.join(dataDir, HARNESS_KEY_FILE_NAME)),
      defaultSqliteFile: path.join(dataDir, 'kooperator.sqlite'),
    });
    const runtime = await openRuntime(path.join(dataDir, 'kooperator.sqlite'), { printPdf: printer, workstation });
    // An office already set up, so the first-run wizard stays away (tests/e2e/dailyUse.spec.ts starts without it).
    await runtime.db('settings').insert(Object.entries(TEST_OFFICE).map(([key, value]) => ({ key, value })));
    const harness = await startHarness({ context: runtime, rendererDir: RENDERER_DIR });
    await use({ url: harness.url, runtime, dir, settingsFile });
    await harness.close();
    await runtime.close();
    await printer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
});

export { expect } from '@playwright/test';
