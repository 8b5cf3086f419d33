/**
 * The real desktop app in Electron: runs wherever Electron's binary is installed (a PC with internet, after
 * `node node_modules/electron/install.js` or the first `npm start`); skipped, saying why, where it is not.
 * It opens the app, creates an institution through the screens and prints an attendance list of an event with a
 * person of that institution to PDF through Electron's own printToPDF.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { APP_FOLDER_NAME } from '../../main/config/paths';
import { WORKSTATION_SETTINGS_FILE_NAME, writeWorkstationSettings } from '../../main/config/workstationSettings';
import { openRuntime } from '../../main/runtime';
import { pdfToText } from '../support/pdf';
import { TEST_OFFICE, TEST_USER_NAME } from './support/fixtures';

function electronBinary(): string | null {
  try {
    const binary = createRequire(__filename)('electron') as string;
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

type Bridge = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>>;

test.describe('the desktop app', () => {
  test.skip(binary === null, 'Electron’s binary is not installed here: npm install skips its download (no internet on this machine). Run `node node_modules/electron/install.js` on a PC with internet to run this test.');

  test('opens with the secure bridge, creates an institution and prints an attendance list to PDF with printToPDF', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'Kooperator Electron Łódź '));
    // The app's data folder (userData) inside the test's folder, so the PC's own settings are never touched. Packed,
    // the app is "Kooperator"; run from the project folder Electron names it after package.json ("kooperator").
    const userDataFolders = [...new Set([APP_FOLDER_NAME, 'kooperator'])].map((name) => path.join(dir, name));
    const database = path.join(dir, 'dane', 'kooperator.sqlite');
    // An office already set up and this PC's user named, so the first-run wizard stays away (dailyUse.spec.ts walks it).
    const seeded = await openRuntime(database, { dailyBackup: false });
    await seeded.db('settings').insert(Object.entries(TEST_OFFICE).map(([key, value]) => ({ key, value })));
    await seeded.close();
    for (const folder of userDataFolders) writeWorkstationSettings(path.join(folder, WORKSTATION_SETTINGS_FILE_NAME), { version: 1, userName: TEST_USER_NAME, database: null });

    const app = await electron.launch({
      executablePath: binary!,
      args: [path.resolve(__dirname, '../..'), '--db', database],
      env: { ...process.env, XDG_CONFIG_HOME: dir, APPDATA: dir },
    });
    try {
      const window = await app.firstWindow();
      await window.goto(window.url().replace(/#.*$/, '') + '#/instytucje');
      await expect(window.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();
      // The page has the bridge and nothing of Node.
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => Object.keys((window as unknown as { kooperator: object }).kooperator).includes('institutions.save'))).toBe(true);

      await window.getByRole('link', { name: 'Dodaj instytucję' }).first().click();
      await window.getByRole('textbox', { name: 'Nazwa' }).first().fill('MOPS w Będzinie');
      await window.getByRole('combobox', { name: 'Typ instytucji' }).click();
      await window.getByRole('option', { name: 'Ośrodek pomocy społecznej (MOPS/GOPS/OPS)' }).click();
      await window.getByRole('button', { name: 'Zapisz' }).click();
      await expect(window.getByRole('row').filter({ hasText: 'MOPS w Będzinie' })).toBeVisible();

      // An event of that institution's person, and its attendance list, through the bridge and Electron's printToPDF.
      const pdfBase64 = await window.evaluate(async () => {
        const bridge = (window as unknown as { kooperator: Bridge }).kooperator;
        const unwrap = async <T>(call: ReturnType<Bridge[string]>): Promise<T> => {
          const result = await call;
          if (!result.ok) throw new Error(result.error?.message);
          return result.value as T;
        };
        const [mops] = await unwrap<{ id: string }[]>(bridge['institutions.list']!({ search: 'MOPS w Będzinie' }));
        const person = await unwrap<{ id: string }>(bridge['people.save']!({ firstName: 'Łucja', lastName: 'Żółkiewska', institutionId: mops!.id }));
        const event = await unwrap<{ id: string }>(
          bridge['events.save']!({ title: 'Spotkanie PZK w Będzinie', type: 'pzk_meeting', status: 'planned', startsAt: '2026-03-10T08:00:00.000Z', endsAt: '2026-03-10T12:00:00.000Z', place: 'Będzin' }),
        );
        await unwrap(bridge['events.addParticipants']!({ eventId: event.id, personIds: [person.id] }));
        const file = await unwrap<{ contentBase64: string }>(bridge['eventDocuments.attendanceList']!({ eventId: event.id, blankRows: 2, format: 'pdf' }));
        return file.contentBase64;
      });
      const pdf = new Uint8Array(Buffer.from(pdfBase64, 'base64'));
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const text = (await pdfToText(pdf)).replace(/\s+/g, ' ');
      expect(text).toContain('LISTA OBECNOŚCI');
      expect(text).toContain('Spotkanie PZK w Będzinie');
      expect(text).toContain('Żółkiewska');
      expect(text).toContain('MOPS w Będzinie');
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
