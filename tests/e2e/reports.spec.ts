import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type TestApp } from './support/fixtures';

const NOW = '2024-01-01T00:00:00.000Z';

/** A year of an office's work, written straight into its database: a PZK, an agreement, two workshops, coaching. */
async function seed(app: TestApp) {
  const db = app.runtime.db;
  const stamps = { created_at: NOW, updated_at: NOW };
  await db('projects').insert({ id: 'prj-1', name: 'Kooperacje 3D', ...stamps });
  await db('project_indicators').insert({ id: 'ind-1', project_id: 'prj-1', position: 1, code: 'W-WAR', name: 'Liczba warsztatów kooperacyjnych', unit: 'szt.', target: 4, measure: JSON.stringify({ kind: 'events', eventTypes: ['workshop'] }) });
  await db('institutions').insert({ id: 'mops', name: 'MOPS w Będzinie', type: 'ops', teryt_code: '2401011', ...stamps });
  await db('people').insert([
    { id: 'p1', first_name: 'Anna', last_name: 'Łęcka', ...stamps },
    { id: 'p2', first_name: 'Jan', last_name: 'Żak', ...stamps },
  ]);
  await db('person_roles').insert([
    { person_id: 'p1', role: 'social_worker' },
    { person_id: 'p2', role: 'social_worker' },
  ]);
  await db('partnerships').insert({ id: 'pzk', kind: 'pzk', name: 'PZK Będzin', teryt_code: '2401011', project_id: 'prj-1', leader_institution_id: 'mops', formalised_on: '2019-05-15', ...stamps });
  await db('agreements').insert({ id: 'a1', number: 'ROPS/1/2019', status: 'signed', signed_on: '2019-03-01', project_id: 'prj-1', ...stamps });
  await db('agreement_parties').insert({ id: 'a1-1', agreement_id: 'a1', position: 1, kind: 'gmina', name: 'Gmina Będzin', teryt_code: '2401011' });
  const event = (id: string, type: string, teryt: string, day: string, hours: number, unit: string) => ({
    id,
    title: `${type} ${id}`,
    type,
    status: 'held',
    project_id: 'prj-1',
    teryt_code: teryt,
    starts_at: `${day}T08:00:00.000Z`,
    ends_at: `${day}T12:00:00.000Z`,
    hours,
    hour_unit: unit,
    mode: type === 'coaching' ? 'individual' : null,
    ...stamps,
  });
  await db('events').insert([
    event('w1', 'workshop', '2401011', '2019-03-12', 6, 'didactic'),
    event('w2', 'workshop', '2475011', '2019-06-05', 4, 'clock'),
    event('c1', 'coaching', '2401011', '2019-06-10', 2, 'clock'),
  ]);
  await db('event_participants').insert([
    { id: 'w1-p1', event_id: 'w1', person_id: 'p1', created_at: NOW },
    { id: 'w1-p2', event_id: 'w1', person_id: 'p2', created_at: NOW },
    { id: 'c1-p1', event_id: 'c1', person_id: 'p1', created_at: NOW },
  ]);
  await db('attendance').insert([
    { participant_id: 'w1-p1', day: '2019-03-12', status: 'present' },
    { participant_id: 'w1-p2', day: '2019-03-12', status: 'present' },
    { participant_id: 'c1-p1', day: '2019-06-10', status: 'present' },
  ]);
}

