/**
 * Issue 23, part A, as an office employee does it: defines a subregion of śląskie on the Terytorium screen (a powiat
 * already taken is refused next to the field), plans a consultation meeting for the management in Rybnik, sees
 * the audience on the event's page, and finds it in the events list filtered by subregion and by audience.
 */
import { expect, test } from './support/fixtures';

test('a subregion defined, a consultation for the management planned in it and found by both filters', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/terytorium');
  const section = page.getByRole('region', { name: 'Subregiony' });
  await expect(section).toContainText('Nie zdefiniowano jeszcze subregionów.');

  await section.getByRole('button', { name: 'Dodaj subregion' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowy subregion' });
  await dialog.getByRole('textbox', { name: 'Nazwa subregionu' }).fill('Subregion zachodni');
  await dialog.getByRole('combobox', { name: 'Województwo' }).fill('śląskie');
  await page.getByRole('option', { name: /^śląskie/ }).first().click();
  const powiats = dialog.getByRole('combobox', { name: 'Powiaty' });
  for (const name of ['Rybnik', 'Żory', 'powiat wodzisławski']) {
    await powiats.fill(name);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await page.screenshot({ path: 'docs/screenshots/subregion.png' });
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByTestId('subregion-row')).toContainText('Subregion zachodni');
  await expect(section.getByTestId('subregion-row')).toContainText('Rybnik, powiat wodzisławski, Żory');

  // A powiat is in one subregion only: the refusal names the other, and nothing is saved.
  await section.getByRole('button', { name: 'Dodaj subregion' }).click();
  const second = page.getByRole('dialog', { name: 'Nowy subregion' });
  await second.getByRole('textbox', { name: 'Nazwa subregionu' }).fill('Subregion rybnicki');
  await second.getByRole('combobox', { name: 'Województwo' }).fill('śląskie');
  await page.getByRole('option', { name: /^śląskie/ }).first().click();
  await second.getByRole('combobox', { name: 'Powiaty' }).fill('Rybnik');
  await page.getByRole('option', { name: 'Rybnik', exact: true }).click();
  await second.getByRole('button', { name: 'Zapisz' }).click();
  await expect(second).toContainText('Powiat może należeć tylko do jednego subregionu; już przypisane: Rybnik (subregion „Subregion zachodni”).');
  await second.getByRole('button', { name: 'Anuluj' }).click();
  await expect(section.getByTestId('subregion-row')).toHaveCount(1);

  // An event for the management, in Rybnik.
  await page.goto('./#/wydarzenia/nowe');
  await page.getByRole('textbox', { name: 'Tytuł' }).fill('Spotkanie konsultacyjne dla kadry kierowniczej OPS');
  await page.getByRole('combobox', { name: 'Rodzaj' }).click();
  await page.getByRole('option', { name: 'Spotkanie konsultacyjne', exact: true }).click();
  await page.getByLabel('Data rozpoczęcia').fill('2027-03-02');
  await page.getByLabel('Godzina rozpoczęcia').fill('10:00');
  await page.getByLabel('Godzina zakończenia').fill('13:00');
  await page.getByRole('combobox', { name: 'Odbiorcy' }).click();
  await page.getByRole('option', { name: 'Kadra kierownicza', exact: true }).click();
  await page.getByRole('combobox', { name: 'Gmina (TERYT)' }).or(page.getByRole('combobox', { name: /Gmina/ })).first().fill('Rybnik');
  await page.getByRole('option', { name: /^Rybnik/ }).first().click();
  await page.screenshot({ path: 'docs/screenshots/odbiorcy-wydarzenia.png' });
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Spotkanie konsultacyjne dla kadry kierowniczej OPS', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('Kadra kierownicza');

  // The list: by subregion, then by another audience (nothing).
  await page.goto('./#/wydarzenia');
  await page.getByRole('combobox', { name: 'Subregion' }).click();
  await page.getByRole('option', { name: 'Subregion zachodni', exact: true }).click();
  await expect(page.getByRole('grid')).toContainText('Spotkanie konsultacyjne dla kadry kierowniczej OPS');
  await page.getByRole('combobox', { name: 'Odbiorcy' }).click();
  await page.getByRole('option', { name: 'Mieszkańcy', exact: true }).click();
  await expect(page.getByText('Spotkanie konsultacyjne dla kadry kierowniczej OPS')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Odbiorcy' }).click();
  await page.getByRole('option', { name: 'Kadra kierownicza', exact: true }).click();
  await expect(page.getByRole('grid')).toContainText('Spotkanie konsultacyjne dla kadry kierowniczej OPS');
});
