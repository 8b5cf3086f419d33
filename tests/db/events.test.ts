/** Events, series, participants and attendance through the contract, on a real database. */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  toClockHours,
  type CoachingRegister,
  type EventDetail,
  type EventParticipant,
  type EventSeriesDeleted,
  type EventSeriesResult,
  type EventSummary,
  type ExportedFile,
  type Institution,
  type ParticipantsAdded,
  type PartnershipDetail,
  type PartnershipMember,
  type Person,
} from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import { eventDays, warsawDay } from '../../preload/contract/warsawTime';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
let ctx: Runtime;
beforeEach(async () => {
  temp = await openTempDatabase();
  ctx = temp.runtime;
});
afterEach(async () => {
  await temp.cleanup();
});

const BEDZIN = '2401011'; // gmina miejska Będzin, powiat będziński
const SOSNOWIEC = '2475011'; // city with county rights

async function institution(name: string, type = 'ops', terytCode: string | null = BEDZIN): Promise<Institution> {
  return unwrap<Institution>(await dispatch(ctx, 'institutions.save', { name, type, terytCode }));
}

async function person(firstName: string, lastName: string, institutionId: string | null, roles: string[] = []): Promise<Person> {
  return unwrap<Person>(await dispatch(ctx, 'people.save', { firstName, lastName, institutionId, roles }));
}

async function count(table: string): Promise<number> {
  const [row] = await ctx.db(table).count({ n: '*' });
  return Number(row!.n);
}

const WORKSHOP = {
  title: 'Warsztat kooperacyjny – diagnoza zasobów',
  type: 'workshop',
  place: 'MOPS Będzin, sala 12',
  terytCode: BEDZIN,
  startsAt: '2026-03-10T09:00:00+01:00',
  endsAt: '2026-03-10T15:00:00+01:00',
  hours: 8,
};

async function saveEvent(draft: Record<string, unknown>): Promise<EventDetail> {
  return unwrap<EventDetail>(await dispatch(ctx, 'events.save', draft));
}

async function list(query: Record<string, unknown> = {}): Promise<EventSummary[]> {
  return unwrap<EventSummary[]>(await dispatch(ctx, 'events.list', query));
}

async function addPeople(eventId: string, personIds: string[], walkIn = false): Promise<ParticipantsAdded> {
  return unwrap<ParticipantsAdded>(await dispatch(ctx, 'events.addParticipants', { eventId, personIds, walkIn }));
}

describe('hours', () => {
  it('converts didactic hours to clock hours: 168 didactic are 126 clock, 201 clock stay 201', () => {
    expect(toClockHours(168, 'didactic')).toBe(126);
    expect(toClockHours(201, 'clock')).toBe(201);
    expect(toClockHours(2, 'didactic')).toBe(1.5);
  });
});

describe('Warsaw days', () => {
  it('counts calendar days in Warsaw time, not in UTC', () => {
    // 00:30 Warsaw on 1 June is still 31 May in UTC.
    expect(warsawDay('2026-05-31T22:30:00.000Z')).toBe('2026-06-01');
    expect(eventDays('2026-05-12T07:00:00.000Z', '2026-05-14T13:00:00.000Z')).toEqual(['2026-05-12', '2026-05-13', '2026-05-14']);
    // Across the change of time, and an event ending at midnight does not span the next day.
    expect(eventDays('2026-03-28T08:00:00.000Z', '2026-03-29T22:00:00.000Z')).toEqual(['2026-03-28', '2026-03-29']);
    expect(eventDays('2026-10-24T18:00:00.000Z', '2026-10-25T12:00:00.000Z')).toEqual(['2026-10-24', '2026-10-25']);
  });
});

