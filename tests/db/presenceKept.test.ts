/**
 * Presence kept per participant as the marks are written (event_participants.present_days, db/migrations/
 * 20261207_020_hot_join_keys.ts): whatever changes the marks — setting, changing, clearing them, removing a
 * participant, deleting the event — the count stays the number of the participant's marks "present", and the
 * summary, which reads it instead of the marks, counts what the marks say. On SQLite and PostgreSQL alike.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { EventDetail, Institution, ParticipantsAdded, Person, ReportSummary } from '../../preload/contract';
import { dispatch } from '../../main/ipc/dispatch';
import type { Runtime } from '../../main/runtime';
import { socialWorkersAmong } from '../../main/services/reports/data';
import { loadPresence } from '../../main/services/reports/presence';
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

async function call<T>(channel: string, input: unknown): Promise<T> {
  return unwrap<T>(await dispatch(ctx, channel as never, input));
}

/** Each participant's kept count next to the count of their marks "present", by person's last name. */
async function keptAndCounted(): Promise<Record<string, [number, number]>> {
  const rows = (await ctx
    .db('event_participants as ep')
    .join('people as p', 'p.id', 'ep.person_id')
    .select('p.last_name', 'ep.present_days', ctx.db.raw("(SELECT COUNT(*) FROM attendance a WHERE a.participant_id = ep.id AND a.status = 'present') AS counted"))) as {
    last_name: string;
    present_days: number | string;
    counted: number | string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.last_name, [Number(row.present_days), Number(row.counted)]]));
}

it('keeps each participant\'s presence marks counted through every change of the marks, and the summary counts them', async () => {
  const mops = await call<Institution>('institutions.save', { name: 'MOPS w Będzinie', type: 'ops', terytCode: '2401011' });
  const person = (lastName: string) => call<Person>('people.save', { firstName: 'Anna', lastName, institutionId: mops.id, roles: ['social_worker'] });
  const people = [await person('Nowak'), await person('Kowalska'), await person('Wójcik')];
  const event = await call<EventDetail>('events.save', {
    title: 'Szkolenie międzysektorowe: diagnoza lokalna',
    type: 'training',
    status: 'held',
    terytCode: '2401011',
    startsAt: '2026-03-10T09:00:00+01:00',
    endsAt: '2026-03-11T13:00:00+01:00',
  });
  const { added } = await call<ParticipantsAdded>('events.addParticipants', { eventId: event.id, personIds: people.map((p) => p.id) });
  const id = new Map(added.map((participant) => [participant.personId, participant.id]));
  const [nowak, kowalska, wojcik] = people.map((p) => id.get(p.id)!) as [string, string, string];
  const mark = (marks: [string, string, string | null][]) =>
    call('events.setAttendance', { eventId: event.id, marks: marks.map(([participantId, day, status]) => ({ participantId, day, status })) });

  expect(await keptAndCounted()).toEqual({ Nowak: [0, 0], Kowalska: [0, 0], Wójcik: [0, 0] });
  await mark([
    [nowak, '2026-03-10', 'present'],
    [nowak, '2026-03-11', 'present'],
    [kowalska, '2026-03-10', 'present'],
    [kowalska, '2026-03-11', 'absent'],
    [wojcik, '2026-03-10', 'excused'],
  ]);
  expect(await keptAndCounted()).toEqual({ Nowak: [2, 2], Kowalska: [1, 1], Wójcik: [0, 0] });
  // Changed and cleared marks.
  await mark([
    [kowalska, '2026-03-10', 'excused'],
    [kowalska, '2026-03-11', 'present'],
    [nowak, '2026-03-11', null],
    [wojcik, '2026-03-10', 'present'],
  ]);
  expect(await keptAndCounted()).toEqual({ Nowak: [1, 1], Kowalska: [1, 1], Wójcik: [1, 1] });

  // The summary reads the kept counts: three people present, three presence marks.
  const presence = await loadPresence(ctx.db, [event.id]);
  expect(presence.byEvent.get(event.id)?.marks).toBe(3);
  const summary = await call<ReportSummary>('reports.summary', { from: '2026-01-01', to: '2026-12-31', scope: { kind: 'all', code: null, projectId: null }, rounding: 'exact', planMonths: 12 });
  expect(summary.events.training).toMatchObject({ count: 1, participants: 3, attendances: 3 });

  // A participant removed takes the marks along; the others keep theirs.
  await call('events.removeParticipant', { participantId: wojcik });
  expect(await keptAndCounted()).toEqual({ Nowak: [1, 1], Kowalska: [1, 1] });
  const after = await call<ReportSummary>('reports.summary', { from: '2026-01-01', to: '2026-12-31', scope: { kind: 'all', code: null, projectId: null }, rounding: 'exact', planMonths: 12 });
  expect(after.events.training).toMatchObject({ participants: 2, attendances: 2 });
});

