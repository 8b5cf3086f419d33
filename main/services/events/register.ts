/**
 * The register of coaching and supervision: per person, the clock hours received in a period, individual and group,
 * and the hours delivered as every other figure counts them (reports/deliveredHours.ts: an individual session only
 * when its participant was present, a group session once by the hours held). Only held events count; a participant
 * never marked present received nothing. Didactic hours are converted to clock hours.
 */
import type { Knex } from 'knex';
import type { PersonRow as StoredPerson } from '../../../db/rows';
import {
  PER_PERSON_HOUR_TYPES,
  toClockHours,
  type CoachingLeaderRow,
  type CoachingRegister,
  type CoachingRegisterQuery,
  type CoachingRegisterRow,
  type EventType,
  type HourUnit,
  type SessionMode,
} from '../../../preload/contract';
import { comparePeople } from '../people';
import { personName } from './read';
import { addDays, warsawDayStart } from '../../../preload/contract/warsawTime';
import { deliveredHours, hoursReceived, sessionModeOf } from '../reports/deliveredHours';

/** Hours rounded to hundredths: 0.75 × 3 is 2.25, not 2.2500000000000004. */
function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}

interface SessionRow {
  id: string;
  type: EventType;
  hours: number | string | null;
  hour_unit: HourUnit;
  mode: SessionMode | null;
}

interface ParticipantRow {
  participant_id: string;
  event_id: string;
  person_id: string;
  hours: number | string | null;
}

/** A person with the name of their institution. */
type PersonRow = Pick<StoredPerson, 'id' | 'first_name' | 'last_name'> & { institution_name: string | null };

const num = (value: number | string | null): number | null => (value === null ? null : Number(value));

/** Sessions held in the period (those starting on its Warsaw days), per person: social workers all listed, anyone else who took part. */
export async function coachingRegister(db: Knex, query: CoachingRegisterQuery): Promise<CoachingRegister> {
  const types = query.type ? [query.type] : [...PER_PERSON_HOUR_TYPES];
  const sessions: SessionRow[] = await db('events')
    .whereIn('type', types)
    .where('status', 'held')
    .where('starts_at', '>=', warsawDayStart(query.from))
    .where('starts_at', '<', warsawDayStart(addDays(query.to, 1)))
    .select('id', 'type', 'hours', 'hour_unit', 'mode');

  const participants: ParticipantRow[] = [];
  const present = new Set<string>();
  const ids = sessions.map((s) => s.id);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    participants.push(...((await db('event_participants').whereIn('event_id', chunk).select('id as participant_id', 'event_id', 'person_id', 'hours')) as ParticipantRow[]));
    const marked = (await db('attendance as a')
      .join('event_participants as ep', 'ep.id', 'a.participant_id')
      .whereIn('ep.event_id', chunk)
      .where('a.status', 'present')
      .distinct('a.participant_id')) as { participant_id: string }[];
    for (const row of marked) present.add(row.participant_id);
  }
  const participantsOf = new Map<string, ParticipantRow[]>();
  for (const p of participants) participantsOf.set(p.event_id, [...(participantsOf.get(p.event_id) ?? []), p]);

  const totals = new Map<string, { individual: number; group: number; sessions: number }>();
  const delivered = { individual: 0, group: 0, sessions: 0 };
  /** Each session's delivered clock hours and mode: what its coach or supervisor is credited with. */
  const deliveredBySession = new Map<string, { mode: 'individual' | 'group'; hours: number }>();
  for (const session of sessions) {
    const event = { type: session.type, mode: session.mode, hours: num(session.hours) };
    const here = (participantsOf.get(session.id) ?? []).filter((p) => present.has(p.participant_id));
    const people = new Set(here.map((p) => p.person_id)).size;
    const mode = sessionModeOf(event, people);
    const own = here.map((p) => num(p.hours));
    const forHours = { people, personalHours: own.some((h) => h !== null) ? own.reduce<number>((sum, h) => sum + (h ?? 0), 0) : null, withoutOwnHours: own.filter((h) => h === null).length };
    const sessionHours = toClockHours(deliveredHours(event, forHours), session.hour_unit);
    delivered[mode === 'individual' ? 'individual' : 'group'] += sessionHours;
    delivered.sessions += 1;
    deliveredBySession.set(session.id, { mode: mode === 'individual' ? 'individual' : 'group', hours: sessionHours });
    for (const p of here) {
      const hours = toClockHours(hoursReceived(event, { present: true, ownHours: num(p.hours) }), session.hour_unit);
      const entry = totals.get(p.person_id) ?? { individual: 0, group: 0, sessions: 0 };
      if (mode === 'individual') entry.individual += hours;
      else entry.group += hours;
      entry.sessions += 1;
      totals.set(p.person_id, entry);
    }
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
  const leaders = await coachingLeaders(db, query, types, deliveredBySession);
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
    delivered: { individualHours: round(delivered.individual), groupHours: round(delivered.group), totalHours: round(delivered.individual + delivered.group), sessions: delivered.sessions },
  };
}

/**
 * Coaches and supervisors of the held sessions in the period: each session led credited once with the hours it
 * delivered (clock), by the same rule as every other figure — an individual session whose participant was absent
 * delivered none.
 */
async function coachingLeaders(
  db: Knex,
  query: CoachingRegisterQuery,
  types: string[],
  deliveredBySession: Map<string, { mode: 'individual' | 'group'; hours: number }>,
): Promise<CoachingLeaderRow[]> {
  const led: (PersonRow & { role: string; event_id: string })[] = await db('event_leaders as l')
    .join('events as e', 'e.id', 'l.event_id')
    .join('people as p', 'p.id', 'l.person_id')
    .leftJoin('institutions as i', 'i.id', 'p.institution_id')
    .whereIn('e.type', types)
    .where('e.status', 'held')
    .where('e.starts_at', '>=', warsawDayStart(query.from))
    .where('e.starts_at', '<', warsawDayStart(addDays(query.to, 1)))
    .select('p.id', 'p.first_name', 'p.last_name', { institution_name: 'i.name' }, 'l.role', 'e.id as event_id');
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
    const session = deliveredBySession.get(row.event_id);
    if (!session) continue;
    if (session.mode === 'individual') entry.individualHours += session.hours;
    else entry.groupHours += session.hours;
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
