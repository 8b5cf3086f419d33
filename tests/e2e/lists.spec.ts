/** Lists that open where the work is: this week's events on top, names shown in full, every save confirmed. */
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { EventDetail, Institution, PartnershipDetail } from '../../preload/contract';
import { addDays, mondayOf, warsawToday } from '../../preload/contract/warsawTime';
import { expect, test, type TestApp } from './support/fixtures';

async function create<T>(app: TestApp, channel: Parameters<typeof dispatch>[1], input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result.value as T;
}

/** The data rows of a register's grid, in the order shown. */
const rowsOf = (page: Page, grid: string) => page.getByRole('grid', { name: grid }).getByRole('row').filter({ has: page.getByRole('gridcell') });

test('the events list opens on this week, the coming events next and the earlier ones below, greyed, latest first', async ({ page, app }) => {
  const monday = mondayOf(warsawToday());
  const event = (title: string, day: string) =>
    create<EventDetail>(app, 'events.save', { title, type: 'training', startsAt: `${day}T09:00:00Z`, endsAt: `${day}T11:00:00Z` });
  // Saved in no particular order; the year's first event first of all, as the list used to start.
  await event('Szkolenie sprzed dwóch miesięcy', addDays(monday, -60));
  await event('Szkolenie w przyszłym miesiącu', addDays(monday, 35));
  await event('Szkolenie w tym tygodniu', addDays(monday, 4));
  await event('Szkolenie z zeszłego tygodnia', addDays(monday, -3));
  await event('Szkolenie w poniedziałek', monday);

  await page.goto('./#/wydarzenia');
  const rows = rowsOf(page, 'Wydarzenia');
  await expect(rows).toHaveCount(5);
  const titles = ['Szkolenie w poniedziałek', 'Szkolenie w tym tygodniu', 'Szkolenie w przyszłym miesiącu', 'Szkolenie z zeszłego tygodnia', 'Szkolenie sprzed dwóch miesięcy'];
  for (const [i, title] of titles.entries()) {
    await expect(rows.nth(i)).toContainText(title);
    if (i < 3) await expect(rows.nth(i)).not.toHaveClass(/\bpast\b/);
    else await expect(rows.nth(i)).toHaveClass(/\bpast\b/);
  }
  await expect(page.getByText('5 wydarzeń. Na górze bieżący tydzień i nadchodzące, niżej wcześniejsze (na szarym tle), od najnowszych.')).toBeVisible();
});

test('long names wrap instead of being cut, and the institutions list shows whether each is active', async ({ page, app }) => {
  const mops = await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Dąbrowie Górniczej', type: 'ops', terytCode: '2465011' });
  await create<PartnershipDetail>(app, 'partnerships.save', { kind: 'pzk', name: 'Partnerski Zespół Kooperacyjny w Dąbrowie Górniczej', terytCode: '2465011', leaderInstitutionId: mops.id });

  await page.goto('./#/partnerstwa');
  const name = page.getByRole('gridcell', { name: 'Partnerski Zespół Kooperacyjny w Dąbrowie Górniczej' });
  await expect(name).toBeVisible();
  // The whole name is on the screen: its text fits its cell (no ellipsis), and the full text is there on hover too.
  const text = name.getByTitle('Partnerski Zespół Kooperacyjny w Dąbrowie Górniczej');
  await expect(text).toBeVisible();
  const fits = await text.evaluate((element) => element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight);
  expect(fits).toBe(true);

  await page.goto('./#/instytucje');
  await expect(page.getByRole('columnheader', { name: 'Aktywna' })).toBeInViewport({ ratio: 1 });
  await expect(rowsOf(page, 'Instytucje').first().getByText('aktywna', { exact: true })).toBeInViewport({ ratio: 1 });
});

test('a saved or deleted record is confirmed by a short message, wherever the form goes next', async ({ page, app }) => {
  const institution = await create<Institution>(app, 'institutions.save', { name: 'Gminny Ośrodek Pomocy Społecznej w Ożarowicach', type: 'ops' });
  await page.goto(`./#/instytucje/${institution.id}`);
  await page.getByRole('textbox', { name: 'E-mail' }).fill('gops@ozarowice.pl');
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Instytucje', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'Zapisano' }).getByRole('button').click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toBeHidden();

  // A form refused by its own check saves nothing and confirms nothing.
  await page.goto('./#/instytucje/nowa');
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByText('Pole „Nazwa” jest wymagane').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano' })).toHaveCount(0);

  await page.goto(`./#/instytucje/${institution.id}`);
  await page.getByRole('button', { name: 'Usuń' }).click();
  await page.getByRole('dialog', { name: 'Usunąć instytucję?' }).getByRole('button', { name: 'Usuń' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Usunięto' })).toBeVisible();
});
