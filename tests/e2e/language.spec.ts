/**
 * The app's language is its own: the suite's Chromium runs with an English system locale (playwright.config.ts), as
 * on an office PC with an English Windows display language, and the app still asks for dates as dd.mm.rrrr and
 * times on the 24-hour clock; in English mode everything is English, the calendar and hour units included.
 */
import { expect, test } from './support/fixtures';

test('with an English system, a new user types dates as dd.mm.rrrr and times as 24-hour, and reads them back so', async ({ page }) => {
  // (A string: this file is type-checked for Node, without the DOM's types.)
  expect(await page.evaluate('navigator.language')).toBe('en-US');
  await page.goto('./#/wydarzenia/nowe');
  const start = page.getByLabel('Data rozpoczęcia');
  await expect(start).toHaveAttribute('placeholder', 'dd.mm.rrrr');

  // The American order is not taken for a date: the field says how to write one.
  await start.fill('12/31/2026');
  await start.blur();
  await expect(start).toHaveAccessibleDescription('Wpisz datę jako dd.mm.rrrr, np. 07.12.2026');

  await start.fill('7.12.2026');
  await start.blur();
  await expect(start).toHaveValue('07.12.2026');
  await expect(start).toHaveAccessibleDescription(/^\s*$/);

  const startTime = page.getByLabel('Godzina rozpoczęcia');
  await startTime.fill('9:30');
  await startTime.blur();
  await expect(startTime).toHaveValue('09:30');
  await startTime.fill('9:30 PM');
  await startTime.blur();
  await expect(startTime).toHaveAccessibleDescription('Wpisz godzinę jako gg:mm, np. 09:30');
  await startTime.fill('21:30');

  await page.getByRole('textbox', { name: 'Tytuł' }).fill('Spotkanie konsultacyjne dla pracowników OPS');
  await page.getByLabel('Data zakończenia').fill('07.12.2026');
  await page.getByLabel('Godzina zakończenia').fill('22:15');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Spotkanie konsultacyjne dla pracowników OPS', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('07.12.2026, 21:30–22:15');

  await page.getByRole('link', { name: 'Edytuj' }).click();
  await expect(page.getByLabel('Data rozpoczęcia')).toHaveValue('07.12.2026');
  await expect(page.getByLabel('Godzina rozpoczęcia')).toHaveValue('21:30');
});

test('in English mode the calendar and the hours speak English too', async ({ page }) => {
  await page.goto('./#/ustawienia');
  await page.getByRole('combobox', { name: 'Język interfejsu' }).click();
  await page.getByRole('option', { name: 'English' }).click();

  await page.goto('./#/kalendarz');
  const calendar = page.getByRole('region', { name: /calendar/i });
  await expect(calendar.getByRole('button', { name: 'This Month' })).toHaveText('Today');
  await expect(calendar.getByRole('tab', { name: 'Month view' })).toHaveText('Month');
  await expect(calendar.getByRole('columnheader', { name: 'Monday' })).toBeVisible();
  await expect(calendar).not.toContainText('Dziś');
  await expect(calendar).not.toContainText('Miesiąc');
  await expect(calendar).not.toContainText(/\b(pon|wt|śr|czw|pt)\b/);
});
