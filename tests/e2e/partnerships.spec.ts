import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { Institution, PartnershipDetail, Person } from '../../preload/contract';
import { pdfToText } from '../support/pdf';
import { expect, test, type TestApp } from './support/fixtures';

async function create<T>(app: TestApp, channel: 'institutions.save' | 'people.save', input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** Chooses an option in an autocomplete by typing part of its name. */
async function pick(page: Page, scope: Page | ReturnType<Page['getByRole']>, label: string, typed: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

const MEMBERS = [
  ['Powiatowy Urząd Pracy w Będzinie', 'pup', 'Ewa', 'Ślązak'],
  ['Komenda Powiatowa Policji w Będzinie', 'police', 'Łukasz', 'Żołądź'],
  ['Szkoła Podstawowa nr 1 w Będzinie', 'school', 'Anna', 'Gęsiarz'],
  ['Stowarzyszenie „Razem” w Będzinie', 'ngo', 'Jan', 'Ćwik'],
  ['Poradnia Psychologiczno-Pedagogiczna w Będzinie', 'counselling_center', 'Zofia', 'Źrebiec'],
] as const;

test('forming a PZK: the gmina, its OPS as leader, the PCPR as strategic partner and five members; one leaves; a declaration prints', async ({ page, app }) => {
  test.setTimeout(90_000); // a long user journey: about twenty choices in pickers
  await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', shortName: 'MOPS Będzin', type: 'ops', terytCode: '2401011' });
  await create<Institution>(app, 'institutions.save', { name: 'Powiatowe Centrum Pomocy Rodzinie w Będzinie', shortName: 'PCPR Będzin', type: 'pcpr', terytCode: '2401' });
  for (const [name, type, firstName, lastName] of MEMBERS) {
    const institution = await create<Institution>(app, 'institutions.save', { name, type, terytCode: '2401011', city: 'Będzin' });
    await create<Person>(app, 'people.save', { firstName, lastName, institutionId: institution.id, position: 'dyrektor', roles: ['representative'] });
  }

  await page.goto('./#/partnerstwa');
  await expect(page.getByText('Brak partnerstw. Utwórz pierwszy Partnerski Zespół Kooperacyjny')).toBeVisible();
  await page.getByRole('link', { name: 'Nowe partnerstwo' }).first().click();
  await page.getByRole('textbox', { name: 'Nazwa' }).fill('PZK Będzin');
  await pick(page, page, 'Gmina / powiat (TERYT)', 'bedzin', /^Będzin gmina miejska/);
  await pick(page, page, 'Lider (OPS)', 'osrodek', /Miejski Ośrodek Pomocy Społecznej w Będzinie/);
  await pick(page, page, 'Partner strategiczny (PCPR)', 'centrum', /Powiatowe Centrum Pomocy Rodzinie w Będzinie/);
  await page.getByLabel('Pierwsze spotkanie inicjujące').fill('2019-04-10');
  await page.getByLabel('Formalizacja').fill('2019-06-05');
  await page.getByRole('button', { name: 'Zapisz' }).click();

  await expect(page.getByRole('heading', { name: 'PZK Będzin', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Powiatowe Centrum Pomocy Rodzinie w Będzinie', exact: true })).toBeVisible();
  // The leader and the strategic partner are members from the day the PZK was formalised.
  const founders = page.getByRole('table', { name: 'Historia członkostwa' });
  await expect(founders.getByRole('row').filter({ hasText: 'Miejski Ośrodek Pomocy Społecznej w Będzinie' })).toContainText('05.06.2019');
  await expect(founders.getByRole('row').filter({ hasText: 'Powiatowe Centrum Pomocy Rodzinie w Będzinie' })).toContainText('05.06.2019');

  await page.getByRole('button', { name: 'Dodaj członków' }).click();
  const dialog = page.getByRole('dialog', { name: 'Przystąpienie instytucji do partnerstwa' });
  for (const [index, [name, , firstName, lastName]] of MEMBERS.entries()) {
    if (index > 0) await dialog.getByRole('button', { name: 'Dodaj kolejną instytucję' }).click();
    await pick(page, dialog, `Instytucja ${index + 1}`, name.split(' ')[0]!.slice(0, 6), name);
    await pick(page, dialog, `Przedstawiciel ${index + 1}`, lastName.slice(0, 3), `${firstName} ${lastName}`);
  }
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
  const history = page.getByRole('table', { name: 'Historia członkostwa' });
  for (const [name, , firstName, lastName] of MEMBERS) {
    await expect(history.getByRole('row').filter({ hasText: name })).toContainText(`${firstName} ${lastName}`);
  }
  await expect(history.getByRole('row').filter({ hasText: 'członek' })).toHaveCount(MEMBERS.length + 2);
  await page.screenshot({ path: 'docs/screenshots/partnerstwo.png', fullPage: true });

  // A member leaves: the row closes, the history keeps it.
  const school = history.getByRole('row').filter({ hasText: 'Szkoła Podstawowa nr 1 w Będzinie' });
  await school.getByRole('button', { name: 'Wystąpienie' }).click();
  const leave = page.getByRole('dialog', { name: 'Wystąpienie z partnerstwa' });
  await leave.getByLabel('Wystąpienie').fill('2020-09-30');
  await leave.getByRole('button', { name: 'Wystąpienie' }).click();
  await expect(school).toContainText('były członek');
  await expect(school).toContainText('30.09.2020');

  // The declaration of a current member prints to PDF with its representative.
  const pup = history.getByRole('row').filter({ hasText: 'Powiatowy Urząd Pracy w Będzinie' });
  const download = page.waitForEvent('download');
  await pup.getByRole('button', { name: 'Deklaracja (PDF)' }).click();
  const file = path.join(app.dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(file)))).replace(/\s+/g, ' ');
  expect(text).toContain('DEKLARACJA PRZYSTĄPIENIA DO PARTNERSKIEGO ZESPOŁU KOOPERACYJNEGO');
  expect(text).toContain('Powiatowy Urząd Pracy w Będzinie');
  expect(text).toContain('Ewa Ślązak');

  await page.goto('./#/partnerstwa');
  await expect(page.getByRole('row').filter({ hasText: 'PZK Będzin' })).toContainText('6');
});

test('a new user is told what to add first: an OPS to lead the PZK, a person to represent a member institution', async ({ page, app }) => {
  await page.goto('./#/partnerstwa');
  await page.getByRole('link', { name: 'Nowe partnerstwo' }).first().click();
  const leader = page.getByRole('combobox', { name: 'Lider (OPS)', exact: true });
  await expect(leader).toHaveAccessibleDescription(/^W rejestrze nie ma jeszcze ośrodka pomocy społecznej/);
  await page.getByRole('link', { name: 'Dodaj instytucję' }).first().click();
  await expect(page.getByRole('heading', { name: 'Nowa instytucja', level: 1 })).toBeVisible();

  // With an OPS and a PZK, a member institution nobody works in yet: its representative picker says so.
  const ops = await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', type: 'ops', terytCode: '2401011' });
  const pup = await create<Institution>(app, 'institutions.save', { name: 'Powiatowy Urząd Pracy w Będzinie', type: 'pup', terytCode: '2401011' });
  const pzk = await dispatch(app.runtime, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: '2401011', leaderInstitutionId: ops.id });
  if (!pzk.ok) throw new Error(pzk.error.message);
  await page.goto(`./#/partnerstwa/${(pzk.value as PartnershipDetail).id}`);
  await page.getByRole('button', { name: 'Dodaj członków' }).click();
  const dialog = page.getByRole('dialog', { name: 'Przystąpienie instytucji do partnerstwa' });
  await pick(page, dialog, 'Instytucja 1', 'urzad', 'Powiatowy Urząd Pracy w Będzinie');
  await expect(dialog.getByRole('combobox', { name: 'Przedstawiciel 1', exact: true })).toHaveAccessibleDescription('W tej instytucji nie ma jeszcze osób: najpierw dodaj osobę, która ją reprezentuje.');
  await dialog.getByRole('link', { name: 'Dodaj osobę' }).click();
  await expect(page.getByRole('heading', { name: 'Nowa osoba', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Instytucja' })).toHaveValue(pup.name);
});
