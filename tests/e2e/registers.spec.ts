import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../main/ipc/dispatch';
import { writeXlsx } from '../../main/services/tabular';
import { expect, test } from './support/fixtures';

test('the territory picker tells same-named gminas apart and finds names typed without diacritics', async ({ page }) => {
  await page.goto('./#/instytucje/nowa');
  const picker = page.getByRole('combobox', { name: 'Gmina / powiat (TERYT)' });
  await picker.fill('boleslawiec');
  await expect(page.getByRole('option', { name: /^Bolesławiec gmina miejska, powiat bolesławiecki, woj\. dolnośląskie/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^Bolesławiec gmina wiejska, powiat bolesławiecki, woj\. dolnośląskie/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^Bolesławiec gmina miejsko-wiejska, powiat wieruszowski, woj\. łódzkie/ })).toBeVisible();
  await picker.fill('zory');
  await page.getByRole('option').filter({ hasText: 'Żory' }).first().click();
  await expect(page.getByText('Żory – gmina miejska, miasto na prawach powiatu, woj. śląskie')).toBeVisible();
});

test('importing people from XLSX: a bad row is shown and nothing imported; the fixed file imports', async ({ page, app }) => {
  const created = await dispatch(app.runtime, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Żorach', shortName: 'MOPS Żory', type: 'ops', terytCode: '2479011' });
  expect(created.ok).toBe(true);
  const columns = [{ header: 'Imię' }, { header: 'Nazwisko' }, { header: 'Instytucja' }, { header: 'Role' }, { header: 'E-mail' }];
  const file = path.join(app.dir, 'osoby z ośrodka.xlsx');
  const write = async (rows: (string | null)[][]) => fs.writeFileSync(file, await writeXlsx('Osoby', columns, rows));

  await write([
    ['Anna', 'Łęcka', 'MOPS Żory', 'pracownik socjalny', 'a.lecka@mops.zory.pl'],
    ['Jan', 'Żak', 'MOPS Żory', 'trener', 'to nie jest e-mail'],
  ]);
  await page.goto('./#/osoby');
  await page.getByRole('button', { name: 'Importuj z pliku' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import z pliku XLSX lub CSV' });
  // Before a file is chosen, the dialog says which columns it expects and offers a template to fill.
  const expected = dialog.getByRole('table', { name: 'Oczekiwane kolumny pliku' });
  await expect(expected.getByRole('row').filter({ hasText: 'Nazwisko' })).toContainText('Tak');
  await expect(expected.getByRole('row').filter({ hasText: 'Role (oddzielone przecinkami)' })).toContainText('Pracownik socjalny');
  const template = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Pobierz szablon XLSX' }).click();
  expect((await template).suggestedFilename()).toBe('szablon-importu-osob.xlsx');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('Odczytano wierszy: 2')).toBeVisible();
  await expect(dialog.getByText('Błędy do poprawienia: 1')).toBeVisible();
  const problem = dialog.getByRole('row').filter({ hasText: 'Nieprawidłowy adres e-mail' });
  await expect(problem).toContainText('3');
  await expect(problem).toContainText('E-mail');
  await expect(dialog.getByRole('button', { name: 'Importuj', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Zamknij' }).click();
  await expect(page.getByText('Brak osób. Dodaj pracowników instytucji')).toBeVisible();

  await write([
    ['Anna', 'Łęcka', 'MOPS Żory', 'pracownik socjalny', 'a.lecka@mops.zory.pl'],
    ['Jan', 'Żak', 'MOPS Żory', 'trener', 'j.zak@mops.zory.pl'],
  ]);
  await page.getByRole('button', { name: 'Importuj z pliku' }).click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('Wszystkie wiersze są poprawne.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Importuj', exact: true }).click();
  await expect(dialog.getByText('Zaimportowano rekordy: 2.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Zamknij' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Łęcka' })).toContainText('Miejski Ośrodek Pomocy Społecznej w Żorach');
  await expect(page.getByText('2 osoby')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/osoby.png' });

  // The same file once more: both rows are recognised, nothing to import, nobody doubled.
  await page.getByRole('button', { name: 'Importuj z pliku' }).click();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog.getByText('2 wiersze są już w rejestrze – zostaną pominięte.')).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Wiersze już obecne w rejestrze' }).getByRole('row').filter({ hasText: 'Anna Łęcka' })).toContainText(
    'to samo imię i nazwisko w tej samej instytucji',
  );
  await expect(dialog.getByRole('button', { name: 'Importuj', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Zamknij' }).click();
  await expect(page.getByText('2 osoby')).toBeVisible();
});

test('a person added twice to the same institution is flagged before saving', async ({ page, app }) => {
  const institution = await dispatch(app.runtime, 'institutions.save', { name: 'PCPR w Będzinie', type: 'pcpr', terytCode: '2401' });
  if (!institution.ok) throw new Error(institution.error.message);
  const id = (institution.value as { id: string }).id;
  await dispatch(app.runtime, 'people.save', { firstName: 'Ewa', lastName: 'Ślązak', institutionId: id });

  await page.goto(`./#/instytucje/${id}`);
  await expect(page.getByRole('list', { name: 'Osoby w instytucji' })).toContainText('Ewa Ślązak');
  await page.getByRole('link', { name: 'Dodaj osobę' }).click();
  await expect(page.getByRole('combobox', { name: 'Instytucja' })).toHaveValue('PCPR w Będzinie');
  await page.getByRole('textbox', { name: 'Imię' }).fill('ewa');
  await page.getByRole('textbox', { name: 'Nazwisko' }).fill('Slazak');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  const warning = page.getByRole('dialog', { name: 'Możliwy duplikat' });
  await expect(warning).toContainText('Ewa Ślązak');
  await warning.getByRole('button', { name: 'Anuluj' }).click();
  await page.getByRole('textbox', { name: 'Imię' }).fill('Ewelina');
  // The form of address follows the first name until the user picks one.
  const form = page.getByRole('combobox', { name: 'Forma grzecznościowa' });
  await expect(form).toHaveText('Pani');
  await expect(page.getByText('Podpowiedź z imienia')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('osoba-forma.png') });
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Osoby', level: 1 })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Ewelina' })).toContainText('PCPR w Będzinie');
  const saved = await dispatch(app.runtime, 'people.list', { search: 'Ewelina' });
  expect(saved).toMatchObject({ ok: true, value: [{ firstName: 'Ewelina', formOfAddress: 'ms' }] });
});

test('a record changed by someone else meanwhile: the form shows what changed and saves over it only when asked', async ({ page, app }) => {
  const created = await dispatch(app.runtime, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops', terytCode: '2602052' });
  if (!created.ok) throw new Error(created.error.message);
  const institution = created.value as { id: string; version: number };

  await page.goto(`./#/instytucje/${institution.id}`);
  await expect(page.getByRole('heading', { name: 'Edycja instytucji' })).toBeVisible();
  // Another PC of the office saves a phone number while this form is open.
  const other = await dispatch(app.runtime, 'institutions.save', { name: 'GOPS w Oksie', type: 'ops', terytCode: '2602052', phone: '41 380 10 20', id: institution.id, version: 1 });
  expect(other.ok).toBe(true);

  await page.getByRole('textbox', { name: 'E-mail' }).fill('gops@oksa.pl');
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  const changes = page.getByRole('table', { name: 'Ktoś inny zmienił ten rekord w czasie Twojej edycji' });
  await expect(changes.getByRole('row').filter({ hasText: 'Telefon' })).toContainText('41 380 10 20');
  await page.getByRole('button', { name: 'Zapisz moje zmiany mimo to' }).click();
  await expect(page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();
  const stored = await dispatch(app.runtime, 'institutions.get', { id: institution.id });
  // Saving over it knowingly takes the form's values: the phone typed on the other PC is replaced.
  expect(stored).toMatchObject({ ok: true, value: { email: 'gops@oksa.pl', phone: null, version: 3 } });
});
