/**
 * Events as an office uses them: planned in the calendar, the partnership's representatives registered at once,
 * attendance marked per day, the attendance list printed; a study visit over three days; a series of PZK meetings
 * every second Tuesday, one of them changed on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dispatch } from '../../main/ipc/dispatch';
import type { ChannelName, EventDetail, Institution, PartnershipDetail, Person } from '../../preload/contract';
import { pdfToText } from '../support/pdf';
import { expect, test, type TestApp } from './support/fixtures';

async function create<T>(app: TestApp, channel: ChannelName, input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result.value as T;
}

const BEDZIN = '2401011';
const MEMBERS = [
  ['Powiatowy Urząd Pracy w Będzinie', 'pup', 'Ewa', 'Ślązak'],
  ['Komenda Powiatowa Policji w Będzinie', 'police', 'Łukasz', 'Żołądź'],
  ['Szkoła Podstawowa nr 1 w Będzinie', 'school', 'Anna', 'Gęsiarz'],
  ['Stowarzyszenie „Razem” w Będzinie', 'ngo', 'Jan', 'Ćwik'],
  ['Poradnia Psychologiczno-Pedagogiczna w Będzinie', 'counselling_center', 'Zofia', 'Źrebiec'],
] as const;
const NAMES = MEMBERS.map(([, , firstName, lastName]) => `${firstName} ${lastName}`);

/** A PZK in Będzin led by the MOPS, with five member institutions, each with its representative. */
async function createPzk(app: TestApp): Promise<PartnershipDetail> {
  const mops = await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', shortName: 'MOPS Będzin', type: 'ops', terytCode: BEDZIN });
  const pzk = await create<PartnershipDetail>(app, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: mops.id, formalisedOn: '2025-06-05' });
  const members = [];
  for (const [name, type, firstName, lastName] of MEMBERS) {
    const institution = await create<Institution>(app, 'institutions.save', { name, type, terytCode: BEDZIN, city: 'Będzin' });
    const person = await create<Person>(app, 'people.save', { firstName, lastName, institutionId: institution.id, position: 'specjalista', roles: ['representative'] });
    members.push({ institutionId: institution.id, representativePersonId: person.id, joinedOn: '2025-06-05', declarationSignedOn: '2025-06-05' });
  }
  await create(app, 'partnerships.joinMany', { partnershipId: pzk.id, members });
  return pzk;
}

/** The first day of the month after today's, in Warsaw: a month the calendar reaches with one click on "Następny". */
function nextMonth(): { year: number; month: number; day: (day: number) => string; cellName: (day: number) => string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const next = { year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1 };
  const day = (d: number) => `${next.year}-${String(next.month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const cellName = (d: number) => new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day(d)}T12:00:00Z`));
  return { ...next, day, cellName };
}

/** "2026-12-12" → "12.12.2026". */
const polishDate = (day: string) => day.split('-').reverse().join('.');

