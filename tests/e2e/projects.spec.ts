import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

/** A valid 1×1 PNG (one opaque pixel): enough for main to recognise a PNG by its content. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const NAME = 'Kooperacje 3D – model wielosektorowej współpracy na rzecz wsparcia osób i rodzin';
const CLAUSE = 'Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego';

test('a project with two phases and an indicator with per-phase targets is saved and reopened unchanged', async ({ page }) => {
  await page.goto('./#/projekty');
  await expect(page.getByText('Brak projektów.')).toBeVisible();
  await page.getByRole('link', { name: 'Nowy projekt' }).first().click();

  await page.getByRole('textbox', { name: 'Nazwa projektu' }).fill(NAME);
  await page.getByRole('combobox', { name: 'Makroregion' }).click();
  await page.getByRole('option', { name: /^Makroregion III/ }).click();
  // The macroregion suggests the kind of gmina it served.
  await expect(page.getByRole('combobox', { name: 'Rodzaj gmin objętych projektem' })).toHaveText('gmina miejska');
  await page.getByLabel('Data rozpoczęcia').fill('01.10.2018');
  await page.getByLabel('Data zakończenia').fill('31.12.2021');
  await page.getByRole('textbox', { name: 'Klauzula o współfinansowaniu' }).fill(CLAUSE);

  await page.getByRole('button', { name: 'Dodaj fazę' }).click();
  await page.getByRole('button', { name: 'Dodaj fazę' }).click();
  const phase1 = page.getByRole('group', { name: 'Faza 1', exact: true });
  const phase2 = page.getByRole('group', { name: 'Faza 2', exact: true });
  await phase1.getByRole('textbox', { name: 'Nazwa fazy' }).fill('II Faza – pilotaż');
  await phase1.getByLabel('Początek').fill('01.04.2019');
  await phase1.getByLabel('Koniec').fill('31.01.2022');
  await phase2.getByRole('textbox', { name: 'Nazwa fazy' }).fill('I Faza – budowa modelu');
  await phase2.getByLabel('Początek').fill('01.10.2018');
  await phase2.getByLabel('Koniec').fill('31.03.2019');
  // Entered in the wrong order: the second goes up.
  await page.getByRole('button', { name: 'Przesuń fazę 2 wyżej' }).click();
  await expect(phase1.getByRole('textbox', { name: 'Nazwa fazy' })).toHaveValue('I Faza – budowa modelu');

  await page.getByRole('button', { name: 'Dodaj wskaźnik' }).click();
  const indicator = page.getByRole('group', { name: 'Wskaźnik 1' });
  await indicator.getByRole('textbox', { name: 'Kod' }).fill('W-PZK');
  await indicator.getByRole('textbox', { name: 'Nazwa wskaźnika' }).fill('Liczba utworzonych Partnerskich Zespołów Kooperacyjnych');
  await indicator.getByRole('textbox', { name: 'Jednostka miary' }).fill('szt.');
  await indicator.getByRole('textbox', { name: 'Wartość docelowa' }).fill('15');
  await indicator.getByRole('textbox', { name: 'Faza 1: I Faza – budowa modelu' }).fill('0');
  await indicator.getByRole('textbox', { name: 'Faza 2: II Faza – pilotaż' }).fill('15');

  // What the indicator counts is chosen from a list, never guessed from its name: without it nothing is saved.
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(indicator.getByText('Wybierz z listy, co liczy wskaźnik')).toBeVisible();
  await indicator.getByRole('combobox', { name: 'Co liczy wskaźnik' }).click();
  await page.getByRole('option', { name: 'liczba zespołów (PZK, G-PZK, ZZK)' }).click();
  await indicator.getByRole('combobox', { name: 'Rodzaje zespołów' }).click();
  await page.getByRole('option', { name: /^PZK – Partnerski/ }).click();
  await page.keyboard.press('Escape');

  // The pilot phase ends after the project: the message is under that phase's end date, nothing is saved.
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(phase2.getByLabel('Koniec')).toHaveAccessibleDescription('Faza nie może kończyć się po końcu projektu (31.12.2021)');
  await expect(phase1.getByLabel('Koniec')).toHaveAccessibleDescription(/^\s*$/);
  await phase2.getByLabel('Koniec').fill('31.12.2020');
  await expect(phase2.getByLabel('Koniec')).toHaveAccessibleDescription(/^\s*$/);
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Edycja projektu', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Projekty' }).click();
  const row = page.getByRole('row').filter({ hasText: NAME });
  await expect(row).toContainText('Makroregion III (gminy miejskie pow. 20 tys.)');
  await expect(row).toContainText('01.10.2018');
  await expect(row).toContainText('31.12.2021');
  await expect(page.getByText('1 projekt', { exact: true })).toBeVisible();
  await row.getByRole('gridcell', { name: NAME }).click();

  await expect(page.getByRole('textbox', { name: 'Nazwa projektu' })).toHaveValue(NAME);
  await expect(page.getByRole('combobox', { name: 'Makroregion' })).toHaveText('Makroregion III (gminy miejskie pow. 20 tys.)');
  await expect(page.getByRole('combobox', { name: 'Rodzaj gmin objętych projektem' })).toHaveText('gmina miejska');
  await expect(page.getByLabel('Data rozpoczęcia')).toHaveValue('01.10.2018');
  await expect(page.getByLabel('Data zakończenia')).toHaveValue('31.12.2021');
  await expect(page.getByRole('textbox', { name: 'Klauzula o współfinansowaniu' })).toHaveValue(CLAUSE);
  await expect(phase1.getByRole('textbox', { name: 'Nazwa fazy' })).toHaveValue('I Faza – budowa modelu');
  await expect(phase1.getByLabel('Początek')).toHaveValue('01.10.2018');
  await expect(phase1.getByLabel('Koniec')).toHaveValue('31.03.2019');
  await expect(phase2.getByRole('textbox', { name: 'Nazwa fazy' })).toHaveValue('II Faza – pilotaż');
  await expect(phase2.getByLabel('Początek')).toHaveValue('01.04.2019');
  await expect(phase2.getByLabel('Koniec')).toHaveValue('31.12.2020');
  await expect(indicator.getByRole('textbox', { name: 'Kod' })).toHaveValue('W-PZK');
  await expect(indicator.getByRole('textbox', { name: 'Nazwa wskaźnika' })).toHaveValue('Liczba utworzonych Partnerskich Zespołów Kooperacyjnych');
  await expect(indicator.getByRole('textbox', { name: 'Jednostka miary' })).toHaveValue('szt.');
  await expect(indicator.getByRole('textbox', { name: 'Wartość docelowa' })).toHaveValue('15');
  await expect(indicator.getByRole('textbox', { name: 'Faza 1: I Faza – budowa modelu' })).toHaveValue('0');
  await expect(indicator.getByRole('textbox', { name: 'Faza 2: II Faza – pilotaż' })).toHaveValue('15');
  await expect(indicator.getByRole('combobox', { name: 'Co liczy wskaźnik' })).toHaveText('liczba zespołów (PZK, G-PZK, ZZK)');
  await expect(indicator.getByRole('combobox', { name: 'Rodzaje zespołów' })).toHaveText('PZK – Partnerski Zespół Kooperacyjny');
  await expect(indicator.getByRole('combobox', { name: 'Które zespoły' })).toHaveText('zawiązane w okresie');
  await expect(page.getByRole('group', { name: 'Faza 3', exact: true })).toHaveCount(0);
});

test('a project’s colour logo strip is uploaded, shown and removed; the black-and-white one stays empty', async ({ page, app }) => {
  const file = path.join(app.dir, 'logotypy FE RP UE.png');
  fs.writeFileSync(file, Buffer.from(PNG_1X1, 'base64'));

  await page.goto('./#/projekty/nowy');
  await expect(page.getByRole('region', { name: 'Pasek logotypów – wersja kolorowa' })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Nazwa projektu' }).fill('Liderzy kooperacji');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Edycja projektu', level: 1 })).toBeVisible();

  const colour = page.getByRole('region', { name: 'Pasek logotypów – wersja kolorowa' });
  const mono = page.getByRole('region', { name: 'Pasek logotypów – wersja czarno-biała' });
  await expect(colour).toContainText('Nie wgrano logotypów.');
  const chooser = page.waitForEvent('filechooser');
  await colour.getByRole('button', { name: 'Wgraj' }).click();
  await (await chooser).setFiles(file);

  const image = colour.getByRole('img', { name: 'Logotypy projektu „Liderzy kooperacji” (wersja kolorowa)' });
  await expect(image).toBeVisible();
  await expect(image).toHaveJSProperty('naturalWidth', 1);
  await expect(colour).toContainText('logotypy FE RP UE.png');
  await expect(mono).toContainText('Nie wgrano logotypów.');
  await expect(mono.getByRole('button', { name: 'Usuń' })).toBeDisabled();

  // Still there when the project is opened again.
  await page.reload();
  await expect(image).toBeVisible();

  await colour.getByRole('button', { name: 'Usuń' }).click();
  const dialog = page.getByRole('dialog', { name: 'Usunąć logotypy?' });
  await expect(dialog).toContainText('Liderzy kooperacji');
  await dialog.getByRole('button', { name: 'Usuń' }).click();
  await expect(image).toHaveCount(0);
  await expect(colour).toContainText('Nie wgrano logotypów.');
});
