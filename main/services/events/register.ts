/**
 * The register of coaching and supervision: per person, the clock hours received in a period, individual and group.
 * Only held events count. A participant's own hours when set, else the event's; converted from didactic hours
 * where the event counts them so. A participant whose attendance was marked and who was never present got nothing.
 */
import type { Knex } from 'knex';
import type { PersonRow as StoredPerson } from '../../../db/rows';
import {
  PER_PERSON_HOUR_TYPES,
  toClockHours,
  type AttendanceStatus,
  type CoachingLeaderRow,
  type CoachingRegister,
  type CoachingRegisterQuery,
  type CoachingRegisterRow,
  type HourUnit,
  type SessionMode,
} from '../../../preload/contract';
import { comparePeople } from '../people';
import { personName } from './read';
import { addDays, warsawDayStart } from '../../../preload/contract/warsawTime';

/** Hours rounded to hundredths: 0.75 × 3 is 2.25, not 2.2500000000000004. */
function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}

interface SessionRow {
  participant_id: string;
  person_id: string;
  participant_hours: number | null;
  event_hours: number | null;
  hour_unit: HourUnit;
  mode: SessionMode | null;
}

/** A person with the name of their institution. */
type PersonRow = Pick<StoredPerson, 'id' | 'first_name' | 'last_name'> & { institution_name: string | null };

/** Sessions held in the period (those starting on its Warsaw days), per person: social workers all listed, anyone else who took part. */
export async function coachingRegister(db: Knex, query: CoachingRegisterQuery): Promise<CoachingRegister> {
  const types = query.type ? [query.type] : [...PER_PERSON_HOUR_TYPES];
  const sessions: SessionRow[] = await db('event_participants as ep')
    .join('events as e', 'e.id', 'ep.event_id')
    .whereIn('e.type', types)
    .where('e.status', 'held')
    .where('e.starts_at', '>=', warsawDayStart(query.from))
    .where('e.starts_at', '<', warsawDayStart(addDays(query.to, 1)))
    .select('ep.id as participant_id', 'ep.person_id', 'ep.hours as participant_hours', 'e.hours as event_hours', 'e.hour_unit', 'e.mode');

  const marks = new Map<string, AttendanceStatus[]>();
  const ids = sessions.map((s) => s.participant_id);
  for (let i = 0; i < ids.length; i += 500) {
    const rows: { participant_id: string; status: AttendanceStatus }[] = await db('attendance').whereIn('participant_id', ids.slice(i, i + 500)).select('participant_id', 'status');
    for (const row of rows) marks.set(row.participant_id, [...(marks.get(row.participant_id) ?? []), row.status]);
  }

  const totals = new Map<string, { individual: number; group: number; sessions: number }>();
  for (const session of sessions) {
    const marked = marks.get(session.participant_id);
    if (marked && !marked.includes('present')) continue;
    const hours = toClockHours(Number(session.participant_hours ?? session.event_hours ?? 0), session.hour_unit);
    const entry = totals.get(session.person_id) ?? { individual: 0, group: 0, sessions: 0 };
    if (session.mode === 'individual') entry.individual += hours;
    else entry.group += hours;
    entry.sessions += 1;
    totals.set(session.person_id, entry);
  }

  const people: PersonRow[] = await db('people as p')
    .leftJoin('institutions as i', 'i.id', 'p.institution_id')
    .where((w) => {
      w.whereIn('p.id', db('person_roles').select('person_id').where('role', 'social_worker'));
      const participants = [...totals.keys()];
      for (let i = 0; i < participants.length; i += 500) w.orWhereIn('p.id', participants.slice(i, i + 500));
    })
    .select('p.id', 'p.first_name', 'p.last_name', { institution_name: 'i.name' });

  const rows: CoachingRegisterRow[] = people
    .map((person) => {
      const entry = totals.get(person.id) ?? { individual: 0, group: 0, sessions: 0 };
      return {
        personId: person.id,
        firstName: person.first_name,
        lastName: person.last_name,
        name: personName(person.first_name, person.last_name),
        institutionName: person.institution_name,
        individualHours: round(entry.individual),
        groupHours: round(entry.group),
        totalHours: round(entry.individual + entry.group),
        sessions: entry.sessions,
      };
    })
    .sort((a, b) => comparePeople(a, b) || a.personId.localeCompare(b.personId));

  const sum = (pick: (row: CoachingRegisterRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const leaders = await coachingLeaders(db, query, types);
  const leaderSum = (pick: (row: CoachingLeaderRow) => number) => round(leaders.reduce((total, row) => total + pick(row), 0));
  return {
    from: query.from,
    to: query.to,
    type: query.type ?? null,
    rows,
    totals: {
      individualHours: round(sum((row) => row.individualHours)),
      groupHours: round(sum((row) => row.groupHours)),
      totalHours: round(sum((row) => row.totalHours)),
      sessions: sum((row) => row.sessions),
    },
    leaders,
    leaderTotals: {
      individualHours: leaderSum((row) => row.individualHours),
      groupHours: leaderSum((row) => row.groupHours),
      totalHours: leaderSum((row) => row.totalHours),
      sessions: leaderSum((row) => row.sessions),
    },
  };
}

/** Coaches and supervisors of the held sessions in the period: the event's hours (clock) once per session led. */
async function coachingLeaders(db: Knex, query: CoachingRegisterQuery, types: string[]): Promise<CoachingLeaderRow[]> {
  const led: (PersonRow & { role: string; event_hours: number | null; hour_unit: HourUnit; mode: SessionMode | null })[] = await db('event_leaders as l')
    .join('events as e', 'e.id', 'l.event_id')
    .join('people as p', 'p.id', 'l.person_id')
    .leftJoin('institutions as i', 'i.id', 'p.institution_id')
    .whereIn('e.type', types)
    .where('e.status', 'held')
    .where('e.starts_at', '>=', warsawDayStart(query.from))
    .where('e.starts_at', '<', warsawDayStart(addDays(query.to, 1)))
    .select('p.id', 'p.first_name', 'p.last_name', { institution_name: 'i.name' }, 'l.role', 'e.hours as event_hours', 'e.hour_unit', 'e.mode');
  const byLeader = new Map<string, CoachingLeaderRow & { firstName: string; lastName: string }>();
  for (const row of led) {
    const key = `${row.id} ${row.role}`;
    const entry = byLeader.get(key) ?? {
      personId: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      name: personName(row.first_name, row.last_name),
      institutionName: row.institution_name,
      role: row.role,
      individualHours: 0,
      groupHours: 0,
      totalHours: 0,
      sessions: 0,
    };
    const hours = toClockHours(Number(row.event_hours ?? 0), row.hour_unit);
    if (row.mode === 'individual') entry.individualHours += hours;
    else entry.groupHours += hours;
    entry.sessions += 1;
    byLeader.set(key, entry);
  }
  return [...byLeader.values()]
    .sort((a, b) => comparePeople(a, b) || a.personId.localeCompare(b.personId) || a.role.localeCompare(b.role))
    .map(({ firstName: _first, lastName: _last, ...row }) => ({
      ...row,
      individualHours: round(row.individualHours),
      groupHours: round(row.groupHours),
      totalHours: round(row.individualHours + row.groupHours),
    }));
}
