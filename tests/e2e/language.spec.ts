/**
 * The app's language is its own: the suite's Chromium runs with an English system locale (playwright.config.ts), as
 * on an office PC with an English Windows display language, and the app still asks for dates as dd.mm.rrrr and
 * times on the 24-hour clock; in English mode everything is English, the calendar and hour units included.
 */
import { dispatch } from '../../main/ipc/dispatch';
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

test('in English mode the calendar, the weekdays and the hours speak English too', async ({ page, app }) => {
  // A held two-day training: its attendance columns are headed by weekdays, its hours counted in words.
  const saved = await dispatch(app.runtime, 'events.save', {
    title: 'Szkolenie międzysektorowe',
    type: 'training',
    status: 'held',
    hours: 16,
    hourUnit: 'didactic',
    startsAt: '2026-03-11T09:00:00+01:00',
    endsAt: '2026-03-12T15:00:00+01:00',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const eventId = (saved.value as { id: string }).id;
  const person = await dispatch(app.runtime, 'people.save', { firstName: 'Ewa', lastName: 'Ślązak' });
  if (!person.ok) throw new Error(person.error.message);
  const added = await dispatch(app.runtime, 'events.addParticipants', { eventId, personIds: [(person.value as { id: string }).id], walkIn: false });
  if (!added.ok) throw new Error(added.error.message);
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

  await page.goto(`./#/wydarzenia/${eventId}`);
  await expect(page.getByRole('table', { name: 'About the event' })).toContainText('16 didactic hours');
  await expect(page.getByRole('columnheader', { name: /Wed 11\.03\.2026/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Thu 12\.03\.2026/ })).toBeVisible();
});
