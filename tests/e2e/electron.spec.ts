/**
 * The real desktop app in Electron: runs wherever Electron's binary is installed (a PC with internet, after
 * `node node_modules/electron/install.js` or the first `npm start`); skipped, saying why, where it is not.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

function electronBinary(): string | null {
  try {
    const binary = createRequire(__filename)('electron') as string;
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('the desktop app', () => {
  test.skip(binary === null, 'Electron’s binary is not installed here: npm install skips its download (no internet on this machine). Run `node node_modules/electron/install.js` on a PC with internet to run this test.');

  test('opens with the secure bridge, creates an institution and prints an agreement to PDF with printToPDF', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'Kooperator Electron Łódź '));
    const app = await electron.launch({ executablePath: binary!, args: [path.resolve(__dirname, '../..'), '--db', path.join(dir, 'kooperator.sqlite')] });
    try {
      const window = await app.firstWindow();
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

      const pdfHead = await window.evaluate(async () => {
        const bridge = (window as unknown as { kooperator: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>> }).kooperator;
        const unwrap = async (call: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>) => {
          const result = await call;
          if (!result.ok) throw new Error(result.error?.message);
          return result.value as never;
        };
        const parties = await unwrap(bridge['agreements.suggestParties']!({ gminaCode: '2401011' }));
        const saved: { id: string } = await unwrap(
          bridge['agreements.save']!({
            number: 'E/1/2026',
            status: 'signed',
            draftedOn: '2026-01-10',
            signedOn: '2026-01-20',
            validUntil: '2026-12-31',
            subject: 'współpraca (ą ę ł ń ó ś ź ż)',
            parties: (parties as object[]).map((party) => ({ ...party, address: 'Będzin', representativeName: 'Łucja Żółkiewska', representativeFunction: 'Starosta' })),
          }),
        );
        const file: { contentBase64: string } = await unwrap(bridge['agreements.print']!({ id: saved.id, format: 'pdf' }));
        return atob(file.contentBase64).slice(0, 5);
      });
      expect(pdfHead).toBe('%PDF-');
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
