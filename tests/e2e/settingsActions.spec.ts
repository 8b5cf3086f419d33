/**
 * Ustawienia's buttons say what came of them: a backup made now appears in the list; restoring asks first; the integrity check reports a sound database; a refused RODO setting marks its field and leaves
 * the stored value as it was; the change history downloads as XLSX.
 */
import { expect, test } from './support/fixtures';

test('backups, the integrity check, the RODO settings and the change history report their outcome in Ustawienia', async ({ page, app }) => {
  await page.goto('/#/ustawienia');
  const backups = page.getByRole('heading', { name: 'Kopie zapasowe', level: 2 }).locator('xpath=ancestor::*[contains(@class, "MuiPaper-root")][1]');

  const rows = backups.getByRole('table', { name: 'Kopie zapasowe' }).getByRole('row');
  // (The day's first start makes a daily backup in the background: only the manual one is counted here.)
  const manual = rows.filter({ hasText: 'na żądanie' });
  await expect(manual).toHaveCount(0);
  await backups.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  await expect(backups.getByRole('alert')).toContainText('Utworzono kopię zapasową');
  await expect(manual).toHaveCount(1);

  await backups.getByRole('button', { name: 'Sprawdź spójność bazy' }).click();
  await expect(backups.getByRole('alert')).toHaveText('Baza danych jest spójna.');

  await manual.getByRole('button', { name: 'Przywróć' }).click();
  const confirm = page.getByRole('dialog', { name: 'Przywrócić kopię zapasową?' });
  await confirm.getByRole('button', { name: 'Anuluj' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows.filter({ hasText: 'przed przywróceniem' })).toHaveCount(0);

  const retention = page.getByRole('spinbutton', { name: 'Okres przechowywania po zakończeniu projektu (lata)' });
  const before = await app.runtime.db('settings').where('key', 'like', 'rodo.%').orderBy('key').select('key', 'value');
  await retention.fill('0');
  await page.getByRole('button', { name: 'Zapisz ustawienia RODO' }).click();
  await expect(retention).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Zapisano ustawienia RODO.' })).toHaveCount(0);
  expect(await app.runtime.db('settings').where('key', 'like', 'rodo.%').orderBy('key').select('key', 'value')).toEqual(before);

  await retention.fill('7');
  await page.getByRole('button', { name: 'Zapisz ustawienia RODO' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Zapisano ustawienia RODO.' })).toBeVisible();
  await expect(retention).not.toHaveAttribute('aria-invalid', 'true');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj historię zmian (XLSX)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('alert').filter({ hasText: /^Zapisano plik .*\.xlsx\.$/ })).toBeVisible();
});
