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
  for (const session of sessions) {
    const event = { type: session.type, mode: session.mode, hours: num(session.hours) };
    const here = (participantsOf.get(session.id) ?? []).filter((p) => present.has(p.participant_id));
    const people = new Set(here.map((p) => p.person_id)).size;
    const mode = sessionModeOf(event, people);
    const own = here.map((p) => num(p.hours));
    const forHours = { people, personalHours: own.some((h) => h !== null) ? own.reduce<number>((sum, h) => sum + (h ?? 0), 0) : null, withoutOwnHours: own.filter((h) => h === null).length };
    delivered[mode === 'individual' ? 'individual' : 'group'] += toClockHours(deliveredHours(event, forHours), session.hour_unit);
    delivered.sessions += 1;
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
    delivered: { individualHours: round(delivered.individual), groupHours: round(delivered.group), totalHours: round(delivered.individual + delivered.group), sessions: delivered.sessions },
  };
}