async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a workshop planned in the calendar: all PZK members registered, four present and one absent, the attendance list printed', async ({ page, app }) => {
  test.setTimeout(90_000);
  const pzk = await createPzk(app);
  const month = nextMonth();
  // Other events of that month, so the calendar looks like an office's.
  const seeded: [string, string, string, string, object?][] = [
    ['Konferencja otwierająca projekt', 'conference', `${month.day(5)}T10:00:00+01:00`, `${month.day(5)}T14:00:00+01:00`],
    ['Wizyta studyjna w Żorach', 'study_visit', `${month.day(17)}T09:00:00+01:00`, `${month.day(19)}T15:00:00+01:00`],
    ['Coaching zespołu OPS', 'coaching', `${month.day(24)}T09:00:00+01:00`, `${month.day(24)}T12:00:00+01:00`, { mode: 'group', hours: 3, hourUnit: 'clock' }],
    ['Spotkanie PZK Będzin', 'pzk_meeting', `${month.day(9)}T17:00:00+01:00`, `${month.day(9)}T19:00:00+01:00`, { partnershipId: pzk.id }],
  ];
  for (const [title, type, startsAt, endsAt, extra] of seeded) await create(app, 'events.save', { title, type, startsAt, endsAt, terytCode: BEDZIN, ...extra });

  await page.goto('./');
  await page.getByRole('link', { name: 'Kalendarz', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Kalendarz', level: 1 })).toBeVisible();
  const calendar = page.getByRole('region', { name: 'Kalendarz wydarzeń' });
  await calendar.getByRole('button', { name: 'Następny' }).click();
  await expect(calendar.getByRole('link', { name: /Konferencja otwierająca projekt/ })).toBeVisible();

  // Selecting a day opens a new event on it.
  await calendar.getByRole('cell', { name: month.cellName(12), exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nowe wydarzenie' })).toBeVisible();
  await expect(page.getByLabel('Data rozpoczęcia')).toHaveValue(polishDate(month.day(12)));
  await expect(page.getByLabel('Data zakończenia')).toHaveValue(polishDate(month.day(12)));
  await page.getByRole('textbox', { name: 'Tytuł' }).fill('Warsztat kooperacyjny: diagnoza potrzeb rodzin');
  await expect(page.getByRole('combobox', { name: 'Rodzaj' })).toContainText('Warsztat kooperacyjny');
  await page.getByLabel('Godzina rozpoczęcia').fill('10:00');
  await page.getByLabel('Godzina zakończenia').fill('14:30');
  await page.getByRole('textbox', { name: 'Liczba godzin' }).fill('5');
  await page.getByRole('textbox', { name: 'Miejsce' }).fill('Sala sesyjna Urzędu Miasta w Będzinie');
  await choose(page, 'Partnerstwo', 'PZK Będzin');
  await page.getByRole('button', { name: 'Zapisz' }).click();

  const title = 'Warsztat kooperacyjny: diagnoza potrzeb rodzin';
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const facts = page.getByRole('table', { name: 'Informacje o wydarzeniu' });
  await expect(facts).toContainText(`${polishDate(month.day(12))}, 10:00–14:30`);
  await expect(facts).toContainText('Będzin');

  // Every member's representative at once.
  await page.getByRole('button', { name: 'Dodaj wszystkich członków partnerstwa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj przedstawicieli członków partnerstwa' });
  await expect(dialog.getByRole('combobox', { name: 'Partnerstwo' })).toContainText('PZK Będzin');
  await dialog.getByRole('button', { name: 'Dodaj członków' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Dodano 5 osób.')).toBeVisible();
  await expect(page.getByText('Zarejestrowani: 5, obecni: 0')).toBeVisible();
  const attendance = page.getByRole('table', { name: 'Obecność' });
  for (const name of NAMES) await expect(attendance.getByRole('rowheader', { name })).toBeVisible();

  // Everyone present, then one who did not come.
  const day = polishDate(month.day(12));
  await attendance.getByRole('button', { name: `Wszyscy obecni ${day}` }).click();
  await expect(page.getByText('Zarejestrowani: 5, obecni: 5')).toBeVisible();
  await attendance.getByRole('group', { name: `Obecność: Jan Ćwik, ${day}` }).getByRole('button', { name: 'nieobecny', exact: true }).click();
  await expect(page.getByText('Zarejestrowani: 5, obecni: 4')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: `Obecność: Jan Ćwik, ${day}` }).getByRole('button', { name: 'nieobecny', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('group', { name: `Obecność: Ewa Ślązak, ${day}` }).getByRole('button', { name: 'obecny', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // The attendance list, with room for walk-ins.
  await page.getByRole('textbox', { name: 'Wolne wiersze' }).fill('5');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lista obecności (PDF)' }).click();
  const file = path.join(app.dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(file)))).replace(/\s+/g, ' ');
  expect(text).toContain('LISTA OBECNOŚCI');
  expect(text).toContain(title);
  for (const name of NAMES) expect(text).toContain(name);

  // "Drukuj" on paper: the harness has no system print dialog, so it hands over the same list as a PDF and says so.
  const paper = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Drukuj listę obecności' }).click();
  await expect(page.getByText('W przeglądarce nie ma systemowego okna drukowania')).toBeVisible();
  expect((await paper).suggestedFilename()).toBe((await download).suggestedFilename());
  const paperFile = path.join(app.dir, `papier ${(await paper).suggestedFilename()}`);
  await (await paper).saveAs(paperFile);
  expect((await pdfToText(new Uint8Array(fs.readFileSync(paperFile)))).replace(/\s+/g, ' ')).toBe(text);

  // Back in the calendar, the workshop is there in its colour among the month's events.
  await page.getByRole('link', { name: 'Pokaż w kalendarzu' }).click();
  await expect(calendar.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await expect(calendar.getByRole('heading', { level: 2 })).toContainText(String(month.year));
  await page.screenshot({ path: 'docs/screenshots/kalendarz.png', fullPage: true });
});

test('a three-day study visit: one attendance column per day, marks saved per day', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createPzk(app);
  await page.goto('./#/wydarzenia');
  await expect(page.getByText('Brak wydarzeń.')).toBeVisible();
  await page.getByRole('link', { name: 'Nowe wydarzenie' }).first().click();
  await page.getByRole('textbox', { name: 'Tytuł' }).fill('Wizyta studyjna: Centrum Usług Społecznych w Żorach');
  await choose(page, 'Rodzaj', 'Wizyta studyjna / wymiana doświadczeń');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Podaj datę i godzinę rozpoczęcia')).toBeVisible();
  await page.getByLabel('Data rozpoczęcia').fill('2026-05-12');
  await page.getByLabel('Godzina rozpoczęcia').fill('09:00');
  await page.getByLabel('Data zakończenia').fill('2026-05-14');
  await page.getByLabel('Godzina zakończenia').fill('15:00');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Wizyta studyjna: Centrum Usług Społecznych w Żorach', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('12.05.2026 9:00 – 14.05.2026 15:00');

  // Two people chosen from the register.
  await page.getByRole('button', { name: 'Dodaj uczestników' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dodaj uczestników z rejestru osób' });
  for (const lastName of ['Ślązak', 'Żołądź']) {
    await dialog.getByRole('searchbox', { name: 'Szukaj osoby' }).fill(lastName.slice(0, 4));
    await dialog.getByRole('list', { name: 'Znalezione osoby' }).getByRole('checkbox', { name: new RegExp(lastName) }).check();
  }
  await dialog.getByRole('button', { name: 'Dodaj 2 osoby' }).click();
  await expect(page.getByText('Zarejestrowani: 2, obecni: 0')).toBeVisible();

  const attendance = page.getByRole('table', { name: 'Obecność' });
  const days = ['12.05.2026', '13.05.2026', '14.05.2026'];
  await expect(attendance.getByRole('button', { name: /^Wszyscy obecni/ })).toHaveCount(3);
  for (const day of days) await expect(attendance.getByRole('columnheader', { name: new RegExp(day) })).toBeVisible();

  const mark = (name: string, day: string, status: string) => attendance.getByRole('group', { name: `Obecność: ${name}, ${day}` }).getByRole('button', { name: status, exact: true });
  await attendance.getByRole('button', { name: 'Wszyscy obecni 12.05.2026' }).click();
  await mark('Ewa Ślązak', '13.05.2026', 'obecny').click();
  await mark('Łukasz Żołądź', '13.05.2026', 'usprawiedliwiony').click();
  await mark('Ewa Ślązak', '14.05.2026', 'nieobecny').click();
  await mark('Łukasz Żołądź', '14.05.2026', 'obecny').click();
  await expect(page.getByText('Zarejestrowani: 2, obecni: 2')).toBeVisible();
  await expect(mark('Ewa Ślązak', '14.05.2026', 'nieobecny')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  const expected: [string, string, string][] = [
    ['Ewa Ślązak', '12.05.2026', 'obecny'],
    ['Łukasz Żołądź', '12.05.2026', 'obecny'],
    ['Ewa Ślązak', '13.05.2026', 'obecny'],
    ['Łukasz Żołądź', '13.05.2026', 'usprawiedliwiony'],
    ['Ewa Ślązak', '14.05.2026', 'nieobecny'],
    ['Łukasz Żołądź', '14.05.2026', 'obecny'],
  ];
  for (const [name, day, status] of expected) await expect(mark(name, day, status)).toHaveAttribute('aria-pressed', 'true');
  await expect(mark('Łukasz Żołądź', '13.05.2026', 'obecny')).toHaveAttribute('aria-pressed', 'false');

  // People of the host centre joined without being on the list, counted each day: one field per day of the visit.
  await page.getByRole('link', { name: 'Edytuj' }).click();
  await expect(page.getByText('Osoby spoza listy uczestników – dzień po dniu')).toBeVisible();
  const headcount = (n: number, day: string) => page.getByRole('textbox', { name: `Dzień ${n} (${day})` });
  await expect(headcount(3, '14.05.2026')).toBeVisible();
  await headcount(1, '12.05.2026').fill('38');
  await headcount(2, '13.05.2026').fill('3,5');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByText('Liczba osób spoza listy musi być liczbą całkowitą nie mniejszą niż 0')).toBeVisible();
  await headcount(2, '13.05.2026').fill('35');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  // Two from the list present, and the larger day's 38 not named: 40 people (the days are not added up).
  await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('40 osób, w tym 2 z listy uczestników (spoza listy: 12.05.2026: 38, 13.05.2026: 35)');
  // The third day's count, typed under the attendance of that day, is saved when the field is left.
  await expect(page.getByRole('textbox', { name: 'Osoby spoza listy uczestników, 13.05.2026' })).toHaveValue('35');
  await page.getByRole('textbox', { name: 'Osoby spoza listy uczestników, 14.05.2026' }).fill('44');
  await page.getByRole('textbox', { name: 'Osoby spoza listy uczestników, 14.05.2026' }).blur();
  await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('46 osób, w tym 2 z listy uczestników (spoza listy: 12.05.2026: 38, 13.05.2026: 35, 14.05.2026: 44)');

  // The signed list, scanned, kept with the event.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Dodaj załącznik' }).click();
  await (await chooser).setFiles({ name: 'lista-obecnosci-podpisana.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
  const attachments = page.getByRole('list', { name: 'Załączniki' });
  await expect(attachments.getByRole('listitem')).toContainText('lista-obecnosci-podpisana.pdf');
  await expect(attachments.getByRole('button', { name: 'Pobierz lista-obecnosci-podpisana.pdf' })).toBeVisible();

  // Certificates: under the default rule (80% of the event) two days of three are not enough, and the screen says
  // so, for whom and why, before anything is numbered.
  await page.getByRole('button', { name: 'Wydaj zaświadczenia' }).click();
  const plan = page.getByRole('dialog', { name: 'Wydać zaświadczenia?' });
  await expect(plan).toContainText('Zasada wydawania: obecność przez co najmniej 80% godzin wydarzenia (zasada domyślna).');
  const leftOut = plan.getByRole('list', { name: 'Bez zaświadczenia: 2 osoby' });
  await expect(leftOut.getByRole('listitem').filter({ hasText: 'Ewa Ślązak' })).toContainText('obecność w 2 z 3 dni (67%); wymagane co najmniej 80%');
  await expect(leftOut.getByRole('listitem').filter({ hasText: 'Łukasz Żołądź' })).toContainText('obecność w 2 z 3 dni (67%); wymagane co najmniej 80%');
  await expect(plan.getByRole('button', { name: 'Wydaj zaświadczenia' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('zaswiadczenia-pominieci.png') });
  await plan.getByRole('button', { name: 'Anuluj' }).click();

  // The event sets its own rule: 60% of its hours.
  await page.getByRole('link', { name: 'Edytuj' }).click();
  await choose(page, 'Kto otrzymuje zaświadczenie', 'Obecność przez określoną część godzin wydarzenia');
  await page.getByRole('textbox', { name: 'Co najmniej (% godzin)' }).fill('60');
  await page.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Wizyta studyjna: Centrum Usług Społecznych w Żorach', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Wydaj zaświadczenia' }).click();
  await expect(plan).toContainText('obecność przez co najmniej 60% godzin wydarzenia (zasada tego wydarzenia)');
  const toIssue = plan.getByRole('list', { name: 'Otrzymają zaświadczenia: 2 osoby' });
  await expect(toIssue.getByRole('listitem').filter({ hasText: 'Ewa Ślązak' })).toContainText('12–13 maja 2026 r.');
  await expect(toIssue.getByRole('listitem').filter({ hasText: 'Łukasz Żołądź' })).toContainText('12 maja 2026 r. i 14 maja 2026 r.');
  await page.screenshot({ path: test.info().outputPath('zaswiadczenia-wydanie.png') });
  await plan.getByRole('button', { name: 'Wydaj 2 zaświadczenia' }).click();
  await expect(page.getByText(/^Wydano 2 zaświadczenia: nr /)).toBeVisible();
  const certificates = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Zaświadczenia (PDF)' }).click();
  const certificatesPath = await (await certificates).path();
  fs.copyFileSync(certificatesPath, test.info().outputPath('zaswiadczenia.pdf'));
  const certificatesText = (await pdfToText(new Uint8Array(fs.readFileSync(certificatesPath)))).replace(/\s+/g, ' ');
  // Each states the days its person came; no form of address is known here, so the wording is neutral.
  expect(certificatesText).toContain('Zaświadcza się, że Ewa Ślązak jest osobą, która wzięła udział w wizycie studyjnej');
  expect(certificatesText).toContain('W dniach: 12–13 maja 2026 r.');
  expect(certificatesText).toContain('Zaświadcza się, że Łukasz Żołądź jest osobą, która wzięła udział w wizycie studyjnej');
  expect(certificatesText).toContain('W dniach: 12 maja 2026 r. i 14 maja 2026 r.');
  expect(certificatesText).not.toMatch(/Pani\/Pan|wziął\/wzięła|12–14 maja/);

  // The list of events exports to a calendar file.
  await page.getByRole('link', { name: 'Wydarzenia', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Wizyta studyjna: Centrum Usług Społecznych w Żorach' })).toContainText('12.05.2026 9:00 – 14.05.2026 15:00');
  const ics = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksport do kalendarza (.ics)' }).click();
  const calendarFile = fs.readFileSync(await (await ics).path(), 'utf8');
  expect(calendarFile).toContain('BEGIN:VCALENDAR');
  expect(calendarFile).toContain('Wizyta studyjna: Centrum Usług Społecznych w Żorach');

  const event = (await create<{ id: string }[]>(app, 'events.list', {}))[0]!;
  const detail = await create<EventDetail>(app, 'events.get', { id: event.id });
  expect(detail.days).toEqual(['2026-05-12', '2026-05-13', '2026-05-14']);
  expect(Object.fromEntries(detail.participants.map((p) => [p.name, p.attendance]))).toEqual({
    'Ewa Ślązak': { '2026-05-12': 'present', '2026-05-13': 'present', '2026-05-14': 'absent' },
    'Łukasz Żołądź': { '2026-05-12': 'present', '2026-05-13': 'excused', '2026-05-14': 'present' },
  });
});

test.describe('on a computer set to another time zone', () => {
  // Times are Warsaw times wherever the computer is: the form, the detail and the calendar must not shift them.
  test.use({ timezoneId: 'America/New_York' });

  test('a series every second Tuesday: four meetings in the calendar list, one renamed on its own', async ({ page, app }) => {
    test.setTimeout(90_000);
    await createPzk(app);
    await page.goto('./#/wydarzenia/nowe');
    await page.getByRole('textbox', { name: 'Tytuł' }).fill('Spotkanie PZK Będzin');
    await choose(page, 'Rodzaj', 'Spotkanie PZK (G-PZK)');
    await page.getByLabel('Data rozpoczęcia').fill('2027-03-02');
    await page.getByLabel('Godzina rozpoczęcia').fill('17:00');
    await page.getByLabel('Godzina zakończenia').fill('19:00');
    await choose(page, 'Partnerstwo', 'PZK Będzin');
    await page.getByRole('checkbox', { name: 'Powtarzaj' }).check();
    await page.getByRole('textbox', { name: 'Co ile tygodni' }).fill('2');
    await expect(page.getByRole('group', { name: 'W dni tygodnia' }).getByRole('button', { name: 'wtorek' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('textbox', { name: 'Liczba spotkań' }).fill('4');
    await expect(page.getByTestId('recurrence-summary')).toHaveText('Co 2 tygodnie we wtorek, łącznie 4 spotkania.');
    await expect(page.getByText(/FREQ=|INTERVAL=/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Zapisz' }).click();

    await expect(page.getByRole('heading', { name: 'Spotkanie PZK Będzin', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('02.03.2027, 17:00–19:00');
    await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('Co 2 tygodnie we wtorek, łącznie 4 spotkania (spotkań w serii: 4)');

    // The calendar's list view, March and April 2027: after the change to summer time the meetings still start at 17:00.
    await page.getByRole('link', { name: 'Pokaż w kalendarzu' }).click();
    const calendar = page.getByRole('region', { name: 'Kalendarz wydarzeń' });
    await calendar.getByRole('tab', { name: 'Lista' }).click();
    await expect(calendar.getByRole('heading', { name: 'marzec 2027' })).toBeVisible();
    const meetings = calendar.getByRole('link', { name: /Spotkanie PZK Będzin/ });
    await expect(meetings).toHaveCount(3);
    await expect(calendar).toContainText('2 marca 2027');
    await expect(calendar).toContainText('16 marca 2027');
    await expect(calendar).toContainText('30 marca 2027');
    await expect(calendar.getByText(/^17:00/)).toHaveCount(3);
    await calendar.getByRole('button', { name: 'Następny' }).click();
    await expect(calendar.getByRole('heading', { name: 'kwiecień 2027' })).toBeVisible();
    await expect(meetings).toHaveCount(1);
    await expect(calendar).toContainText('13 kwietnia 2027');
    await calendar.getByRole('button', { name: 'Poprzedni' }).click();

    // The second meeting moves to another room: this one only.
    await meetings.nth(1).click();
    await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('16.03.2027, 17:00–19:00');
    await page.getByRole('link', { name: 'Edytuj' }).click();
    await page.getByRole('textbox', { name: 'Tytuł' }).fill('Spotkanie PZK Będzin – sala w PUP');
    await page.getByRole('button', { name: 'Zapisz' }).click();
    const scope = page.getByRole('dialog', { name: 'Zmienić tylko to wydarzenie czy całą serię?' });
    await scope.getByRole('button', { name: 'Tylko to wydarzenie' }).click();
    await expect(page.getByRole('heading', { name: 'Spotkanie PZK Będzin – sala w PUP', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Informacje o wydarzeniu' })).toContainText('to spotkanie zmieniono osobno');

    await page.getByRole('link', { name: 'Pokaż w kalendarzu' }).click();
    await expect(calendar.getByRole('heading', { name: 'marzec 2027' })).toBeVisible();
    await calendar.getByRole('tab', { name: 'Lista' }).click();
    await expect(calendar.getByRole('link', { name: /Spotkanie PZK Będzin – sala w PUP/ })).toHaveCount(1);
    await expect(calendar.getByRole('link', { name: /^(?!.*sala w PUP).*Spotkanie PZK Będzin/ })).toHaveCount(2);
    const titles = (await create<{ title: string; startsAt: string }[]>(app, 'events.list', {})).map((event) => `${event.startsAt} ${event.title}`);
    expect(titles).toEqual([
      '2027-03-02T16:00:00.000Z Spotkanie PZK Będzin',
      '2027-03-16T16:00:00.000Z Spotkanie PZK Będzin – sala w PUP',
      '2027-03-30T15:00:00.000Z Spotkanie PZK Będzin',
      '2027-04-13T15:00:00.000Z Spotkanie PZK Będzin',
    ]);
  });

  test('a monthly series on the second Tuesday of the month: set in words, read back as a sentence, never as iCalendar', async ({ page, app }) => {
    test.setTimeout(90_000);
    await createPzk(app);
    await page.goto('./#/wydarzenia/nowe');
    await page.getByRole('textbox', { name: 'Tytuł' }).fill('Spotkanie PZK Będzin');
    await choose(page, 'Rodzaj', 'Spotkanie PZK (G-PZK)');
    // 9 March 2027 is the second Tuesday of March.
    await page.getByLabel('Data rozpoczęcia').fill('2027-03-09');
    await page.getByLabel('Godzina rozpoczęcia').fill('17:00');
    await page.getByLabel('Godzina zakończenia').fill('19:00');
    await choose(page, 'Partnerstwo', 'PZK Będzin');
    await page.getByRole('checkbox', { name: 'Powtarzaj' }).check();
    await choose(page, 'Częstotliwość', 'miesięcznie');
    const which = page.getByRole('radiogroup', { name: 'Którego dnia miesiąca' });
    await expect(which.getByRole('radio', { name: '9. dnia miesiąca' })).toBeChecked();
    await which.getByRole('radio', { name: 'W drugi wtorek miesiąca' }).check();
    await page.getByRole('textbox', { name: 'Liczba spotkań' }).fill('4');
    await expect(page.getByTestId('recurrence-summary')).toHaveText('W drugi wtorek miesiąca, łącznie 4 spotkania.');
    await page.getByRole('textbox', { name: 'Co ile miesięcy' }).fill('2');
    await expect(page.getByTestId('recurrence-summary')).toHaveText('Co 2 miesiące, w drugi wtorek miesiąca, łącznie 4 spotkania.');
    await page.getByRole('textbox', { name: 'Co ile miesięcy' }).fill('1');
    await expect(page.getByText(/FREQ=|BYDAY=/)).toHaveCount(0);
    // Too many meetings: the refusal reads in words next to the last day, not as COUNT/UNTIL.
    await page.getByRole('radio', { name: 'w dniu' }).check();
    await page.getByLabel('Ostatni dzień').fill('2045-12-31');
    await expect(page.getByTestId('recurrence-summary')).toHaveText('W drugi wtorek miesiąca, do 31.12.2045 r.'); // one full stop
    await page.getByRole('button', { name: 'Zapisz' }).click();
    await expect(page.getByText('Tak ustawione powtarzanie daje ponad 200 spotkań: zmniejsz ich liczbę albo wybierz wcześniejszy ostatni dzień.')).toBeVisible();
    await expect(page.getByText(/COUNT|UNTIL/)).toHaveCount(0);
    await page.getByRole('radio', { name: 'po liczbie spotkań' }).check();
    await page.getByRole('group', { name: 'Powtarzanie' }).screenshot({ path: 'docs/screenshots/recurrence-monthly.png' });
    await page.getByRole('button', { name: 'Zapisz' }).click();

    await expect(page.getByRole('heading', { name: 'Spotkanie PZK Będzin', level: 1 })).toBeVisible();
    const facts = page.getByRole('table', { name: 'Informacje o wydarzeniu' });
    await expect(facts).toContainText('09.03.2027, 17:00–19:00');
    await expect(facts).toContainText('W drugi wtorek miesiąca, łącznie 4 spotkania (spotkań w serii: 4)');
    await expect(page.getByText(/FREQ=|BYDAY=/)).toHaveCount(0);
    const starts = (await create<{ startsAt: string }[]>(app, 'events.list', {})).map((event) => event.startsAt);
    expect(starts).toEqual(['2027-03-09T16:00:00.000Z', '2027-04-13T15:00:00.000Z', '2027-05-11T15:00:00.000Z', '2027-06-08T15:00:00.000Z']);
  });
});

test('dragging an event in the calendar moves it after a confirmation; cancelling puts it back', async ({ page, app }) => {
  const event = await create<EventDetail>(app, 'events.save', { title: 'Szkolenie: dialog motywujący', type: 'training', startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T15:00:00+01:00', terytCode: BEDZIN });
  await page.goto('./#/kalendarz?data=2026-03-01&widok=miesiac');
  const calendar = page.getByRole('region', { name: 'Kalendarz wydarzeń' });
  const training = calendar.getByRole('link', { name: /Szkolenie: dialog motywujący/ });
  const confirm = page.getByRole('dialog', { name: 'Przenieść „Szkolenie: dialog motywujący” na 19.03.2026 9:00?' });

  await training.dragTo(calendar.getByRole('cell', { name: '19 marca 2026', exact: true }));
  await confirm.getByRole('button', { name: 'Anuluj' }).click();
  await expect(calendar.getByRole('cell', { name: /^10 marca 2026/ }).getByRole('link', { name: /Szkolenie: dialog motywujący/ })).toBeVisible();
  expect((await create<EventDetail>(app, 'events.get', { id: event.id })).startsAt).toBe('2026-03-10T08:00:00.000Z');

  await training.dragTo(calendar.getByRole('cell', { name: '19 marca 2026', exact: true }));
  await confirm.getByRole('button', { name: 'Przenieś' }).click();
  await expect(confirm).toBeHidden();
  await expect(calendar.getByRole('cell', { name: /^19 marca 2026/ }).getByRole('link', { name: /Szkolenie: dialog motywujący/ })).toBeVisible();
  const moved = await create<EventDetail>(app, 'events.get', { id: event.id });
  expect([moved.startsAt, moved.endsAt]).toEqual(['2026-03-19T08:00:00.000Z', '2026-03-19T14:00:00.000Z']);
});

test('the coaching and supervision register sums clock hours per person, individual and group apart', async ({ page, app }) => {
  const pzk = await createPzk(app);
  const sessions = [
    { title: 'Superwizja grupowa zespołu PZK', type: 'supervision', mode: 'group', hours: 3, day: '2026-04-14' },
    { title: 'Coaching indywidualny', type: 'coaching', mode: 'individual', hours: 1.5, day: '2026-04-21' },
  ];
  for (const session of sessions) {
    const event = await create<EventDetail>(app, 'events.save', {
      title: session.title,
      type: session.type,
      mode: session.mode,
      status: 'held',
      hours: session.hours,
      hourUnit: 'clock',
      startsAt: `${session.day}T09:00:00+02:00`,
      endsAt: `${session.day}T12:00:00+02:00`,
      partnershipId: pzk.id,
    });
    await create(app, 'events.addPartnershipMembers', { eventId: event.id, partnershipId: pzk.id });
    const detail = await create<EventDetail>(app, 'events.get', { id: event.id });
    const who = session.mode === 'group' ? detail.participants : detail.participants.filter((p) => p.name === 'Ewa Ślązak');
    await create(app, 'events.setAttendance', { eventId: event.id, marks: detail.participants.map((p) => ({ participantId: p.id, day: session.day, status: who.includes(p) ? 'present' : 'absent' })) });
  }

  await page.goto('./#/wydarzenia');
  await page.getByRole('tab', { name: 'Rejestr coachingu i superwizji' }).click();
  await page.getByLabel('Od dnia').fill('2026-04-01');
  await page.getByLabel('Do dnia').fill('2026-04-30');
  const register = page.getByRole('table', { name: 'Rejestr coachingu i superwizji' });
  const cells = (name: string) => register.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
  await expect(cells('Ewa Ślązak')).toHaveText(['Powiatowy Urząd Pracy w Będzinie', '1,5', '3', '4,5', '2']);
  await expect(cells('Łukasz Żołądź')).toHaveText(['Komenda Powiatowa Policji w Będzinie', '0', '3', '3', '1']);
  await expect(cells('Razem otrzymane (suma osób)')).toHaveText(['1,5', '15', '16,5', '6']);
  // Delivered as every other figure counts them: the group session once, by its 3 hours held.
  await expect(page.getByTestId('coaching-delivered')).toContainText('indywidualne 1,5, grupowe 3, razem 4,5; odbyte sesje: 2.');
});
