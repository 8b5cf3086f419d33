/**
 * Issue 23, as a new user would: three people of one institution join a G-PZK with their roles, the team plans two
 * meetings a month, and a month with one meeting has it flagged on its page and on the dashboard.
 */
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { Institution, PartnershipDetail, Person } from '../../preload/contract';
import { expect, test, type TestApp } from './support/fixtures';

async function ok<T>(app: TestApp, channel: 'institutions.save' | 'people.save' | 'partnerships.save' | 'events.save', input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** The calendar day `months` months before today, YYYY-MM-DD (the only use of today's date: relative dates). */
function monthsAgo(months: number): string {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
}

async function pickPerson(page: Page, scope: ReturnType<Page['getByRole']>, label: string, typed: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

const PEOPLE = [
  ['Halina', 'Bąk', 'lider'],
  ['Ryszard', 'Ćwiek', 'koordynator'],
  ['Jolanta', 'Żmuda', 'animator gminny'],
] as const;

test('three people of the GOPS join a G-PZK with their roles; with a rhythm of 2 a month, a month with one meeting is flagged', async ({ page, app }) => {
  test.setTimeout(90_000);
  const formedOn = monthsAgo(1);
  const gops = await ok<Institution>(app, 'institutions.save', { name: 'Gminny Ośrodek Pomocy Społecznej w Wodzisławiu', type: 'ops', terytCode: '2401011' });
  for (const [firstName, lastName] of PEOPLE) await ok<Person>(app, 'people.save', { firstName, lastName, institutionId: gops.id, roles: ['social_worker'] });
  const gpzk = await ok<PartnershipDetail>(app, 'partnerships.save', { kind: 'gpzk', name: 'G-PZK w Gminie Wodzisław', terytCode: '2401011', leaderInstitutionId: gops.id, initiatedOn: formedOn });
  // The one meeting of the month, held on the day the team was formed.
  await ok(app, 'events.save', {
    title: 'Spotkanie G-PZK w Gminie Wodzisław',
    type: 'pzk_meeting',
    status: 'held',
    partnershipId: gpzk.id,
    terytCode: '2401011',
    startsAt: `${formedOn}T10:00:00+01:00`,
    endsAt: `${formedOn}T12:00:00+01:00`,
    hours: 2,
    hourUnit: 'clock',
  });

  await page.goto(`./#/partnerstwa/${gpzk.id}`);
  await expect(page.getByRole('heading', { name: 'G-PZK w Gminie Wodzisław', level: 1 })).toBeVisible();
  await expect(page.getByTestId('team-composition')).toHaveText('W zespole jest 0 osób');

  // Three people of the GOPS, each with a role, in one go.
  await page.getByRole('button', { name: 'Dodaj osoby' }).click();
  const dialog = page.getByRole('dialog', { name: 'Osoby instytucji członkowskiej w zespole' });
  await expect(dialog.getByRole('combobox', { name: 'Instytucja członkowska' })).toContainText('Gminny Ośrodek Pomocy Społecznej w Wodzisławiu');
  for (const [index, [firstName, lastName, role]] of PEOPLE.entries()) {
    if (index > 0) await dialog.getByRole('button', { name: 'Dodaj kolejną osobę' }).click();
    await pickPerson(page, dialog, `Osoba ${index + 1}`, lastName, `${firstName} ${lastName}`);
    await dialog.getByRole('combobox', { name: `Rola w zespole ${index + 1}` }).click();
    await page.getByRole('option', { name: role, exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();

  const team = page.getByRole('table', { name: 'Osoby w zespole' });
  for (const [firstName, lastName, role] of PEOPLE) {
    await expect(team.getByRole('row').filter({ hasText: `${firstName} ${lastName}` })).toContainText(role);
  }
  await expect(page.getByTestId('team-composition')).toHaveText('W zespole są 3 osoby · sektory: pomoc społeczna');
  await expect(page.getByTestId('team-missing-sectors')).toContainText('zdrowie');
  await expect(page.getByTestId('team-rhythm')).toContainText('planowanej liczby spotkań w miesiącu nie ustalono');

  // The team plans two meetings a month.
  await page.getByRole('link', { name: 'Edytuj' }).click();
  await page.getByRole('textbox', { name: 'Planowane spotkania w miesiącu' }).fill('2');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'G-PZK w Gminie Wodzisław', level: 1 })).toBeVisible();
  await expect(page.getByTestId('team-rhythm')).toContainText('Rytm spotkań poniżej planu: średnio 1 spotkanie w miesiącu wobec planowanych 2');
  await page.screenshot({ path: 'docs/screenshots/zespol-osoby-rytm.png', fullPage: true });

  // The dashboard flags it too.
  await page.goto('./#/');
  const rhythm = page.getByRole('list', { name: 'Rytm spotkań zespołów' });
  const item = rhythm.getByRole('listitem').filter({ hasText: 'G-PZK w Gminie Wodzisław' });
  await expect(item).toContainText('poniżej planu');
  await expect(item).toContainText('średnio 1 spotkanie w miesiącu wobec planowanych 2');
});