it("reads an event's people present in one row per event: each person once, their marks and own hours summed, even with an id holding the separator", async () => {
  const event = await call<EventDetail>('events.save', {
    title: 'Superwizja grupowa',
    type: 'supervision',
    mode: 'group',
    status: 'held',
    startsAt: '2026-03-10T09:00:00+01:00',
    endsAt: '2026-03-11T13:00:00+01:00',
  });
  const other = await call<EventDetail>('events.save', { title: 'Coaching', type: 'coaching', mode: 'individual', status: 'held', startsAt: '2026-03-12T09:00:00+01:00', endsAt: '2026-03-12T11:00:00+01:00' });
  const person = (lastName: string) => call<Person>('people.save', { firstName: 'Ewa', lastName, institutionId: null, roles: [] });
  const [ala, ola] = [await person('Nowak'), await person('Wójcik')];
  // An id imported from a file written by hand may hold any character, the separator of the joined ids too.
  const odd = 'per-import\u001fręczny';
  await ctx.db('people').insert({ ...(await ctx.db('people').where({ id: ala.id }).first()), id: odd, last_name: 'Zieleń' });
  const { added } = await call<ParticipantsAdded>('events.addParticipants', { eventId: event.id, personIds: [ala.id, ola.id, odd] });
  const id = new Map(added.map((participant) => [participant.personId, participant.id]));
  await call('events.setParticipantHours', { participantId: id.get(ala.id), hours: 1.5 });
  const { added: again } = await call<ParticipantsAdded>('events.addParticipants', { eventId: other.id, personIds: [ala.id] });
  const mark = (eventId: string, marks: [string, string][]) =>
    call('events.setAttendance', { eventId, marks: marks.map(([participantId, day]) => ({ participantId, day, status: 'present' })) });
  await mark(event.id, [
    [id.get(ala.id)!, '2026-03-10'],
    [id.get(ala.id)!, '2026-03-11'],
    [id.get(ola.id)!, '2026-03-11'],
    [id.get(odd)!, '2026-03-10'],
  ]);
  await mark(other.id, [[again[0]!.id, '2026-03-12']]);

  const presence = await loadPresence(ctx.db, [event.id, other.id]);
  const people = (eventId: string) => [...presence.byEvent.get(eventId)!.people].map((number) => presence.personIds[number]).sort();
  expect(people(event.id)).toEqual([ala.id, ola.id, odd].sort());
  expect(presence.byEvent.get(event.id)).toMatchObject({ marks: 4, personalHours: 1.5, withoutOwnHours: 2 });
  // The same person at two events has one number.
  expect(people(other.id)).toEqual([ala.id]);
  expect(presence.personIds).toHaveLength(3);
  expect(presence.rows).toBe(4);
});

it('tells the social workers among the people present alike whether few are asked about (by id) or many (every social worker at once)', async () => {
  const worker = await call<Person>('people.save', { firstName: 'Anna', lastName: 'Nowak', institutionId: null, roles: ['social_worker', 'coach'] });
  const other = await call<Person>('people.save', { firstName: 'Jan', lastName: 'Wójcik', institutionId: null, roles: ['coach'] });
  const elsewhere = await call<Person>('people.save', { firstName: 'Ewa', lastName: 'Zieleń', institutionId: null, roles: ['social_worker'] });
  // Numbers as a presence table gives them; most of the many are people of no role at all.
  const personIds = [other.id, worker.id, ...Array.from({ length: 600 }, (_, i) => `per-bez-roli-${i}`), elsewhere.id];
  const few = await socialWorkersAmong(ctx.db, personIds, [0, 1]);
  expect([...few.slice(0, 3)]).toEqual([0, 1, 0]);
  const all = personIds.map((_, number) => number).filter((number) => number !== personIds.length - 1);
  const many = await socialWorkersAmong(ctx.db, personIds, all);
  // A social worker not among the people asked about is not flagged.
  expect([...many].flatMap((flag, number) => (flag ? [personIds[number]] : []))).toEqual([worker.id]);
});
