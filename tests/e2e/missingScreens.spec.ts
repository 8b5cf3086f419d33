/**
 * The screens an office missed: the register of issued certificates (filters, XLSX and PDF read back), the coaching
 * and supervision register's export with totals per coach and supervisor, a person's own history.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { dispatch } from '../../main/ipc/dispatch';
import type { ChannelName, EventDetail, Institution, ParticipantsAdded, Person, Project } from '../../preload/contract';
import { pdfToText } from '../support/pdf';
import { expect, test, type TestApp } from './support/fixtures';

async function create<T>(app: TestApp, channel: ChannelName, input: object): Promise<T> {
  const result = await dispatch(app.runtime, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fieldErrors ?? {})}`);
  return result.value as T;
}

const BEDZIN = '2401011';

/** A project's two workshops and a training outside it, each with people present and certificates issued. */
async function officeWithCertificates(app: TestApp) {
  const project = await create<Project>(app, 'projects.save', { name: 'Kooperacje 3D' });
  const mops = await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', type: 'ops', terytCode: BEDZIN });
  const person = (firstName: string, lastName: string) => create<Person>(app, 'people.save', { firstName, lastName, institutionId: mops.id, position: 'pracownik socjalny' });
  const anna = await person('Anna', 'Łęcka');
  const jan = await person('Jan', 'Żak');
  const ewa = await person('Ewa', 'Ślązak');
  const held = async (title: string, type: string, day: string, projectId: string | null, people: Person[], extra: object = {}) => {
    const event = await create<EventDetail>(app, 'events.save', { title, type, status: 'held', startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T15:00:00+01:00`, terytCode: BEDZIN, projectId, hours: 6, hourUnit: 'didactic', ...extra });
    const detail = (await create<{ added: unknown[] }>(app, 'events.addParticipants', { eventId: event.id, personIds: people.map((p) => p.id) })) && (await create<EventDetail>(app, 'events.get', { id: event.id }));
    await create(app, 'events.setAttendance', { eventId: event.id, marks: detail.participants.map((participant) => ({ participantId: participant.id, day, status: 'present' })) });
    return event;
  };
  const workshop = await held('Warsztat „Razem łatwiej”', 'workshop', '2026-03-12', project.id, [anna, jan]);
  const training = await held('Szkolenie: dialog motywujący', 'training', '2026-05-06', null, [anna, ewa]);
  await create(app, 'eventDocuments.issueCertificates', { eventId: workshop.id, issuedOn: '2026-03-13' });
  await create(app, 'eventDocuments.issueCertificates', { eventId: training.id, issuedOn: '2026-05-07' });
  return { project, anna, jan, ewa, workshop, training, mops };
}

test('the register of issued certificates: filtered by project and event, downloaded as XLSX and PDF and read back', async ({ page, app }) => {
  test.setTimeout(90_000);
  const { workshop } = await officeWithCertificates(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./#/wydarzenia');
  await page.getByRole('tab', { name: 'Rejestr zaświadczeń' }).click();
  await expect(page.getByRole('heading', { name: 'Rejestr wydanych zaświadczeń', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Rejestr wydanych zaświadczeń' });
  await expect(table.getByRole('rowheader')).toHaveText(['1/2026', '2/2026', '3/2026', '4/2026']);
  await expect(page.getByText('4 zaświadczenia', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/certificate-register.png' });

  await page.getByRole('combobox', { name: 'Projekt' }).click();
  await page.getByRole('option', { name: 'Kooperacje 3D' }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['1/2026', '2/2026']);
  await expect(table).toContainText('Anna Łęcka');
  await expect(table).not.toContainText('dialog motywujący');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz XLSX' }).click();
  const file = path.join(app.dir, (await download).suggestedFilename());
  expect(path.basename(file)).toBe('rejestr zaświadczeń 2026.xlsx');
  await (await download).saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows = workbook.worksheets[0]!.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1));
  expect(rows[0]).toEqual(['Lp.', 'Nr zaświadczenia', 'Data wydania', 'Imię i nazwisko', 'Wydarzenie', 'Rodzaj wydarzenia', 'Początek wydarzenia', 'Koniec wydarzenia', 'Projekt']);
  expect(rows.slice(1).map((row) => [row[0], row[1], row[3], row[4], row[8]])).toEqual([
    [1, '1/2026', 'Anna Łęcka', 'Warsztat „Razem łatwiej”', 'Kooperacje 3D'],
    [2, '2/2026', 'Jan Żak', 'Warsztat „Razem łatwiej”', 'Kooperacje 3D'],
  ]);

  await page.getByRole('combobox', { name: 'Projekt' }).click();
  await page.getByRole('option', { name: 'wszystkie projekty' }).click();
  await page.getByRole('combobox', { name: 'Wydarzenie' }).click();
  await page.getByRole('option', { name: /Szkolenie: dialog motywujący/ }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['3/2026', '4/2026']);
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz PDF' }).click();
  const pdf = path.join(app.dir, 'rejestr.pdf');
  await (await pdfDownload).saveAs(pdf);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(pdf)))).replace(/\s+/g, ' ');
  expect(text).toContain('REJESTR WYDANYCH ZAŚWIADCZEŃ – 2026 r.');
  expect(text).toContain('Zakres: wydarzenie „Szkolenie: dialog motywujący”.');
  expect(text).toContain('Ewa Ślązak');
  expect(text).not.toContain('Jan Żak');
  expect(text).toContain('Wydano 2 zaświadczenia.');

  // A name leads to the person's page.
  await table.getByRole('link', { name: 'Ewa Ślązak' }).click();
  await expect(page.getByRole('textbox', { name: 'Nazwisko' })).toHaveValue('Ślązak');

  // An event's page leads to its certificates in the register.
  await page.goto(`./#/wydarzenia/${workshop.id}`);
  await page.getByRole('link', { name: 'Zobacz w rejestrze zaświadczeń' }).click();
  await expect(page.getByRole('combobox', { name: 'Wydarzenie' })).toContainText('Warsztat „Razem łatwiej”');
  await expect(page.getByRole('table', { name: 'Rejestr wydanych zaświadczeń' }).getByRole('rowheader')).toHaveText(['1/2026', '2/2026']);
});

test("a person's page shows their history: events attended and led, hours, certificates and totals", async ({ page, app }) => {
  test.setTimeout(90_000);
  const { anna, jan } = await officeWithCertificates(app);
  // Registered for a planned meeting (not counted as attended), and leading a held coaching session.
  const planned = await create<EventDetail>(app, 'events.save', { title: 'Spotkanie PZK Będzin', type: 'pzk_meeting', startsAt: '2026-12-15T17:00:00+01:00', endsAt: '2026-12-15T19:00:00+01:00', terytCode: BEDZIN });
  await create(app, 'events.addParticipants', { eventId: planned.id, personIds: [anna.id] });
  await create(app, 'events.save', {
    title: 'Coaching zespołu OPS', type: 'coaching', status: 'held', mode: 'group', startsAt: '2026-06-10T09:00:00+02:00', endsAt: '2026-06-10T12:00:00+02:00', hours: 3, hourUnit: 'clock', terytCode: BEDZIN,
    leaders: [{ personId: anna.id, role: 'coach' }],
  });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`./#/osoby/${anna.id}`);
  const history = page.getByRole('region', { name: 'Historia udziału' });
  await history.scrollIntoViewIfNeeded();
  const totals = history.getByRole('table', { name: 'Podsumowanie udziału' });
  const total = (name: string) => totals.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
  await expect(total('Wydarzenia, na które osoba była zapisana')).toHaveText('3');
  await expect(total('Odbyte wydarzenia z udziałem osoby')).toHaveText('2');
  await expect(total('Godziny udziału')).toHaveText('9'); // 2 × 6 didactic hours of 45 minutes
  await expect(total('Wydane zaświadczenia')).toHaveText('2');
  await expect(total('Wydarzenia prowadzone')).toHaveText('1');
  await expect(total('Godziny prowadzenia')).toHaveText('3');

  const attended = history.getByRole('table', { name: 'Udział w wydarzeniach' });
  await expect(attended.getByRole('rowheader')).toHaveText([/^Spotkanie PZK Będzin/, /^Szkolenie: dialog motywujący/, /^Warsztat „Razem łatwiej”/]);
  const row = (title: string) => attended.getByRole('row', { name: new RegExp(title) });
  await expect(row('Szkolenie: dialog motywujący')).toContainText('dni obecności: 1 z 1');
  await expect(row('Szkolenie: dialog motywujący')).toContainText('6 godzin dydaktycznych');
  await expect(row('Szkolenie: dialog motywujący')).toContainText('3/2026');
  await expect(row('Warsztat „Razem łatwiej”')).toContainText('1/2026');
  await expect(row('Spotkanie PZK Będzin')).toContainText('nieoznaczona');
  await expect(history.getByRole('table', { name: 'Prowadzone wydarzenia' })).toContainText('Coaching zespołu OPS');
  await expect(history.getByRole('table', { name: 'Prowadzone wydarzenia' })).toContainText('coach');
  await history.screenshot({ path: 'docs/screenshots/person-history.png' });

  await row('Warsztat „Razem łatwiej”').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Warsztat „Razem łatwiej”', level: 1 })).toBeVisible();

  // Someone never registered reads so, not an empty table.
  const fresh = await create<Person>(app, 'people.save', { firstName: 'Olga', lastName: 'Nowicka' });
  await page.goto(`./#/osoby/${fresh.id}`);
  await expect(page.getByText('Osoba nie była jeszcze zapisana na żadne wydarzenie.')).toBeVisible();
  expect(jan.id).not.toBe(anna.id);
});

test('the coaching and supervision register is exported to XLSX and PDF with totals per coach and supervisor', async ({ page, app }) => {
  test.setTimeout(90_000);
  const mops = await create<Institution>(app, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', type: 'ops', terytCode: BEDZIN });
  const worker = (firstName: string, lastName: string) => create<Person>(app, 'people.save', { firstName, lastName, institutionId: mops.id, roles: ['social_worker'] });
  const anna = await worker('Anna', 'Łęcka');
  const piotr = await worker('Piotr', 'Lis');
  const coach = await create<Person>(app, 'people.save', { firstName: 'Olga', lastName: 'Czarnecka', roles: ['coach'] });
  const supervisor = await create<Person>(app, 'people.save', { firstName: 'Marek', lastName: 'Borowy', roles: ['supervisor'] });
  const session = async (title: string, type: 'coaching' | 'supervision', mode: 'individual' | 'group', day: string, hours: number, leader: Person, people: Person[]) => {
    const event = await create<EventDetail>(app, 'events.save', {
      title, type, mode, status: 'held', startsAt: `${day}T09:00:00+02:00`, endsAt: `${day}T12:00:00+02:00`, hours, hourUnit: 'clock', terytCode: BEDZIN,
      leaders: [{ personId: leader.id, role: type === 'coaching' ? 'coach' : 'supervisor' }],
    });
    const { added } = await create<ParticipantsAdded>(app, 'events.addParticipants', { eventId: event.id, personIds: people.map((p) => p.id) });
    // Everyone came: only hours of people marked present count (the one rule for a delivered hour).
    await create(app, 'events.setAttendance', { eventId: event.id, marks: added.map((p) => ({ participantId: p.id, day, status: 'present' })) });
  };
  await session('Coaching indywidualny', 'coaching', 'individual', '2026-04-07', 2, coach, [anna]);
  await session('Coaching grupowy', 'coaching', 'group', '2026-04-21', 3, coach, [anna, piotr]);
  await session('Superwizja grupowa', 'supervision', 'group', '2026-06-09', 4, supervisor, [anna, piotr]);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./#/wydarzenia/rejestr-coachingu');
  const leaders = page.getByRole('table', { name: 'Coachowie i superwizorzy' });
  await expect(leaders.getByRole('row', { name: /Olga Czarnecka/ })).toContainText('coach');
  await expect(leaders.getByRole('row', { name: /Olga Czarnecka/ }).getByRole('cell')).toHaveText(['—', 'coach', '2', '3', '5', '2']);
  await expect(leaders.getByRole('row', { name: /Marek Borowy/ }).getByRole('cell')).toHaveText(['—', 'superwizor', '0', '4', '4', '1']);
  await expect(leaders.getByRole('row', { name: /^Razem/ }).getByRole('cell')).toHaveText(['2', '7', '9', '3']);
  await page.screenshot({ path: 'docs/screenshots/coaching-register.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz XLSX' }).click();
  const file = path.join(app.dir, 'rejestr.xlsx');
  await (await download).saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[] | undefined)?.slice(1) ?? []);
  const today = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(new Date());
  expect(values('Uczestnicy')[0]).toEqual([`Rejestr coachingu i superwizji od 01.01.${today.slice(-4)} do ${today} (godziny zegarowe)`]);
  expect(values('Uczestnicy').slice(3)).toEqual([
    ['Piotr Lis', 'Miejski Ośrodek Pomocy Społecznej w Będzinie', 0, 7, 7, 2],
    ['Anna Łęcka', 'Miejski Ośrodek Pomocy Społecznej w Będzinie', 2, 7, 9, 3],
    ['Razem', undefined, 2, 14, 16, 5],
  ]);
  expect(values('Coachowie i superwizorzy').slice(3)).toEqual([
    ['Marek Borowy', undefined, 'superwizor', 0, 4, 4, 1],
    ['Olga Czarnecka', undefined, 'coach', 2, 3, 5, 2],
    ['Razem', undefined, undefined, 2, 7, 9, 3],
  ]);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Pobierz PDF' }).click();
  const pdf = path.join(app.dir, 'rejestr.pdf');
  await (await pdfDownload).saveAs(pdf);
  const text = (await pdfToText(new Uint8Array(fs.readFileSync(pdf)))).replace(/\s+/g, ' ');
  expect(text).toContain('REJESTR COACHINGU I SUPERWIZJI');
  expect(text).toContain('Coachowie i superwizorzy');
  expect(text).toContain('Olga Czarnecka — coach 2 3 5 2');
  expect(text).toContain('Olga Czarnecka — coach 2 3 5 2 2 7 9 3'); // the totals row follows the last leader
});
