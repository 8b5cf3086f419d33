/**
 * One truth for every figure: one data set, entered through the contract, and every indicator shows the same value
 * on the dashboard, in the summary's JSON and XLSX, in its narrative, and in the coaching and supervision register.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoachingRegister, DashboardOverview, EventDetail, ExportedFile, Institution, ParticipantsAdded, Person, Project, ReportSummary } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';
import * as dayHeadcounts from '../../db/migrations/20261207_015_event_day_headcount';

let temp: TempDatabase;
let ctx: Runtime;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
});
afterEach(async () => {
  await temp.cleanup();
});

const BEDZIN = '2401011';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

async function call<T>(channel: string, input: unknown): Promise<T> {
  return unwrap<T>(await dispatch(ctx, channel as never, input));
}

/** A held event on a day with people, each marked as given ('present', 'absent', 'excused'), some with own hours. */
async function held(projectId: string, title: string, day: string, fields: Record<string, unknown>, people: [Person, string, number?][]): Promise<EventDetail> {
  const event = await call<EventDetail>('events.save', { title, status: 'held', projectId, terytCode: BEDZIN, startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T13:00:00+01:00`, ...fields });
  if (people.length) {
    const { added } = await call<ParticipantsAdded>('events.addParticipants', { eventId: event.id, personIds: people.map(([p]) => p.id) });
    const byPerson = new Map(added.map((participant) => [participant.personId, participant.id]));
    await call('events.setAttendance', { eventId: event.id, marks: people.map(([p, status]) => ({ participantId: byPerson.get(p.id), day, status })) });
    for (const [p, , hours] of people) if (hours !== undefined) await call('events.setParticipantHours', { participantId: byPerson.get(p.id), hours });
  }
  return event;
}

describe('one truth for every figure', () => {
  it('shows every indicator with the same value on the dashboard, in the JSON, the XLSX, the narrative and the register', async () => {
    const mops = await call<Institution>('institutions.save', { name: 'MOPS w Będzinie', type: 'ops', terytCode: BEDZIN });
    const worker = (first: string, last: string) => call<Person>('people.save', { firstName: first, lastName: last, institutionId: mops.id, roles: ['social_worker'] });
    const [nowak, lis, mazur] = [await worker('Anna', 'Nowak'), await worker('Piotr', 'Lis'), await worker('Jan', 'Mazur')];
    const guest = await call<Person>('people.save', { firstName: 'Ewa', lastName: 'Gość', institutionId: null, roles: [] });

    const project = await call<Project>('projects.save', {
      name: 'Kooperacje 3D',
      indicators: [
        { code: 'W1', name: 'Liczba utworzonych PZK', unit: 'szt.', target: 2, measure: { kind: 'partnerships', partnershipKinds: ['pzk'], state: 'formed' } },
        { code: 'W2', name: 'Liczba porozumień zawartych z JST', unit: 'szt.', target: 2, measure: { kind: 'agreements' } },
        { code: 'W3', name: 'Liczba warsztatów kooperacyjnych', unit: 'szt.', target: 4, measure: { kind: 'events', eventTypes: ['workshop'] } },
        { code: 'W4', name: 'Godziny coachingu indywidualnego', unit: 'godz. zegarowe', target: 10, measure: { kind: 'hours', eventTypes: ['coaching'], hourUnit: 'clock_equivalent', mode: 'individual' } },
        { code: 'W5', name: 'Godziny superwizji indywidualnej i grupowej', unit: 'godz. zegarowe', target: 14, measure: { kind: 'hours', eventTypes: ['supervision'], hourUnit: 'clock_equivalent', mode: null } },
        { code: 'W6', name: 'Pracownicy socjalni objęci coachingiem', unit: 'os.', target: 4, measure: { kind: 'people', eventTypes: ['coaching'], roles: ['social_worker'] } },
      ],
    });
    await call('partnerships.save', { kind: 'pzk', name: 'PZK Będzin', projectId: project.id, terytCode: BEDZIN, leaderInstitutionId: mops.id, formalisedOn: '2026-02-01' });
    await call('agreements.save', { number: 'POR/1/2026', status: 'signed', signedOn: '2026-03-01', projectId: project.id, parties: [{ kind: 'voivodeship', terytCode: '24', name: 'Województwo Śląskie' }, { kind: 'gmina', terytCode: BEDZIN, name: 'Gmina Będzin' }] });
    await held(project.id, 'Warsztat kooperacyjny', '2026-03-10', { type: 'workshop', hours: 5 }, [[nowak, 'present']]);

    // Individual coaching, 2 clock hours: Nowak came; Lis came with 3 hours of his own; Mazur's participant was absent
    // and the guest's excused — those two delivered nothing.
    const coaching = { type: 'coaching', mode: 'individual', hours: 2, hourUnit: 'clock' };
    await held(project.id, 'Coaching – Nowak', '2026-04-07', coaching, [[nowak, 'present']]);
    await held(project.id, 'Coaching – Lis', '2026-04-08', coaching, [[lis, 'present', 3]]);
    await held(project.id, 'Coaching – Mazur', '2026-04-09', coaching, [[mazur, 'absent']]);
    await held(project.id, 'Coaching – gość', '2026-04-10', coaching, [[guest, 'excused']]);
    // Supervision: two individual sessions of 2 clock hours, and a group one of 4 didactic hours (3 clock) for three.
    const supervision = { type: 'supervision', hours: 2, hourUnit: 'clock' };
    await held(project.id, 'Superwizja – Nowak', '2026-05-05', { ...supervision, mode: 'individual' }, [[nowak, 'present']]);
    await held(project.id, 'Superwizja – Lis', '2026-05-06', { ...supervision, mode: 'individual' }, [[lis, 'present']]);
    await held(project.id, 'Superwizja grupowa', '2026-05-07', { ...supervision, mode: 'group', hours: 4, hourUnit: 'didactic' }, [
      [nowak, 'present'],
      [lis, 'present'],
      [mazur, 'present'],
    ]);

    // What the data say, by the one rule of a delivered hour.
    const expected: Record<string, number> = { W1: 1, W2: 1, W3: 1, W4: 5, W5: 7, W6: 2 };

    const dashboard = await call<DashboardOverview>('dashboard.overview', { today: '2026-12-31' });
    expect(Object.fromEntries(dashboard.indicators.map((i) => [i.code, i.achieved]))).toEqual(expected);

    const summary = await call<ReportSummary>('reports.summary', YEAR);
    expect(Object.fromEntries(summary.indicators.map((i) => [i.code, i.achieved]))).toEqual(expected);

    const json = await call<ExportedFile>('reports.export', { ...YEAR, format: 'json' });
    const parsed = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as ReportSummary;
    expect(Object.fromEntries(parsed.indicators.map((i) => [i.code, i.achieved]))).toEqual(expected);
    expect(parsed.coaching.individual.clockEquivalent).toBe(expected.W4);
    expect(parsed.supervision.total.clockEquivalent).toBe(expected.W5);

    const xlsx = await call<ExportedFile>('reports.export', { ...YEAR, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64').buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Wskaźniki')!;
    const header = Array.from(sheet.getRow(1).values as unknown[], (value) => String(value ?? ''));
    const codeColumn = header.indexOf('Kod');
    const achievedColumn = header.findIndex((h) => h.startsWith('Osiągnięto'));
    expect([codeColumn, achievedColumn].every((c) => c > 0)).toBe(true);
    const fromSheet: Record<string, number> = {};
    for (let r = 2; r <= sheet.rowCount; r++) fromSheet[String(sheet.getRow(r).getCell(codeColumn).value)] = Number(sheet.getRow(r).getCell(achievedColumn).value);
    expect(fromSheet).toEqual(expected);

    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    const items = summary.narrative.items.map(plain);
    expect(items.some((item) => item.startsWith('przeprowadzono 5 godzin indywidualnego coachingu dla 2 pracowników socjalnych'))).toBe(true);
    expect(items.some((item) => item.startsWith('zrealizowano 7 godzin superwizji indywidualnej i grupowej'))).toBe(true);

    const coachingRegister = await call<CoachingRegister>('events.coachingRegister', { ...YEAR, type: 'coaching' });
    expect(coachingRegister.delivered.individualHours).toBe(expected.W4);
    // Per person: what each received; the absent and the excused got nothing.
    expect(coachingRegister.rows.filter((row) => row.totalHours > 0).map((row) => [row.name, row.individualHours])).toEqual([
      ['Piotr Lis', 3],
      ['Anna Nowak', 2],
    ]);
    const supervisionRegister = await call<CoachingRegister>('events.coachingRegister', { ...YEAR, type: 'supervision' });
    expect(supervisionRegister.delivered).toEqual({ individualHours: 4, groupHours: 3, totalHours: expected.W5, sessions: 3 });
    // The group session counts once as delivered, and for each of the three people as received.
    expect(supervisionRegister.totals.groupHours).toBe(9);
  });
});

describe('nothing drops out silently', () => {
  it('lists a past planned event "do rozliczenia" and in the summary as left out; a cancelled one with its reason, in no count', async () => {
    const project = await call<Project>('projects.save', { name: 'Kooperacje 3D', indicators: [{ code: 'W3', name: 'Warsztaty', unit: 'szt.', target: 4, measure: { kind: 'events', eventTypes: ['workshop'] } }] });
    const event = (title: string, status: string, day: string, extra: object = {}) =>
      call<EventDetail>('events.save', { title, type: 'workshop', status, projectId: project.id, terytCode: BEDZIN, startsAt: `${day}T09:00:00+01:00`, endsAt: `${day}T13:00:00+01:00`, hours: 4, ...extra });
    await event('Warsztat odbyty', 'held', '2026-02-10');
    const forgotten = await event('Warsztat nierozliczony', 'planned', '2026-03-10');
    await event('Warsztat odwołany', 'cancelled', '2026-03-17', { cancellationReason: 'brak zgłoszeń z gminy' });
    const summaryOf = () => call<ReportSummary>('reports.summary', YEAR);

    const dashboard = await call<DashboardOverview>('dashboard.overview', { today: '2026-12-31' });
    expect(dashboard.toSettle.map((e) => e.title)).toEqual(['Warsztat nierozliczony']);

    const before = await summaryOf();
    expect(before.events.workshop.count).toBe(1);
    expect(before.indicators[0]!.achieved).toBe(1);
    expect(before.leftOut.map((e) => [e.title, e.startDay])).toEqual([['Warsztat nierozliczony', '2026-03-10']]);
    expect(before.cancelled.map((e) => [e.title, e.cancellationReason])).toEqual([['Warsztat odwołany', 'brak zgłoszeń z gminy']]);
    expect(before.narrative.paragraphs).toContain(
      'Poza zestawieniem pozostaje 1 wydarzenie z tego okresu, które nadal ma status „planowane”, choć się zakończyło – do rozliczenia (oznaczenia jako odbyte albo odwołane): „Warsztat nierozliczony” (10.03.2026).',
    );
    expect(before.narrative.paragraphs).toContain('Odwołano 1 wydarzenie: „Warsztat odwołany” (17.03.2026) – brak zgłoszeń z gminy.');

    // One click: cancelling asks for the reason; marking held brings it into every figure.
    expect(await dispatch(ctx, 'events.settle', { id: forgotten.id, version: forgotten.version, status: 'cancelled' })).toMatchObject({ ok: false, error: { fieldErrors: { cancellationReason: 'Podaj powód odwołania' } } });
    await call('events.settle', { id: forgotten.id, version: forgotten.version, status: 'held' });
    expect((await call<DashboardOverview>('dashboard.overview', { today: '2026-12-31' })).toSettle).toEqual([]);
    const after = await summaryOf();
    expect([after.events.workshop.count, after.indicators[0]!.achieved, after.leftOut.length]).toEqual([2, 2, 0]);
  });
});

/** What the event form sends back for an event as it is. */
function eventSaveOf(event: EventDetail) {
  const { id, version, title, type, status, projectId, partnershipId, terytCode, place, organiserInstitutionId, startsAt, endsAt, hours, hourUnit, mode, certificateRule, certificateMinShare, notes, cancellationReason, unnamedByDay } = event;
  const leaders = event.leaders.map((leader) => ({ personId: leader.personId, role: leader.role }));
  return { id, version, title, type, status, projectId, partnershipId, terytCode, place, organiserInstitutionId, startsAt, endsAt, hours, hourUnit, mode, certificateRule, certificateMinShare, notes, cancellationReason, unnamedByDay, leaders };
}

describe('counted, not named', () => {
  const named = (count: number) => Promise.all(Array.from({ length: count }, (_, i) => call<Person>('people.save', { firstName: 'Osoba', lastName: `Uczestnik ${i + 1}`, institutionId: null, roles: [] })));
  const plain = (text: string) => text.replace(/\u00a0/g, ' ');

  it('reports a conference with a headcount of 150, 23 of them named on the list, as 150 people', async () => {
    const people = await named(23);
    await held('', 'Konferencja otwierająca', '2026-06-02', { type: 'conference', projectId: null, hours: 6, hourUnit: 'clock', unnamedByDay: [{ day: '2026-06-02', count: 127 }] }, people.map((p): [Person, string] => [p, 'present']));
    const summary = await call<ReportSummary>('reports.summary', YEAR);
    expect(summary.events.conference).toMatchObject({ count: 1, participants: 23, unnamed: 127 });
    expect(summary.narrative.items.map(plain)).toContain('zorganizowano 1 konferencję (łącznie 6 godzin zegarowych); udział wzięło 150 osób, w tym 23 z listy uczestników');
  });

  it('counts a two-day conference (127 not named on day 1, 97 on day 2) by its larger day: 150 people, 23 from the list, the same on the event and in the summary', async () => {
    const people = await named(23);
    const conference = await call<EventDetail>('events.save', {
      title: 'Konferencja regionalna „Kooperacja w praktyce”',
      type: 'conference',
      status: 'held',
      projectId: null,
      terytCode: BEDZIN,
      startsAt: '2026-06-02T09:00:00+02:00',
      endsAt: '2026-06-03T15:00:00+02:00',
      hours: 12,
      hourUnit: 'clock',
      unnamedByDay: [{ day: '2026-06-03', count: 97 }, { day: '2026-06-02', count: 127 }],
    });
    expect(conference.days).toEqual(['2026-06-02', '2026-06-03']);
    expect(conference.unnamedByDay).toEqual([{ day: '2026-06-02', count: 127 }, { day: '2026-06-03', count: 97 }]);
    expect(conference.unnamedParticipants).toBe(127);
    // All 23 named came on day 1, 20 of them on day 2: still 23 people from the list.
    const { added } = await call<ParticipantsAdded>('events.addParticipants', { eventId: conference.id, personIds: people.map((p) => p.id) });
    await call('events.setAttendance', {
      eventId: conference.id,
      marks: added.flatMap((participant, i) => [
        { participantId: participant.id, day: '2026-06-02', status: 'present' },
        { participantId: participant.id, day: '2026-06-03', status: i < 20 ? 'present' : 'absent' },
      ]),
    });
    const detail = await call<EventDetail>('events.get', { id: conference.id });
    expect(detail.counts).toEqual({ registered: 23, present: 23 });
    expect(detail.counts.present + detail.unnamedParticipants!).toBe(150);

    const summary = await call<ReportSummary>('reports.summary', YEAR);
    expect(summary.events.conference).toMatchObject({ count: 1, participants: 23, unnamed: 127, attendances: 43 });
    expect(summary.eventTotals).toMatchObject({ participants: 23, unnamed: 127 });
    expect(summary.countedEvents).toEqual([
      expect.objectContaining({ id: conference.id, startDay: '2026-06-02', endDay: '2026-06-03', named: 23, unnamedByDay: [{ day: '2026-06-02', count: 127 }, { day: '2026-06-03', count: 97 }], unnamed: 127, people: 150 }),
    ]);
    // The JSON file is the same object.
    const json = await call<ExportedFile>('reports.export', { ...YEAR, format: 'json' });
    expect((JSON.parse(Buffer.from(json.contentBase64, 'base64').toString('utf8')) as ReportSummary).countedEvents).toEqual(summary.countedEvents);
    expect(summary.narrative.items.map(plain)).toContain('zorganizowano 1 konferencję (łącznie 12 godzin zegarowych); udział wzięło 150 osób, w tym 23 z listy uczestników');
    // The XLSX states the same.
    const file = await call<ExportedFile>('reports.export', { ...YEAR, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.contentBase64, 'base64').buffer as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(plain(String(cell.value ?? ''))))));
    expect(cells.join('\n')).toContain('udział wzięło 150 osób, w tym 23 z listy uczestników');

    // The day 2 count is corrected to 140: the larger day is now day 2, 163 people.
    await call('events.save', { ...eventSaveOf(await call<EventDetail>('events.get', { id: conference.id })), unnamedByDay: [{ day: '2026-06-02', count: 127 }, { day: '2026-06-03', count: 140 }] });
    const corrected = await call<ReportSummary>('reports.summary', YEAR);
    expect(corrected.events.conference).toMatchObject({ participants: 23, unnamed: 140 });
    expect(corrected.narrative.items.map(plain)).toEqual(['zorganizowano 1 konferencję (łącznie 12 godzin zegarowych); udział wzięły 163 osoby, w tym 23 z listy uczestników']);
  });

  it('refuses a headcount on a day outside the event, twice the same day, or a negative number, next to the field, and a move that would leave a counted day behind', async () => {
    const fields = { title: 'Konferencja', type: 'conference', status: 'held', projectId: null, terytCode: BEDZIN, startsAt: '2026-06-02T09:00:00+02:00', endsAt: '2026-06-03T15:00:00+02:00', hours: 12, hourUnit: 'clock' };
    const refused = await dispatch(ctx, 'events.save', { ...fields, unnamedByDay: [{ day: '2026-06-04', count: 10 }, { day: '2026-06-02', count: 5 }, { day: '2026-06-02', count: 6 }, { day: '2026-06-03', count: -1 }] });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: {
          'unnamedByDay.3.count': 'Liczba osób spoza listy musi być liczbą całkowitą nie mniejszą niż 0',
        },
      },
    });
    const ruled = await dispatch(ctx, 'events.save', { ...fields, unnamedByDay: [{ day: '2026-06-04', count: 10 }, { day: '2026-06-02', count: 5 }, { day: '2026-06-02', count: 6 }] });
    expect(ruled).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: {
          'unnamedByDay.0.day': 'Dzień 04.06.2026 jest poza terminem wydarzenia',
          'unnamedByDay.2.day': 'Dzień 02.06.2026 ma już podaną liczbę osób spoza listy',
        },
      },
    });
    expect(await ctx.db('events').count({ n: '*' })).toEqual([{ n: 0 }]);

    const saved = await call<EventDetail>('events.save', { ...fields, unnamedByDay: [{ day: '2026-06-03', count: 97 }] });
    const moved = await dispatch(ctx, 'events.reschedule', { id: saved.id, version: saved.version, startsAt: '2026-06-09T09:00:00+02:00' });
    expect(moved).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!moved.ok) expect(moved.error.message + JSON.stringify(moved.error.fieldErrors ?? {})).toContain('Liczba osób spoza listy jest już podana dla dni, których wydarzenie w nowym terminie nie obejmuje (03.06.2026)');
    expect(await ctx.db('event_day_headcounts').select('day', 'count')).toEqual([{ day: '2026-06-03', count: 97 }]);
    // Shortened to its first day in the form, without the second day's count: saved, and the count goes with the day.
    const shortened = await call<EventDetail>('events.save', { ...eventSaveOf(saved), endsAt: '2026-06-02T15:00:00+02:00', unnamedByDay: [{ day: '2026-06-02', count: 90 }] });
    expect(shortened.unnamedByDay).toEqual([{ day: '2026-06-02', count: 90 }]);
  });

  it('takes one day’s count from the attendance screen: a change of the event, audited; a day outside it or a stale version is refused', async () => {
    const saved = await call<EventDetail>('events.save', { title: 'Konferencja', type: 'conference', status: 'held', projectId: null, terytCode: BEDZIN, startsAt: '2026-06-02T09:00:00+02:00', endsAt: '2026-06-03T15:00:00+02:00', hours: 12, hourUnit: 'clock', unnamedByDay: [{ day: '2026-06-02', count: 127 }] });
    const second = await call<EventDetail>('events.setHeadcount', { eventId: saved.id, version: saved.version, day: '2026-06-03', count: 140 });
    expect(second).toMatchObject({ version: saved.version + 1, unnamedByDay: [{ day: '2026-06-02', count: 127 }, { day: '2026-06-03', count: 140 }], unnamedParticipants: 140 });
    expect(await dispatch(ctx, 'events.setHeadcount', { eventId: saved.id, version: saved.version, day: '2026-06-03', count: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(ctx, 'events.setHeadcount', { eventId: saved.id, version: second.version, day: '2026-06-04', count: 1 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { day: 'Dzień 04.06.2026 nie należy do terminu wydarzenia (02.06.2026, 03.06.2026).' } },
    });
    expect(await dispatch(ctx, 'events.setHeadcount', { eventId: saved.id, version: second.version, day: '2026-06-03', count: -5 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const cleared = await call<EventDetail>('events.setHeadcount', { eventId: saved.id, version: second.version, day: '2026-06-02', count: null });
    expect(cleared.unnamedByDay).toEqual([{ day: '2026-06-03', count: 140 }]);
    const entries = (await ctx.db('audit_log').where({ table_name: 'events', record_id: saved.id }).orderBy('id').select('action', 'before_json', 'after_json')) as { action: string; before_json: string | null; after_json: string | null }[];
    expect(entries.map((entry) => [entry.action, JSON.parse(entry.before_json ?? '{}').unnamed_by_day, JSON.parse(entry.after_json ?? '{}').unnamed_by_day])).toEqual([
      ['create', undefined, { '2026-06-02': 127 }],
      ['update', { '2026-06-02': 127 }, { '2026-06-02': 127, '2026-06-03': 140 }],
      ['update', { '2026-06-02': 127, '2026-06-03': 140 }, { '2026-06-03': 140 }],
    ]);
  });

  it('moves the one number an event had before to its first day, and back', async () => {
    const saved = await call<EventDetail>('events.save', { title: 'Konferencja', type: 'conference', status: 'held', projectId: null, terytCode: BEDZIN, startsAt: '2026-06-02T23:30:00+02:00', endsAt: '2026-06-03T15:00:00+02:00', hours: 12, hourUnit: 'clock' });
    // As the database was before migration 015: one number on the event.
    await dayHeadcounts.down(ctx.db);
    await ctx.db('events').where({ id: saved.id }).update({ unnamed_participants: 127 });
    await dayHeadcounts.up(ctx.db);
    // 23:30 in Warsaw on 2 June is 21:30 UTC: the first day is the Warsaw one.
    expect(await ctx.db('event_day_headcounts').select('event_id', 'day', 'count')).toEqual([{ event_id: saved.id, day: '2026-06-02', count: 127 }]);
    expect((await ctx.db('events').where({ id: saved.id }).first('unnamed_participants')).unnamed_participants).toBeNull();
    expect((await call<EventDetail>('events.get', { id: saved.id })).unnamedParticipants).toBe(127);
    await ctx.db('event_day_headcounts').insert({ event_id: saved.id, day: '2026-06-03', count: 130 });
    await dayHeadcounts.down(ctx.db);
    expect((await ctx.db('events').where({ id: saved.id }).first('unnamed_participants')).unnamed_participants).toBe(130);
    await dayHeadcounts.up(ctx.db);
  });
});