test('Raporty: a year’s summary in sentences, a chart, and the XLSX', async ({ page, app }) => {
  await seed(app);
  await page.goto('./#/raporty');
  await expect(page.getByRole('heading', { name: 'Raporty', level: 1 })).toBeVisible();

  await page.getByRole('combobox', { name: 'Rok' }).click();
  await page.getByRole('option', { name: '2019', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Podsumowanie roku 2019', level: 2 })).toBeVisible();
  const narrative = page.getByRole('region', { name: 'Podsumowanie w zdaniach' });
  await expect(narrative).toContainText('W 2019 roku:');
  await expect(narrative).toContainText('zawiązano 1 Partnerski Zespół Kooperacyjny (PZK),');
  await expect(narrative).toContainText('podpisano 1 porozumienie o współpracy z jednostkami samorządu terytorialnego (1 gmina)');
  await expect(narrative).toContainText('zorganizowano 2 warsztaty kooperacyjne (łącznie 8,5 godziny zegarowej); udział wzięły 2 osoby');
  await expect(narrative).toContainText('przeprowadzono 2 godziny indywidualnego coachingu dla 1 pracownika socjalnego (1 sesja).');

  const monthly = page.getByRole('figure', { name: 'Wydarzenia w kolejnych miesiącach według rodzajów' });
  await expect(monthly.locator('svg').first()).toBeVisible();
  // Bars with a height (the other months' are flat): March's workshop, June's workshop and coaching stacked.
  await expect(monthly.locator('.MuiBarChart-element:not([height="0"])')).toHaveCount(3);
  await expect(monthly.locator('.MuiBarChart-element:not([height="0"])').first()).toBeVisible();
  await expect(monthly).toContainText('Warsztat kooperacyjny');
  await expect(page.getByRole('figure', { name: 'Godziny (zegarowe) według gmin' })).toContainText('Będzin');
  await expect(page.getByRole('progressbar', { name: 'W-WAR – Liczba warsztatów kooperacyjnych' })).toHaveAttribute('aria-valuenow', '50');
  await expect(page.getByRole('region', { name: 'Kronika' })).toContainText('MARZEC – Podpisano porozumienie o współpracy nr ROPS/1/2019 (Gmina Będzin).');

  // The rounding style changes the sentences, not the figures.
  await page.getByRole('combobox', { name: 'Liczby godzin w zdaniach' }).click();
  await page.getByRole('option', { name: /^w przybliżeniu/ }).click();
  await expect(narrative).toContainText('zorganizowano 2 warsztaty kooperacyjne (łącznie 8,5 godziny zegarowej)');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz XLSX' }).click();
  expect((await download).suggestedFilename()).toBe('podsumowanie 2019.xlsx');
  const file = path.join(app.dir, 'podsumowanie 2019.xlsx');
  await (await download).saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(fs.readFileSync(file)).buffer);
  const events = workbook.getWorksheet('Wydarzenia')!;
  // Polish words only: the row of a type is found by its name; its figures are numbers.
  const workshop = events.getRows(2, 13)!.find((row) => row.getCell(1).value === 'Warsztat kooperacyjny')!;
  expect(workshop.getCell(2).value).toBe(2);
  expect(workshop.getCell(2).type).toBe(ExcelJS.ValueType.Number);
  expect(workshop.getCell(5).value).toBe(8.5);
  expect(events.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
});

test('Raporty: a period and a territory, with the place in the opening sentence', async ({ page, app }) => {
  await seed(app);
  await page.goto('./#/raporty');
  await page.getByRole('button', { name: 'Zakres dat' }).click();
  await page.getByLabel('Od', { exact: true }).fill('2019-04-01');
  await page.getByLabel('Do', { exact: true }).fill('2019-12-31');
  await page.getByRole('combobox', { name: 'Zakres', exact: true }).click();
  await page.getByRole('option', { name: 'Województwo, powiat lub gmina' }).click();
  await page.getByRole('combobox', { name: 'Województwo, powiat lub gmina' }).fill('będzin');
  await page.getByRole('option').filter({ hasText: /^Będzin/ }).first().click();

  const narrative = page.getByRole('region', { name: 'Podsumowanie w zdaniach' });
  await expect(narrative).toContainText('W okresie od 1 kwietnia 2019 r. do 31 grudnia 2019 r. w gminie Będzin:');
  await expect(narrative).toContainText('przeprowadzono 2 godziny indywidualnego coachingu');
  await expect(narrative).not.toContainText('warsztaty');
});
