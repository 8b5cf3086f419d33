/**
 * Screens of a busy office: a day of the calendar's month with more events than it has rows ends with "+N więcej",
 * which opens that day's list; a long table of the summary shows its first rows until asked for the rest; the events
 * list fits a 1366-pixel screen with every header whole; the week stacks at most three events at one hour; a list
 * gives an event of several days its start and its end on the days they fall on.
 */
import { dispatch } from '../../main/ipc/dispatch';
import { expect, test, type TestApp } from './support/fixtures';

async function plan(app: TestApp, title: string, startsAt: string, endsAt: string): Promise<void> {
  const result = await dispatch(app.runtime, 'events.save', { title, type: 'training', startsAt, endsAt, terytCode: '2401011' });
  if (!result.ok) throw new Error(`${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
}

/** The Warsaw calendar day `days` after today, YYYY-MM-DD. */
function daysFromToday(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(day);
}

test('a day with seven trainings shows three and „+4 więcej”, which opens the list of all seven', async ({ page, app }) => {
  const hours = ['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00'];
  for (const [i, hour] of hours.entries()) await plan(app, `Szkolenie ${i + 1} o ${hour}`, `2027-03-10T${hour}:00+01:00`, `2027-03-10T${hour.replace(/^\d\d/, (h) => String(Number(h) + 1).padStart(2, '0'))}:00+01:00`);
  await plan(app, 'Konferencja w Będzinie', '2027-03-11T10:00:00+01:00', '2027-03-11T14:00:00+01:00');

  await page.goto('./#/kalendarz?data=2027-03-01&widok=miesiac');
  const calendar = page.getByRole('region', { name: 'Kalendarz wydarzeń' });
  await expect(calendar.getByRole('heading', { level: 2 })).toHaveText('marzec 2027');
  // The day's first three by time, then the tile; the quiet day next to it keeps its one event.
  for (const title of ['Szkolenie 1 o 08:00', 'Szkolenie 2 o 09:00', 'Szkolenie 3 o 10:00', 'Konferencja w Będzinie']) await expect(calendar.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await expect(calendar.getByRole('link', { name: /Szkolenie 4 o 11:00/ })).toHaveCount(0);
  await expect(calendar.getByRole('link', { name: '+4 więcej' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/kalendarz-pelny-dzien.png' });

  await calendar.getByRole('link', { name: '+4 więcej' }).click();
  await expect(calendar.getByRole('heading', { level: 2 })).toHaveText('10 marca 2027');
  await expect(calendar.getByRole('tab', { name: 'Dzień', exact: true })).toHaveAttribute('aria-selected', 'true');
  for (const [i, hour] of hours.entries()) await expect(calendar.getByRole('link', { name: `Szkolenie ${i + 1} o ${hour}` })).toBeVisible();
  await expect(page).toHaveURL(/data=2027-03-10&widok=dzien/);

  // Back returns to the month.
  await page.goBack();
  await expect(calendar.getByRole('heading', { level: 2 })).toHaveText('marzec 2027');
});

test('five meetings at the same hour stand three side by side in the week, the others behind „+N”, which lists them all', async ({ page, app }) => {
  const towns = ['Będzin', 'Czeladź', 'Sosnowiec', 'Żory', 'Łaziska Górne'];
  for (const town of towns) await plan(app, `Spotkanie PZK w mieście ${town}`, '2027-03-17T10:00:00+01:00', '2027-03-17T12:00:00+01:00');
  await page.goto('./#/kalendarz?data=2027-03-17&widok=tydzien');
  const calendar = page.getByRole('region', { name: 'Kalendarz wydarzeń' });
  await expect(calendar.getByRole('tab', { name: 'Tydzień' })).toHaveAttribute('aria-selected', 'true');
  const more = calendar.getByText(/^\+\d$/);
  await expect(more).toBeVisible();
  const drawn = await calendar.getByRole('link', { name: /Spotkanie PZK w mieście/ }).count();
  expect(drawn).toBeLessThanOrEqual(3);
  expect(drawn + Number((await more.textContent())!.slice(1))).toBe(towns.length);
  await more.click();
  for (const town of towns) await expect(page.getByRole('link', { name: new RegExp(`Spotkanie PZK w mieście ${town}`) }).last()).toBeVisible();
});

test('a three-day study visit reads „Od 9:00”, „Cały dzień” and „Do 15:00” in the lists of its days', async ({ page, app }) => {
  await plan(app, 'Wizyta studyjna w Żorach', '2027-03-23T09:00:00+01:00', '2027-03-25T15:00:00+01:00');
  const calendar = page.getByRole('region', { name: 'Kalendarz wydarzeń' });
  for (const [day, time] of [
    ['2027-03-23', 'Od 9:00'],
    ['2027-03-24', 'Cały dzień'],
    ['2027-03-25', 'Do 15:00'],
  ] as const) {
    await page.goto(`./#/kalendarz?data=${day}&widok=dzien`);
    await page.reload();
    await expect(calendar.getByRole('link', { name: 'Wizyta studyjna w Żorach' })).toBeVisible();
    await expect(calendar.getByRole('listitem').filter({ hasText: 'Wizyta studyjna w Żorach' }).last()).toContainText(time);
  }
  await expect(calendar).not.toContainText('0:00');
});

