/** RODO through the contract: a person's data exported, a person anonymised, retention, the information clause. */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  EventDetail,
  ExportedFile,
  Institution,
  IssuedCertificate,
  ParticipantsAdded,
  PartnershipDetail,
  Person,
  Project,
  RodoDuePerson,
  RodoPersonData,
  RodoSettings,
} from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import { createChromiumPrinter, type ChromiumPrinter } from '../../main/platform/chromiumPrinter';
import { addYears } from '../../main/services/rodo';
import { pdfToText } from '../support/pdf';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let printer: ChromiumPrinter;
let temp: TempDatabase;
let ctx: Runtime;
beforeAll(() => {
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
  ctx.printPdf = printer;
});
afterEach(async () => {
  await temp.cleanup();
});

const BEDZIN = '2401011';
const TODAY = '2026-06-01';
const bytes = (file: ExportedFile) => Buffer.from(file.contentBase64, 'base64');

async function project(name: string, endDate: string): Promise<Project> {
  return unwrap<Project>(await dispatch(ctx, 'projects.save', { name, startDate: '2014-01-01', endDate }));
}

async function person(firstName: string, lastName: string, institutionId: string | null, extra: Record<string, unknown> = {}): Promise<Person> {
  return unwrap<Person>(await dispatch(ctx, 'people.save', { firstName, lastName, institutionId, roles: [], ...extra }));
}

/** A held two-day workshop of the project with the people registered, all present on both days (so certificates are due). */
async function workshop(projectId: string, day: string, people: Person[]): Promise<{ event: EventDetail; participantIds: string[] }> {
  const event = unwrap<EventDetail>(
    await dispatch(ctx, 'events.save', {
      title: `Warsztat kooperacyjny ${day}`,
      type: 'workshop',
      status: 'held',
      projectId,
      terytCode: BEDZIN,
      place: 'MOPS Będzin',
      startsAt: `${day}T09:00:00+01:00`,
      endsAt: `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1).padStart(2, '0')}T15:00:00+01:00`,
      hours: 12,
    }),
  );
  const added = unwrap<ParticipantsAdded>(await dispatch(ctx, 'events.addParticipants', { eventId: event.id, personIds: people.map((p) => p.id), walkIn: false })).added;
  const nextDay = `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1).padStart(2, '0')}`;
  const marks = [day, nextDay].flatMap((markedDay) => added.map((p) => ({ participantId: p.id, day: markedDay, status: 'present' })));
  unwrap(await dispatch(ctx, 'events.setAttendance', { eventId: event.id, marks }));
  return { event, participantIds: added.map((p) => p.id) };
}

async function countsOf(personId: string): Promise<number[]> {
  const n = async (q: Promise<{ n: number | string }[]>) => Number((await q)[0]!.n);
  return [
    await n(ctx.db('event_participants').where({ person_id: personId }).count({ n: '*' })),
    await n(ctx.db('attendance as a').join('event_participants as ep', 'ep.id', 'a.participant_id').where('ep.person_id', personId).count({ n: '*' })),
    await n(ctx.db('certificates').where({ person_id: personId }).count({ n: '*' })),
  ];
}

interface World {
  mops: Institution;
  ewa: Person;
  jan: Person;
  staff: Person;
  oldEvent: EventDetail;
  pzk: PartnershipDetail;
}

/**
 * Ewa took part only in a project that ended 11 years before TODAY (with a certificate); Jan in that one and in a
 * current project; the office's own staff member only in the old one.
 */
async function world(): Promise<World> {
  const mops = unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie', type: 'ops', terytCode: BEDZIN }));
  const ewa = await person('Ewa', 'Żółkiewska-Ślązak', mops.id, { email: 'ewa.zolkiewska@mops.bedzin.pl', phone: '32 267 00 01', position: 'pracownik socjalny', notes: 'Ewa Żółkiewska-Ślązak prosi o kontakt mailowy', roles: ['social_worker'] });
  const jan = await person('Jan', 'Kowalczyk', mops.id);
  const staff = await person('Marta', 'Nowak', null, { roles: ['staff'] });
  const old = await project('Kooperacje 3D', '2015-05-31');
  const current = await project('Kooperacja 2030', '2030-12-31');
  const { event: oldEvent } = await workshop(old.id, '2015-03-10', [ewa, jan, staff]);
  await workshop(current.id, '2026-03-10', [jan]);
  unwrap<IssuedCertificate[]>(await dispatch(ctx, 'eventDocuments.issueCertificates', { eventId: oldEvent.id, issuedOn: '2015-03-12' }));
  const pzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: mops.id, endedOn: '2015-06-30' }));
  unwrap(await dispatch(ctx, 'partnerships.join', { partnershipId: pzk.id, institutionId: mops.id, representativePersonId: ewa.id, joinedOn: '2014-05-20' }));
  const member = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.get', { id: pzk.id })).members[0]!;
  unwrap(await dispatch(ctx, 'partnerships.leave', { memberId: member.id, leftOn: '2015-06-30' }));
  return { mops, ewa, jan, staff, oldEvent, pzk };
}

