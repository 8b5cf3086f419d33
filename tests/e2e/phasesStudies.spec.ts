/**
 * A new user records where the project stands and the work that is not an event: a phase and a milestone in the
 * project form (the dashboard then shows the current phase and the next milestone with its date and days left), and a
 * study with its contractor, period and PDF in the new Opracowania screen.
 */
import { expect, test } from './support/fixtures';
import { warsawToday, addDays, daysBetween } from '../../preload/contract/warsawTime';
import { formatDayDots } from '../../main/services/language/dates';

const PDF = Buffer.from('%PDF-1.4\n% Diagnoza stanu kooperacji – raport metodologiczny\n%%EOF\n');

test('a milestone in the project form reaches the dashboard; a study is listed with its file', async ({ page }) => {
  const today = warsawToday();
  const phaseStart = addDays(today, -30);
  const phaseEnd = addDays(today, 200);
  const due = addDays(today, 45);

  await page.goto('./#/projekty/nowy');
  await page.getByRole('textbox', { name: 'Nazwa projektu' }).fill('Kooperacje 3D');
  await page.getByRole('button', { name: 'Dodaj fazę' }).click();
  const phase = page.getByRole('group', { name: 'Faza 1', exact: true });
  await phase.getByRole('textbox', { name: 'Nazwa fazy' }).fill('FAZA MODELU');
  await phase.getByLabel('Początek').fill(formatDayDots(phaseStart));
  await phase.getByLabel('Koniec').fill(formatDayDots(phaseEnd));

  await page.getByRole('button', { name: 'Dodaj kamień milowy' }).click();
  const milestone = page.getByRole('group', { name: 'Kamień milowy 1' });
  // Without a name nothing is saved: the message is under the field.
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(milestone.getByRole('textbox', { name: 'Nazwa kamienia milowego' })).toHaveAccessibleDescription('Pole „Nazwa kamienia milowego” jest wymagane');
  await milestone.getByRole('textbox', { name: 'Nazwa kamienia milowego' }).fill('I Kamień Milowy');
  await milestone.getByLabel('Termin').fill(formatDayDots(due));
  await milestone.getByRole('combobox', { name: 'Faza' }).click();
  await page.getByRole('option', { name: 'I – FAZA MODELU' }).click();
  await expect(milestone.getByText('planowany')).toBeVisible();
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Logotypy na dokumentach' }).or(page.getByText('Zapisano'))).toBeVisible();

  await page.goto('./#/pulpit');
  const stages = page.getByRole('region', { name: 'Fazy i kamienie milowe' });
  await expect(stages).toContainText(`Aktualnie znajdujemy się w fazie I – FAZA MODELU, która kończy się ${formatDayDots(phaseEnd)}.`);
  await expect(stages).toContainText(`Najbliższy kamień milowy: I Kamień Milowy (termin ${formatDayDots(due)}, zostało ${daysBetween(today, due)} dni).`);

  await page.getByRole('link', { name: 'Opracowania' }).click();
  await page.getByRole('link', { name: 'Dodaj opracowanie' }).first().click();
  await page.getByRole('textbox', { name: 'Tytuł' }).fill('Diagnoza stanu kooperacji – raport metodologiczny');
  await page.getByRole('combobox', { name: 'Rodzaj' }).click();
  await page.getByRole('option', { name: 'Diagnoza' }).click();
  await page.getByRole('combobox', { name: 'Stan' }).click();
  await page.getByRole('option', { name: 'odebrane' }).click();
  await page.getByRole('combobox', { name: 'Projekt' }).click();
  await page.getByRole('option', { name: 'Kooperacje 3D' }).click();
  await page.getByRole('textbox', { name: 'albo nazwa wykonawcy spoza rejestru' }).fill('Uniwersytet Śląski w Katowicach');
  await page.getByLabel('Realizacja od').fill(formatDayDots(addDays(today, -60)));
  // Accepted without the day it was delivered: refused on that field.
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByLabel('Realizacja do (przekazanie)')).toHaveAccessibleDescription('Podaj, kiedy opracowanie zostało przekazane (koniec okresu realizacji)');
  await page.getByLabel('Realizacja do (przekazanie)').fill(formatDayDots(addDays(today, -5)));
  await page.getByRole('button', { name: 'Zapisz' }).click();

  // Saved, the form stays open for the file.
  await expect(page.getByRole('heading', { name: 'Plik opracowania' })).toBeVisible();
  await page.getByTestId('study-file-input').setInputFiles({ name: 'Raport metodologiczny.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByText('Raport metodologiczny.pdf')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/opracowanie.png' });

  await page.goto('./#/opracowania');
  const row = page.getByRole('row', { name: /Diagnoza stanu kooperacji/ });
  await expect(row).toContainText('Uniwersytet Śląski w Katowicach');
  await expect(row).toContainText('odebrane');
});