test('the summary’s plan of 35 trainings shows 20 rows and the other 15 on request', async ({ page, app }) => {
  const titles = Array.from({ length: 35 }, (_, i) => `Szkolenie planowane nr ${String(i + 1).padStart(2, '0')}`);
  for (const [i, title] of titles.entries()) {
    const day = daysFromToday(i + 2);
    await plan(app, title, `${day}T09:00:00+01:00`, `${day}T13:00:00+01:00`);
  }
  await page.goto('./');
  await page.getByRole('link', { name: 'Raporty' }).click();
  await page.getByRole('combobox', { name: 'Rok' }).click();
  await page.getByRole('option', { name: daysFromToday(0).slice(0, 4), exact: true }).click();

  const planned = page.getByRole('region', { name: 'Wydarzenia zaplanowane' });
  await expect(planned.getByRole('row', { name: new RegExp(titles[19]!) })).toBeVisible();
  await expect(planned.getByRole('row', { name: new RegExp(titles[20]!) })).toHaveCount(0);
  await planned.getByRole('button', { name: 'Pokaż pozostałe wiersze (15)' }).click();
  await expect(planned.getByRole('row', { name: new RegExp(titles[34]!) })).toBeVisible();
  await planned.getByRole('button', { name: 'Pokaż tylko pierwsze 20 wierszy' }).click();
  await expect(planned.getByRole('row', { name: new RegExp(titles[20]!) })).toHaveCount(0);
});

test('at 1366×768 the events list shows every column and its whole header', async ({ page, app }) => {
  await plan(app, 'Szkolenie międzysektorowe: przemoc w rodzinie – Będzin', '2027-03-10T09:00:00+01:00', '2027-03-10T13:00:00+01:00');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  await page.getByRole('link', { name: 'Wydarzenia', exact: true }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('columnheader', { name: 'Obecni' })).toBeVisible();
  const cutTitles = () => grid.locator('.MuiDataGrid-columnHeaderTitle').evaluateAll((titles) => titles.filter((title) => title.scrollWidth > title.clientWidth).map((title) => title.textContent));
  expect(await cutTitles()).toEqual([]);
  // Under the pointer a header makes room for its menu button: the count's header still reads whole.
  await grid.getByRole('columnheader', { name: 'Zarejestrowani' }).hover();
  expect(await cutTitles()).toEqual([]);
  // The last column ends inside the grid: nothing to scroll sideways for.
  const gridBox = (await grid.boundingBox())!;
  const lastBox = (await grid.getByRole('columnheader', { name: 'Obecni' }).boundingBox())!;
  expect(lastBox.x + lastBox.width).toBeLessThanOrEqual(gridBox.x + gridBox.width);
});