describe('retention', () => {
  it('lists a person whose only project ended 11 years ago, not one with a current project nor the office staff', async () => {
    const { ewa } = await world();
    const due = unwrap<RodoDuePerson[]>(await dispatch(ctx, 'rodo.due', { today: TODAY }));
    expect(due).toEqual([
      expect.objectContaining({
        personId: ewa.id,
        firstName: 'Ewa',
        lastName: 'Żółkiewska-Ślązak',
        institutionName: 'Miejski Ośrodek Pomocy Społecznej w Będzinie',
        participations: 1,
        lastProjectName: 'Kooperacje 3D',
        lastProjectEnd: '2015-05-31',
        retentionEndedOn: '2025-05-31',
      }),
    ]);

    // With 12 years of retention nobody is due yet.
    const settings = unwrap<RodoSettings>(await dispatch(ctx, 'rodo.settings', undefined));
    expect(settings.retentionYears).toBe(10);
    unwrap(await dispatch(ctx, 'rodo.saveSettings', { retentionYears: 12, clause: null }));
    expect(unwrap<RodoDuePerson[]>(await dispatch(ctx, 'rodo.due', { today: TODAY }))).toEqual([]);
    expect(addYears('2016-02-29', 10)).toBe('2026-02-28');
  });

  it('the information clause is kept where the attendance list reads it; blank or the default one means the default', async () => {
    const initial = unwrap<RodoSettings>(await dispatch(ctx, 'rodo.settings', undefined));
    expect(initial).toMatchObject({ retentionYears: 10, clauseIsOwn: false });
    expect(initial.clause).toContain('RODO');

    const own = 'Administratorem danych jest Regionalny Ośrodek Polityki Społecznej w Opolu.\nKontakt: iod@rops.opole.pl';
    const saved = unwrap<RodoSettings>(await dispatch(ctx, 'rodo.saveSettings', { retentionYears: 5, clause: own }));
    expect(saved).toMatchObject({ retentionYears: 5, clause: own, clauseIsOwn: true });
    expect(await ctx.db('settings').where({ key: 'rodo.clause' }).first('value')).toEqual({ value: own });

    const back = unwrap<RodoSettings>(await dispatch(ctx, 'rodo.saveSettings', { retentionYears: 5, clause: initial.defaultClause }));
    expect(back).toMatchObject({ clauseIsOwn: false, clause: initial.defaultClause });
    expect(await ctx.db('settings').where({ key: 'rodo.clause' }).first('value')).toBeUndefined();
    expect(await dispatch(ctx, 'rodo.saveSettings', { retentionYears: 0, clause: null })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe("a person's data", () => {
  it('exported as JSON: the person, memberships, participations with attendance, certificates and the audit', async () => {
    const { ewa, pzk, oldEvent } = await world();
    const file = unwrap<ExportedFile>(await dispatch(ctx, 'rodo.personExport', { personId: ewa.id, format: 'json' }));
    expect(file.fileName).toMatch(/^dane osoby Ewa Żółkiewska-Ślązak .*\.json$/);
    const data = JSON.parse(bytes(file).toString('utf8')) as RodoPersonData;
    expect(data.person).toMatchObject({ id: ewa.id, firstName: 'Ewa', email: 'ewa.zolkiewska@mops.bedzin.pl', roles: ['social_worker'], institution: { name: 'Miejski Ośrodek Pomocy Społecznej w Będzinie' } });
    expect(data.memberships).toEqual([expect.objectContaining({ partnershipId: pzk.id, joinedOn: '2014-05-20', leftOn: '2015-06-30' })]);
    expect(data.participations).toEqual([
      expect.objectContaining({ eventId: oldEvent.id, projectName: 'Kooperacje 3D', attendance: [{ day: '2015-03-10', status: 'present' }, { day: '2015-03-11', status: 'present' }] }),
    ]);
    expect(data.certificates).toEqual([expect.objectContaining({ number: '3/2015', issuedOn: '2015-03-12' })]);
    const tables = data.audit.map((entry) => entry.table);
    expect(tables).toContain('people');
    expect(tables).toContain('event_participants');
    expect(tables).toContain('attendance');
    expect(tables).toContain('partnership_members');
  });

  it('exported as PDF with the name', async () => {
    const { ewa } = await world();
    const file = unwrap<ExportedFile>(await dispatch(ctx, 'rodo.personExport', { personId: ewa.id, format: 'pdf' }));
    expect(file.fileName).toMatch(/\.pdf$/);
    const text = (await pdfToText(bytes(file))).replace(/\s+/g, ' ');
    expect(text).toContain('Ewa Żółkiewska-Ślązak');
    expect(text).toContain('Warsztat kooperacyjny 2015-03-10');
    expect(text).toContain('3/2015'); // Polish order: Kowalczyk, Nowak, Żółkiewska-Ślązak
  }, 60_000);

  it('anonymised: the identity is gone everywhere, the counts stay', async () => {
    const { ewa, jan } = await world();
    const counts = await countsOf(ewa.id);
    expect(counts).toEqual([1, 2, 1]); // one participation, two days marked, one certificate

    const current = unwrap<Person>(await dispatch(ctx, 'people.get', { id: ewa.id }));
    expect(await dispatch(ctx, 'rodo.anonymise', { personId: ewa.id, version: current.version + 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const anonymous = unwrap<Person>(await dispatch(ctx, 'rodo.anonymise', { personId: ewa.id, version: current.version }));
    expect(anonymous).toMatchObject({ firstName: 'Osoba zanonimizowana', email: null, phone: null, position: null, notes: null, institutionId: current.institutionId, roles: ['social_worker'] });
    expect(anonymous.lastName).toMatch(/^[A-Z2-9]{6}$/);
    expect(await dispatch(ctx, 'rodo.anonymise', { personId: ewa.id, version: anonymous.version })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await countsOf(ewa.id)).toEqual(counts);
    for (const search of ['Żółkiewska', 'zolkiewska slazak', 'Ewa']) {
      expect(unwrap<Person[]>(await dispatch(ctx, 'people.list', { search })).map((p) => p.id)).not.toContain(ewa.id);
    }
    expect(unwrap<Person[]>(await dispatch(ctx, 'people.list', { search: 'zanonimizowana' })).map((p) => p.id)).toEqual([ewa.id]);

    // Nothing in the audit log names her any more; her entries are still there, their identity blanked.
    const log = JSON.stringify(await ctx.db('audit_log').select('*'));
    for (const trace of ['Żółkiewska', 'ewa.zolkiewska', '32 267 00 01', 'pracownik socjalny']) expect(log).not.toContain(trace);
    expect(log).toContain('Jan');
    const own = unwrap<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[]>(
      await dispatch(ctx, 'audit.forRecord', { table: 'people', id: ewa.id }),
    );
    expect(own.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(own[0]!.after).toMatchObject({ first_name: 'Osoba zanonimizowana', last_name: anonymous.lastName, email: null, rodo: 'anonimizacja' });
    expect(own[0]!.before).toMatchObject({ first_name: '(usunięto – RODO)', email: '(usunięto – RODO)' });
    expect(own[1]!.after).toMatchObject({ first_name: '(usunięto – RODO)', last_name: '(usunięto – RODO)', roles: ['social_worker'] });

    // Others are untouched; the anonymous person is no longer due.
    expect(unwrap<Person>(await dispatch(ctx, 'people.get', { id: jan.id }))).toMatchObject({ firstName: 'Jan', lastName: 'Kowalczyk' });
    expect(unwrap<RodoDuePerson[]>(await dispatch(ctx, 'rodo.due', { today: TODAY }))).toEqual([]);
    const exported = JSON.parse(bytes(unwrap<ExportedFile>(await dispatch(ctx, 'rodo.personExport', { personId: ewa.id, format: 'json' }))).toString('utf8')) as RodoPersonData;
    expect(exported.participations).toHaveLength(1);
    expect(JSON.stringify(exported)).not.toContain('Żółkiewska');
  });
});