describe('events through the contract', () => {
  it('creates, edits and deletes an event; a stale version is a conflict', async () => {
    const mops = await institution('Miejski Ośrodek Pomocy Społecznej w Będzinie');
    const trainer = await person('Ewa', 'Zielińska', null, ['trainer']);
    const created = await saveEvent({ ...WORKSHOP, organiserInstitutionId: mops.id, leaders: [{ personId: trainer.id, role: 'trainer' }] });
    expect(created.id).toMatch(/^evt-/);
    expect(created).toMatchObject({
      version: 1,
      status: 'planned',
      hourUnit: 'didactic',
      mode: null,
      startsAt: '2026-03-10T08:00:00.000Z',
      endsAt: '2026-03-10T14:00:00.000Z',
      territoryName: 'Będzin',
      organiserName: mops.name,
      leaders: [{ personId: trainer.id, name: 'Ewa Zielińska', role: 'trainer' }],
      days: ['2026-03-10'],
      series: null,
      counts: { registered: 0, present: 0 },
    });

    const edited = await saveEvent({ ...WORKSHOP, id: created.id, version: 1, status: 'held', title: 'Warsztat kooperacyjny nr 1', leaders: [] });
    expect(edited).toMatchObject({ version: 2, status: 'held', title: 'Warsztat kooperacyjny nr 1', leaders: [] });

    const stale = await dispatch(ctx, 'events.save', { ...WORKSHOP, id: created.id, version: 1, title: 'Stara wersja' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('zmienił ktoś inny') } });
    expect(await dispatch(ctx, 'events.delete', { id: created.id, version: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await list())[0]).toMatchObject({ title: 'Warsztat kooperacyjny nr 1', version: 2 });

    expect(unwrap(await dispatch(ctx, 'events.delete', { id: created.id, version: 2 }))).toEqual({ id: created.id });
    expect(await dispatch(ctx, 'events.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await count('event_leaders')).toBe(0);
  });

  it('keeps its own certificate rule, or none (the project’s); a share without a per cent, or out of 1–100, is refused', async () => {
    expect(await saveEvent(WORKSHOP)).toMatchObject({ certificateRule: null, certificateMinShare: null });
    expect(await saveEvent({ ...WORKSHOP, certificateRule: 'share', certificateMinShare: 60 })).toMatchObject({ certificateRule: 'share', certificateMinShare: 60 });
    // Every day needs no share: one given is not kept.
    expect(await saveEvent({ ...WORKSHOP, certificateRule: 'every_day', certificateMinShare: 60 })).toMatchObject({ certificateRule: 'every_day', certificateMinShare: null });
    const before = await count('events');
    expect(await dispatch(ctx, 'events.save', { ...WORKSHOP, certificateRule: 'share' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { certificateMinShare: 'Podaj, jaka część godzin wydarzenia (w procentach) wystarcza do zaświadczenia' } },
    });
    expect(await dispatch(ctx, 'events.save', { ...WORKSHOP, certificateRule: 'share', certificateMinShare: 120 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { certificateMinShare: 'Podaj udział w procentach: liczbę całkowitą od 1 do 100' } },
    });
    expect(await dispatch(ctx, 'events.save', { ...WORKSHOP, certificateRule: 'połowa' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { certificateRule: 'Wybierz zasadę wydawania zaświadczeń z listy' } },
    });
    expect(await count('events')).toBe(before);
  });

  it('checks times, mode and references', async () => {
    expect(await dispatch(ctx, 'events.save', { ...WORKSHOP, endsAt: '2026-03-10T08:00:00+01:00' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { endsAt: expect.stringContaining('późniejszy') } },
    });
    expect(await dispatch(ctx, 'events.save', { ...WORKSHOP, startsAt: '2026-03-10T09:00:00' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { startsAt: expect.stringContaining('strefą czasową') } },
    });
    // Coaching and supervision need the mode; other types refuse it.
    const coaching = { ...WORKSHOP, title: 'Coaching', type: 'coaching', hourUnit: 'clock', hours: 2 };
    expect(await dispatch(ctx, 'events.save', coaching)).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { mode: expect.stringContaining('indywidualna lub grupowa') } } });
    expect(await dispatch(ctx, 'events.save', { ...WORKSHOP, mode: 'group' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { mode: expect.stringContaining('tylko dla coachingu i superwizji') } },
    });
    expect(await saveEvent({ ...coaching, mode: 'individual' })).toMatchObject({ type: 'coaching', mode: 'individual', hourUnit: 'clock' });
    expect(await dispatch(ctx, 'events.save', { ...WORKSHOP, partnershipId: 'prt-nie-ma', leaders: [{ personId: 'per-nie-ma', role: 'trainer' }] })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { partnershipId: expect.stringContaining('nie istnieje'), 'leaders.0.personId': expect.stringContaining('nie istnieje') } },
    });
    expect(await count('events')).toBe(1);
  });

  it('a 3-day study visit has 3 days and attendance per day; counts registered and present', async () => {
    const gops = await institution('Gminny Ośrodek Pomocy Społecznej w Bodzentynie', 'ops', null);
    const [anna, jan, ola] = [await person('Anna', 'Nowak', gops.id), await person('Jan', 'Kowalski', gops.id), await person('Ola', 'Wiśniewska', null)];
    const visit = await saveEvent({
      title: 'Wizyta studyjna – wymiana doświadczeń',
      type: 'study_visit',
      status: 'held',
      startsAt: '2026-05-12T09:00:00+02:00',
      endsAt: '2026-05-14T15:00:00+02:00',
      hours: 24,
    });
    expect(visit.days).toEqual(['2026-05-12', '2026-05-13', '2026-05-14']);

    const added = await addPeople(visit.id, [anna.id, jan.id, ola.id]);
    expect(added.added.map((p) => p.id).every((id) => id.startsWith('par-'))).toBe(true);
    expect(added.added.find((p) => p.personId === anna.id)).toMatchObject({ institutionId: gops.id, institutionName: gops.name, walkIn: false, attendance: {} });
    const again = await addPeople(visit.id, [anna.id]);
    expect(again).toMatchObject({ added: [], alreadyRegistered: [{ personId: anna.id, name: 'Anna Nowak' }] });

    const byPerson = new Map(added.added.map((p) => [p.personId, p.id]));
    const detail = unwrap<EventDetail>(
      await dispatch(ctx, 'events.setAttendance', {
        eventId: visit.id,
        marks: [
          { participantId: byPerson.get(anna.id), day: '2026-05-12', status: 'present' },
          { participantId: byPerson.get(anna.id), day: '2026-05-13', status: 'present' },
          { participantId: byPerson.get(anna.id), day: '2026-05-14', status: 'excused' },
          { participantId: byPerson.get(jan.id), day: '2026-05-12', status: 'absent' },
          { participantId: byPerson.get(ola.id), day: '2026-05-14', status: 'present' },
        ],
      }),
    );
    // Polish order of last names.
    expect(detail.participants.map((p) => p.name)).toEqual(['Jan Kowalski', 'Anna Nowak', 'Ola Wiśniewska']);
    expect(detail.participants[1]!.attendance).toEqual({ '2026-05-12': 'present', '2026-05-13': 'present', '2026-05-14': 'excused' });
    expect(detail.participants.map((p) => p.present)).toEqual([false, true, true]);
    expect(detail.counts).toEqual({ registered: 3, present: 2 });
    expect((await list())[0]!.counts).toEqual({ registered: 3, present: 2 });

    // A mark changed and one cleared.
    const changed = unwrap<EventDetail>(
      await dispatch(ctx, 'events.setAttendance', {
        eventId: visit.id,
        marks: [
          { participantId: byPerson.get(jan.id), day: '2026-05-12', status: 'present' },
          { participantId: byPerson.get(ola.id), day: '2026-05-14', status: null },
        ],
      }),
    );
    expect(changed.counts).toEqual({ registered: 3, present: 2 });
    expect(changed.participants[2]!.attendance).toEqual({});

    // Moving the visit away from days with marks is refused rather than losing them.
    expect(await dispatch(ctx, 'events.reschedule', { id: visit.id, version: visit.version, startsAt: '2026-06-02T09:00:00+02:00' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('12.05.2026') },
    });
  });

  it('refuses attendance on a day outside the event and writes nothing', async () => {
    const event = await saveEvent({ ...WORKSHOP, status: 'held' });
    const anna = await person('Anna', 'Nowak', null);
    const { added } = await addPeople(event.id, [anna.id]);
    const result = await dispatch(ctx, 'events.setAttendance', {
      eventId: event.id,
      marks: [
        { participantId: added[0]!.id, day: '2026-03-10', status: 'present' },
        { participantId: added[0]!.id, day: '2026-03-11', status: 'present' },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { 'marks.1.day': expect.stringContaining('nie należy do terminu wydarzenia') } } });
    expect(await count('attendance')).toBe(0);
    expect(await dispatch(ctx, 'events.setAttendance', { eventId: event.id, marks: [{ participantId: added[0]!.id, day: '2026-03-10', status: 'late' }] })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });

    // A cancelled event takes no attendance.
    await saveEvent({ ...WORKSHOP, id: event.id, version: event.version, status: 'cancelled' });
    expect(await dispatch(ctx, 'events.setAttendance', { eventId: event.id, marks: [{ participantId: added[0]!.id, day: '2026-03-10', status: 'present' }] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('odwołane') },
    });
    expect(await count('attendance')).toBe(0);
  });

  it("registers the representatives of a PZK's current members; one who left is not added, one without a representative is reported", async () => {
    const mops = await institution('Miejski Ośrodek Pomocy Społecznej w Będzinie');
    const pup = await institution('Powiatowy Urząd Pracy w Będzinie', 'pup');
    const police = await institution('Komenda Powiatowa Policji w Będzinie', 'police');
    const school = await institution('Szkoła Podstawowa nr 1 w Będzinie', 'school');
    const anna = await person('Anna', 'Łęcka', mops.id);
    const piotr = await person('Piotr', 'Lis', pup.id);
    const marek = await person('Marek', 'Szkolny', school.id);
    const pzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: mops.id }));
    const members = unwrap<PartnershipMember[]>(
      await dispatch(ctx, 'partnerships.joinMany', {
        partnershipId: pzk.id,
        members: [
          { institutionId: mops.id, representativePersonId: anna.id, joinedOn: '2025-05-20' },
          { institutionId: pup.id, representativePersonId: piotr.id, joinedOn: '2025-05-20' },
          { institutionId: police.id, joinedOn: '2025-05-20' },
          { institutionId: school.id, representativePersonId: marek.id, joinedOn: '2025-05-20' },
        ],
      }),
    );
    unwrap(await dispatch(ctx, 'partnerships.leave', { memberId: members.find((m) => m.institutionId === school.id)!.id, leftOn: '2025-12-31' }));

    const meeting = await saveEvent({ ...WORKSHOP, title: 'Spotkanie PZK', type: 'pzk_meeting', partnershipId: pzk.id });
    const result = unwrap<ParticipantsAdded>(await dispatch(ctx, 'events.addPartnershipMembers', { eventId: meeting.id, partnershipId: pzk.id }));
    expect(result.added.map((p) => p.name)).toEqual(['Piotr Lis', 'Anna Łęcka']);
    expect(result.added.map((p) => p.institutionName)).toEqual([pup.name, mops.name]);
    expect(result.withoutRepresentative).toEqual([{ institutionId: police.id, institutionName: police.name }]);
    expect(result.alreadyRegistered).toEqual([]);

    const again = unwrap<ParticipantsAdded>(await dispatch(ctx, 'events.addPartnershipMembers', { eventId: meeting.id, partnershipId: pzk.id }));
    expect(again.added).toEqual([]);
    expect(again.alreadyRegistered.map((p) => p.name).sort()).toEqual(['Anna Łęcka', 'Piotr Lis']);
    const detail = unwrap<EventDetail>(await dispatch(ctx, 'events.get', { id: meeting.id }));
    expect(detail.participants.map((p) => p.personId)).not.toContain(marek.id);
    expect(detail.partnershipName).toBe('PZK Będzin');
  });

  it('creates a walk-in on the spot; keeps the institution of the time; removes a participant', async () => {
    const mops = await institution('Miejski Ośrodek Pomocy Społecznej w Będzinie');
    const pup = await institution('Powiatowy Urząd Pracy w Będzinie', 'pup');
    const event = await saveEvent(WORKSHOP);
    const walkIn = unwrap<EventParticipant>(
      await dispatch(ctx, 'events.createParticipant', { eventId: event.id, person: { firstName: 'Zofia', lastName: 'Żak', institutionId: mops.id, position: 'pracownik socjalny' } }),
    );
    expect(walkIn).toMatchObject({ name: 'Zofia Żak', walkIn: true, institutionId: mops.id, institutionName: mops.name });
    const people = unwrap<Person[]>(await dispatch(ctx, 'people.list', {}));
    expect(people).toEqual([expect.objectContaining({ id: walkIn.personId, firstName: 'Zofia', lastName: 'Żak', position: 'pracownik socjalny' })]);

    // She moves to the PUP: the list keeps where she came from then.
    const zofia = people[0]!;
    unwrap(await dispatch(ctx, 'people.save', { ...zofia, institutionId: pup.id }));
    expect(unwrap<EventDetail>(await dispatch(ctx, 'events.get', { id: event.id })).participants[0]).toMatchObject({ institutionName: mops.name });

    // A person who cannot be created registers nobody.
    expect(await dispatch(ctx, 'events.createParticipant', { eventId: event.id, person: { firstName: 'Jan', lastName: '' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { 'person.lastName': expect.any(String) } },
    });
    expect(await dispatch(ctx, 'events.createParticipant', { eventId: event.id, person: { firstName: 'Jan', lastName: 'Nowy', institutionId: 'ins-nie-ma' } })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { 'person.institutionId': expect.any(String) } },
    });
    expect(await count('people')).toBe(1);

    expect(unwrap(await dispatch(ctx, 'events.removeParticipant', { participantId: walkIn.id }))).toEqual({ id: walkIn.id });
    expect(await count('event_participants')).toBe(0);
    expect(await dispatch(ctx, 'events.removeParticipant', { participantId: walkIn.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to delete an event with issued certificates; participants and attendance go with a deleted event', async () => {
    const event = await saveEvent({ ...WORKSHOP, status: 'held' });
    const anna = await person('Anna', 'Nowak', null);
    const { added } = await addPeople(event.id, [anna.id]);
    unwrap(await dispatch(ctx, 'events.setAttendance', { eventId: event.id, marks: [{ participantId: added[0]!.id, day: '2026-03-10', status: 'present' }] }));
    await ctx.db('certificates').insert({
      id: 'cer-1',
      number: '7/2026',
      year: 2026,
      sequence: 7,
      issued_on: '2026-03-11',
      event_id: event.id,
      person_id: anna.id,
      created_at: new Date().toISOString(),
    });
    expect(await dispatch(ctx, 'events.delete', { id: event.id, version: event.version })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('7/2026') },
    });
    expect(await dispatch(ctx, 'events.removeParticipant', { participantId: added[0]!.id })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('7/2026') } });
    expect(unwrap<EventDetail>(await dispatch(ctx, 'events.get', { id: event.id })).certificateCount).toBe(1);

    await ctx.db('certificates').delete();
    unwrap(await dispatch(ctx, 'events.delete', { id: event.id, version: event.version }));
    expect([await count('events'), await count('event_participants'), await count('attendance')]).toEqual([0, 0, 0]);
  });

  it('reschedules keeping the duration, at the same Warsaw time across the change of time', async () => {
    const event = await saveEvent({ ...WORKSHOP, startsAt: '2026-03-24T17:00:00+01:00', endsAt: '2026-03-24T19:30:00+01:00' });
    const moved = unwrap<EventDetail>(await dispatch(ctx, 'events.reschedule', { id: event.id, version: 1, startsAt: '2026-03-31T17:00:00+02:00' }));
    expect(moved).toMatchObject({ version: 2, startsAt: '2026-03-31T15:00:00.000Z', endsAt: '2026-03-31T17:30:00.000Z' });
    const twoDays = await saveEvent({ ...WORKSHOP, startsAt: '2026-04-20T09:00:00+02:00', endsAt: '2026-04-21T15:00:00+02:00' });
    const later = unwrap<EventDetail>(await dispatch(ctx, 'events.reschedule', { id: twoDays.id, version: 1, startsAt: '2026-05-04T10:00:00+02:00' }));
    expect(later).toMatchObject({ startsAt: '2026-05-04T08:00:00.000Z', endsAt: '2026-05-05T14:00:00.000Z', days: ['2026-05-04', '2026-05-05'] });
    expect(await dispatch(ctx, 'events.reschedule', { id: event.id, version: 1, startsAt: '2026-04-07T17:00:00+02:00' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('sets per-person hours for coaching only', async () => {
    const coaching = await saveEvent({ ...WORKSHOP, title: 'Coaching indywidualny', type: 'coaching', mode: 'individual', hours: 2, hourUnit: 'clock' });
    const workshop = await saveEvent(WORKSHOP);
    const anna = await person('Anna', 'Nowak', null);
    const [c] = (await addPeople(coaching.id, [anna.id])).added;
    const [w] = (await addPeople(workshop.id, [anna.id])).added;
    expect(unwrap<EventParticipant>(await dispatch(ctx, 'events.setParticipantHours', { participantId: c!.id, hours: 3.5 }))).toMatchObject({ hours: 3.5 });
    expect(await dispatch(ctx, 'events.setParticipantHours', { participantId: w!.id, hours: 3 })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { hours: expect.stringContaining('tylko dla coachingu i superwizji') } },
    });
    expect(await dispatch(ctx, 'events.setParticipantHours', { participantId: c!.id, hours: -1 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('filters the list by type, status, date range, partnership, territory, project and search', async () => {
    const mops = await institution('MOPS w Będzinie');
    const pzk = unwrap<PartnershipDetail>(await dispatch(ctx, 'partnerships.save', { kind: 'pzk', name: 'PZK Będzin', terytCode: BEDZIN, leaderInstitutionId: mops.id }));
    const project = unwrap<{ id: string }>(await dispatch(ctx, 'projects.save', { name: 'Kooperacje 3D' }));
    const a = await saveEvent({ ...WORKSHOP, status: 'held', projectId: project.id });
    const b = await saveEvent({
      title: 'Spotkanie PZK Będzin',
      type: 'pzk_meeting',
      partnershipId: pzk.id,
      place: 'Urząd Miasta, Łódzka 5',
      startsAt: '2026-03-31T17:00:00+02:00',
      endsAt: '2026-03-31T19:00:00+02:00',
    });
    const c = await saveEvent({ ...WORKSHOP, title: 'Konferencja regionalna', type: 'conference', terytCode: SOSNOWIEC, status: 'cancelled', startsAt: '2026-04-01T00:30:00+02:00', endsAt: '2026-04-01T15:00:00+02:00' });
    const ids = (rows: EventSummary[]) => rows.map((row) => row.id);

    expect(ids(await list())).toEqual([a.id, b.id, c.id]);
    expect(ids(await list({ types: ['workshop', 'conference'] }))).toEqual([a.id, c.id]);
    expect(ids(await list({ statuses: ['planned'] }))).toEqual([b.id]);
    expect(ids(await list({ statuses: ['held', 'cancelled'] }))).toEqual([a.id, c.id]);
    // Warsaw days: the conference starts at 00:30 on 1 April in Warsaw (31 March in UTC).
    expect(ids(await list({ from: '2026-03-11', to: '2026-03-31' }))).toEqual([b.id]);
    expect(ids(await list({ from: '2026-04-01', to: '2026-04-30' }))).toEqual([c.id]);
    expect(ids(await list({ from: '2026-03-10', to: '2026-03-10' }))).toEqual([a.id]);
    expect(ids(await list({ partnershipId: pzk.id }))).toEqual([b.id]);
    // Territory: the event's own, else its partnership's.
    expect(ids(await list({ territoryCode: '2401' }))).toEqual([a.id, b.id]);
    expect(ids(await list({ territoryCode: '24' }))).toEqual([a.id, b.id, c.id]);
    expect(ids(await list({ territoryCode: SOSNOWIEC }))).toEqual([c.id]);
    expect((await list({ partnershipId: pzk.id }))[0]).toMatchObject({ territoryName: 'Będzin', partnershipName: 'PZK Będzin', terytCode: null });
    expect(ids(await list({ projectId: project.id }))).toEqual([a.id]);
    expect(ids(await list({ search: 'lodzka' }))).toEqual([b.id]);
    expect(ids(await list({ search: 'WARSZTAT diagnoza' }))).toEqual([a.id]);
    expect(await dispatch(ctx, 'events.list', { from: '2026-04-01', to: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });

    // The calendar asks for the same events with the same filters, in lean rows: what a tile shows and the version.
    const calendar = async (query: Record<string, unknown>) => unwrap<{ id: string }[]>(await dispatch(ctx, 'events.calendar', query));
    for (const query of [{}, { from: '2026-03-11', to: '2026-03-31' }, { territoryCode: '2401' }, { statuses: ['held', 'cancelled'] }, { search: 'lodzka' }, { partnershipId: pzk.id }]) {
      expect((await calendar(query)).map((row) => row.id)).toEqual(ids(await list(query)));
    }
    expect((await calendar({ from: '2026-03-31', to: '2026-03-31' }))[0]).toEqual({
      id: b.id,
      version: b.version,
      type: 'pzk_meeting',
      status: 'planned',
      title: 'Spotkanie PZK Będzin',
      startsAt: b.startsAt,
      endsAt: b.endsAt,
    });
  });

  it('pages the list as it opens: this week and the coming events first, soonest first, then the earlier ones, latest first, with the total and the filters', async () => {
    // "Today" is Wednesday 11 March 2026: the week begins on Monday 9 March (Warsaw days).
    const at = (title: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) => saveEvent({ title, type: 'training', startsAt, endsAt, ...extra });
    const longAgo = await at('Szkolenie styczniowe', '2026-01-12T09:00:00+01:00', '2026-01-12T11:00:00+01:00');
    const lastWeek = await at('Szkolenie z zeszłego tygodnia', '2026-03-06T09:00:00+01:00', '2026-03-06T11:00:00+01:00');
    // Ends at midnight opening Monday: its last day is Sunday, so it belongs to the weeks before.
    const untilMidnight = await at('Dyżur niedzielny', '2026-03-08T18:00:00+01:00', '2026-03-09T00:00:00+01:00');
    const monday = await at('Szkolenie poniedziałkowe', '2026-03-09T09:00:00+01:00', '2026-03-09T11:00:00+01:00');
    // Began last week and lasts into this one: still this week's.
    const spanning = await at('Wizyta studyjna', '2026-03-05T09:00:00+01:00', '2026-03-10T15:00:00+01:00', { type: 'study_visit' });
    const nextMonth = await at('Szkolenie kwietniowe', '2026-04-14T09:00:00+02:00', '2026-04-14T11:00:00+02:00');
    const sameStart = await at('Aaa – szkolenie o tej samej porze', '2026-04-14T09:00:00+02:00', '2026-04-14T11:00:00+02:00');
    const addressed = await person('Ewa', 'Nowak', null);
    const registered = await addPeople(monday.id, [addressed.id]);
    unwrap(await dispatch(ctx, 'events.setAttendance', { eventId: monday.id, marks: [{ participantId: registered.added[0]!.id, day: '2026-03-09', status: 'present' }] }));

    const page = async (query: Record<string, unknown>) => unwrap<{ rows: EventSummary[]; total: number }>(await dispatch(ctx, 'events.page', { today: '2026-03-11', ...query }));
    const whole = await page({});
    expect(whole.total).toBe(7);
    expect(whole.rows.map((row) => row.title)).toEqual([
      spanning.title,
      monday.title,
      sameStart.title,
      nextMonth.title,
      untilMidnight.title,
      lastWeek.title,
      longAgo.title,
    ]);
    // The counts of the list: registered, and present on at least one day.
    expect(whole.rows[1]!.counts).toEqual({ registered: 1, present: 1 });
    expect(whole.rows[0]!.counts).toEqual({ registered: 0, present: 0 });
    // Pages follow on from each other; the total stays the matches on every page together.
    const second = await page({ offset: 2, limit: 3 });
    expect(second.rows.map((row) => row.id)).toEqual([sameStart.id, nextMonth.id, untilMidnight.id]);
    expect(second.total).toBe(7);
    expect((await page({ offset: 7, limit: 3 })).rows).toEqual([]);
    // The same filters as the whole list: a typed week, a type, a search.
    const week = await page({ from: '2026-03-09', to: '2026-03-15' });
    expect(week.rows.map((row) => row.id)).toEqual([spanning.id, monday.id]);
    expect(week.total).toBe(2);
    expect((await page({ types: ['study_visit'] })).rows.map((row) => row.id)).toEqual([spanning.id]);
    expect((await page({ search: 'kwietniowe' })).total).toBe(1);
    // The same events as the whole list, only ordered and cut into pages.
    expect(whole.rows.map((row) => row.id).sort()).toEqual((await list()).map((row) => row.id).sort());
    expect(await dispatch(ctx, 'events.page', { from: '2026-04-01', to: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dispatch(ctx, 'events.page', { limit: 5000 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('keeps attachments with an event', async () => {
    const event = await saveEvent(WORKSHOP);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
    const attachment = unwrap<{ id: string; name: string }>(
      await dispatch(ctx, 'events.addAttachment', { eventId: event.id, file: { fileName: 'Lista obecności – podpisana.pdf', contentBase64: pdf } }),
    );
    expect(attachment.id).toMatch(/^att-/);
    expect(unwrap<EventDetail>(await dispatch(ctx, 'events.get', { id: event.id })).attachments).toEqual([expect.objectContaining({ name: 'Lista obecności – podpisana.pdf' })]);
    expect(unwrap(await dispatch(ctx, 'events.getAttachment', { id: attachment.id }))).toEqual({ fileName: 'Lista obecności – podpisana.pdf', contentBase64: pdf });
    expect(await dispatch(ctx, 'events.addAttachment', { eventId: event.id, file: { fileName: 'x.pdf', contentBase64: Buffer.from('nie pdf').toString('base64') } })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    unwrap(await dispatch(ctx, 'events.deleteAttachment', { id: attachment.id }));
    expect(await count('event_attachments')).toBe(0);
  });
});

describe('series', () => {
  const MEETING = {
    title: 'Spotkanie PZK',
    type: 'pzk_meeting',
    place: 'MOPS Będzin',
    terytCode: BEDZIN,
    startsAt: '2026-03-03T17:00:00+01:00',
    endsAt: '2026-03-03T19:00:00+01:00',
    hours: 2,
    hourUnit: 'clock',
  };
  const RULE = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6';

  async function createSeries(draft: Record<string, unknown> = MEETING, rule = RULE): Promise<EventSeriesResult> {
    return unwrap<EventSeriesResult>(await dispatch(ctx, 'events.createSeries', { draft, rule }));
  }

  it('every second Tuesday at 17:00 Warsaw time, before and after the change of time on 29 March', async () => {
    const series = await createSeries();
    expect(series.seriesId).toMatch(/^ser-/);
    expect(series.rule).toBe(RULE);
    expect(series.events.map((e) => [e.startsAt, e.endsAt])).toEqual([
      ['2026-03-03T16:00:00.000Z', '2026-03-03T18:00:00.000Z'],
      ['2026-03-17T16:00:00.000Z', '2026-03-17T18:00:00.000Z'],
      ['2026-03-31T15:00:00.000Z', '2026-03-31T17:00:00.000Z'],
      ['2026-04-14T15:00:00.000Z', '2026-04-14T17:00:00.000Z'],
      ['2026-04-28T15:00:00.000Z', '2026-04-28T17:00:00.000Z'],
      ['2026-05-12T15:00:00.000Z', '2026-05-12T17:00:00.000Z'],
    ]);
    expect(series.events.every((e) => e.seriesId === series.seriesId && !e.detachedFromSeries && e.title === 'Spotkanie PZK')).toBe(true);
    const detail = unwrap<EventDetail>(await dispatch(ctx, 'events.get', { id: series.events[0]!.id }));
    expect(detail.series).toEqual({ seriesId: series.seriesId, version: 1, rule: RULE, detached: false, occurrences: 6 });
  });

  it('keeps 17:00 in November too, and reads UNTIL as a whole Warsaw day', async () => {
    const autumn = await createSeries({ ...MEETING, startsAt: '2026-10-13T17:00:00+02:00', endsAt: '2026-10-13T19:00:00+02:00' }, 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261110');
    expect(autumn.rule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20261110');
    expect(autumn.events.map((e) => e.startsAt)).toEqual(['2026-10-13T15:00:00.000Z', '2026-10-27T16:00:00.000Z', '2026-11-10T16:00:00.000Z']);
  });

  it('refuses a rule without an end, with more than 200 meetings, or that does not parse', async () => {
    expect(await dispatch(ctx, 'events.createSeries', { draft: MEETING, rule: 'FREQ=WEEKLY;BYDAY=TU' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { rule: expect.stringContaining('COUNT') } },
    });
    expect(await dispatch(ctx, 'events.createSeries', { draft: MEETING, rule: 'FREQ=DAILY;UNTIL=20300101' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { rule: expect.stringContaining('więcej niż 200') } },
    });
    expect(await dispatch(ctx, 'events.createSeries', { draft: MEETING, rule: 'FREQ=WEEKLY;BYDAY=XX;COUNT=3' })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { rule: expect.stringContaining('Nieprawidłowa reguła') } },
    });
    expect(await dispatch(ctx, 'events.createSeries', { draft: { ...MEETING, title: '' }, rule: RULE })).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { 'draft.title': expect.any(String) } },
    });
    expect([await count('events'), await count('event_series')]).toEqual([0, 0]);
  });

  it('editing one occurrence leaves the others unchanged; a series edit then skips it', async () => {
    const series = await createSeries();
    const [first, second, third] = series.events;
    const edited = await saveEvent({ ...MEETING, id: second!.id, version: second!.version, startsAt: '2026-03-17T16:00:00+01:00', endsAt: '2026-03-17T18:00:00+01:00', place: 'Sala sesyjna' });
    expect(edited).toMatchObject({ detachedFromSeries: true, place: 'Sala sesyjna', series: { seriesId: series.seriesId, detached: true } });
    // The other occurrences are exactly as they were (same version, place, times).
    expect((await list()).filter((e) => e.id !== second!.id)).toEqual(series.events.filter((e) => e.id !== second!.id));

    const updated = unwrap<EventSeriesResult>(
      await dispatch(ctx, 'events.updateSeries', {
        seriesId: series.seriesId,
        version: 1,
        draft: { ...MEETING, title: 'Spotkanie PZK Będzin', startsAt: '2026-03-03T16:30:00+01:00', endsAt: '2026-03-03T18:00:00+01:00' },
      }),
    );
    expect(updated.version).toBe(2);
    const byId = new Map(updated.events.map((e) => [e.id, e]));
    // The detached one keeps its own title, place and time.
    expect(byId.get(second!.id)).toMatchObject({ title: 'Spotkanie PZK', place: 'Sala sesyjna', startsAt: '2026-03-17T15:00:00.000Z', endsAt: '2026-03-17T17:00:00.000Z' });
    // The others keep their dates and take the new time of day, 16:30–18:00 Warsaw time on either side of the change of time.
    expect(byId.get(first!.id)).toMatchObject({ title: 'Spotkanie PZK Będzin', startsAt: '2026-03-03T15:30:00.000Z', endsAt: '2026-03-03T17:00:00.000Z' });
    expect(byId.get(third!.id)).toMatchObject({ title: 'Spotkanie PZK Będzin', startsAt: '2026-03-31T14:30:00.000Z', endsAt: '2026-03-31T16:00:00.000Z' });

    // A stale version of the series is a conflict; only from one occurrence on.
    expect(await dispatch(ctx, 'events.updateSeries', { seriesId: series.seriesId, version: 1, draft: MEETING })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const fromFifth = unwrap<EventSeriesResult>(
      await dispatch(ctx, 'events.updateSeries', { seriesId: series.seriesId, version: 2, draft: { ...MEETING, status: 'cancelled' }, fromEventId: series.events[4]!.id }),
    );
    expect(fromFifth.events.map((e) => e.status)).toEqual(['planned', 'planned', 'planned', 'planned', 'cancelled', 'cancelled']);
  });

  it('deletes a series from one occurrence on, keeping detached occurrences as standalone events', async () => {
    const series = await createSeries();
    const detached = await saveEvent({ ...MEETING, id: series.events[4]!.id, version: 1, startsAt: '2026-04-28T17:00:00+02:00', endsAt: '2026-04-28T19:00:00+02:00', status: 'held' });
    const partial = unwrap<EventSeriesDeleted>(await dispatch(ctx, 'events.deleteSeries', { seriesId: series.seriesId, version: 1, fromEventId: series.events[3]!.id }));
    expect(partial).toMatchObject({ deleted: 2, seriesDeleted: false, kept: [expect.objectContaining({ id: detached.id })] });
    expect(await count('events')).toBe(4);

    const all = unwrap<EventSeriesDeleted>(await dispatch(ctx, 'events.deleteSeries', { seriesId: series.seriesId, version: 2 }));
    expect(all).toMatchObject({ deleted: 3, seriesDeleted: true, kept: [expect.objectContaining({ id: detached.id, seriesId: null, detachedFromSeries: false })] });
    expect([await count('events'), await count('event_series')]).toEqual([1, 0]);
  });
});

describe('coaching register', () => {
  it('sums individual and group clock hours per social worker in a period, held events only', async () => {
    const mops = await institution('MOPS w Będzinie');
    const lis = await person('Piotr', 'Lis', mops.id, ['social_worker']);
    const lecka = await person('Anna', 'Łęcka', mops.id, ['social_worker']);
    const mazur = await person('Jan', 'Mazur', mops.id, ['social_worker']);
    const guest = await person('Ewa', 'Gość', null);
    const coach = await person('Olga', 'Coach', null, ['coach']);

    async function session(title: string, fields: Record<string, unknown>, people: Person[]): Promise<EventParticipant[]> {
      const event = await saveEvent({ title, type: 'coaching', mode: 'individual', status: 'held', hours: 2, hourUnit: 'clock', leaders: [{ personId: coach.id, role: 'coach' }], ...fields });
      const added = (await addPeople(event.id, people.map((p) => p.id))).added;
      // Everyone came (marked present on the session's day); a participant without a mark received nothing.
      if (event.status === 'held') {
        const day = String(fields.startsAt).slice(0, 10);
        unwrap(await dispatch(ctx, 'events.setAttendance', { eventId: event.id, marks: added.map((p) => ({ participantId: p.id, day, status: 'present' })) }));
      }
      return added;
    }
    const april = (day: number, hour = 10) => ({ startsAt: `2026-04-${String(day).padStart(2, '0')}T${hour}:00:00+02:00`, endsAt: `2026-04-${String(day).padStart(2, '0')}T${hour + 2}:00:00+02:00` });

    // Individual coaching: 2 clock hours, and one session with 3 hours set for the person.
    await session('Coaching 1', april(7), [lecka]);
    const [own] = await session('Coaching 2', april(14), [lecka]);
    unwrap(await dispatch(ctx, 'events.setParticipantHours', { participantId: own!.id, hours: 3 }));
    // Group coaching counted in didactic hours: 4 didactic = 3 clock, for both workers and a guest.
    await session('Coaching grupowy', { ...april(21), mode: 'group', hours: 4, hourUnit: 'didactic' }, [lecka, lis, guest]);
    // Group supervision: counted unless only supervision or only coaching is asked for.
    await session('Superwizja grupowa', { ...april(22), type: 'supervision', mode: 'group', hours: 2 }, [lis]);
    // Not counted: planned, cancelled, outside the period, and a worker marked absent.
    await session('Coaching planowany', { ...april(23), status: 'planned' }, [lecka]);
    await session('Coaching odwołany', { ...april(24), status: 'cancelled' }, [lecka]);
    await session('Coaching w maju', { startsAt: '2026-05-01T00:30:00+02:00', endsAt: '2026-05-01T02:30:00+02:00' }, [lecka]);
    const [absent] = await session('Coaching z nieobecnością', april(28), [mazur]);
    const absentEvent = absent!.eventId;
    unwrap(await dispatch(ctx, 'events.setAttendance', { eventId: absentEvent, marks: [{ participantId: absent!.id, day: '2026-04-28', status: 'absent' }] }));

    const register = unwrap<CoachingRegister>(await dispatch(ctx, 'events.coachingRegister', { from: '2026-04-01', to: '2026-04-30' }));
    // Polish order of last names: Gość, Lis, Łęcka, Mazur (Łęcka after Lis); the coach is neither a social worker nor a participant.
    expect(register.rows.map((row) => row.name)).toEqual(['Ewa Gość', 'Piotr Lis', 'Anna Łęcka', 'Jan Mazur']);
    const row = (name: string) => register.rows.find((r) => r.name === name)!;
    expect(row('Anna Łęcka')).toMatchObject({ individualHours: 5, groupHours: 3, totalHours: 8, sessions: 3 });
    expect(row('Piotr Lis')).toMatchObject({ individualHours: 0, groupHours: 5, totalHours: 5, sessions: 2 });
    expect(row('Ewa Gość')).toMatchObject({ individualHours: 0, groupHours: 3, totalHours: 3 });
    expect(row('Jan Mazur')).toMatchObject({ individualHours: 0, groupHours: 0, totalHours: 0, sessions: 0 });
    expect(register.totals).toEqual({ individualHours: 5, groupHours: 11, totalHours: 16, sessions: 6 });
    // Delivered as the summary counts: the individual sessions of Łęcka (2 + 3), Mazur's absence none; the group
    // sessions once each (3 + 2), however many came; 4 held sessions in April and Mazur's.
    expect(register.delivered).toEqual({ individualHours: 5, groupHours: 5, totalHours: 10, sessions: 5 });
    // The coach led five held sessions: each counted once with the hours it delivered (Mazur's, absent, none).
    expect(register.leaders).toEqual([{ personId: coach.id, name: 'Olga Coach', institutionName: null, role: 'coach', individualHours: 5, groupHours: 5, totalHours: 10, sessions: 5 }]);
    expect(register.leaderTotals).toEqual({ individualHours: 5, groupHours: 5, totalHours: 10, sessions: 5 });
    // What the coach delivered is what the register says was delivered.
    expect(register.leaderTotals).toEqual(register.delivered);

    // The XLSX: both tables with their totals rows, read back.
    const file = unwrap<ExportedFile>(await dispatch(ctx, 'events.coachingRegisterXlsx', { from: '2026-04-01', to: '2026-04-30' }));
    expect(file.fileName).toBe('rejestr coachingu i superwizji 2026-04-01 – 2026-04-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const values = (name: string) => workbook.getWorksheet(name)!.getSheetValues().slice(1).map((r) => (r as ExcelJS.CellValue[] | undefined)?.slice(1) ?? []);
    const participants = values('Uczestnicy');
    expect(participants[0]).toEqual(['Rejestr coachingu i superwizji od 01.04.2026 do 30.04.2026 (godziny zegarowe)']);
    expect(participants[2]).toEqual(['Imię i nazwisko', 'Instytucja', 'Indywidualne', 'Grupowe', 'Razem', 'Liczba sesji']);
    expect(participants[5]).toEqual(['Anna Łęcka', 'MOPS w Będzinie', 5, 3, 8, 3]);
    expect(participants.at(-1)).toEqual(['Razem', undefined, 5, 11, 16, 6]);
    const leaders = values('Coachowie i superwizorzy');
    expect(leaders.slice(3)).toEqual([['Olga Coach', undefined, 'coach', 5, 5, 10, 5], ['Razem', undefined, undefined, 5, 5, 10, 5]]);

    const supervision = unwrap<CoachingRegister>(await dispatch(ctx, 'events.coachingRegister', { from: '2026-04-01', to: '2026-04-30', type: 'supervision' }));
    expect(supervision.rows.filter((r) => r.totalHours > 0).map((r) => [r.name, r.groupHours])).toEqual([['Piotr Lis', 2]]);
    const may = unwrap<CoachingRegister>(await dispatch(ctx, 'events.coachingRegister', { from: '2026-05-01', to: '2026-05-31', type: 'coaching' }));
    expect(may.rows.find((r) => r.name === 'Anna Łęcka')).toMatchObject({ individualHours: 2, sessions: 1 });
  });
});
