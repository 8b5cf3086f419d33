/**
 * What the documents of an event read, straight from the tables (events, event_leaders, event_participants,
 * people, institutions, projects, settings): the event, its project, partnership and organiser, its leaders and its
 * participants in Polish order.
 */
import type { Knex } from 'knex';
import { comparePolish, EVENT_LEADER_ROLES } from '../../../preload/contract';
import type { EventSetting } from '../documents/kinds';
import { notFound } from '../errors';
import { formatEventDates, formatTimeRange } from '../language';
import { officeName } from '../office';
import type { EventRow as StoredEvent } from '../../../db/rows';

export interface EventRow {
  id: string;
  title: string;
  type: string;
  status: string;
  projectId: string | null;
  partnershipId: string | null;
  place: string | null;
  organiserInstitutionId: string | null;
  startsAt: string;
  endsAt: string;
  hours: number | null;
  hourUnit: string;
}

/** The stored columns a document reads (EVENT_COLUMNS). */
export type RawEvent = Pick<StoredEvent, (typeof EVENT_COLUMNS)[number]>;

export function toEventRow(raw: RawEvent): EventRow {
  return {
    id: raw.id,
    title: raw.title,
    type: raw.type,
    status: raw.status,
    projectId: raw.project_id,
    partnershipId: raw.partnership_id,
    place: raw.place,
    organiserInstitutionId: raw.organiser_institution_id,
    startsAt: raw.starts_at,
    endsAt: raw.ends_at,
    hours: raw.hours === null || raw.hours === undefined ? null : Number(raw.hours),
    hourUnit: raw.hour_unit ?? 'didactic',
  };
}

export const EVENT_COLUMNS = [
  'id',
  'title',
  'type',
  'status',
  'project_id',
  'partnership_id',
  'place',
  'organiser_institution_id',
  'starts_at',
  'ends_at',
  'hours',
  'hour_unit',
] as const;

export async function loadEvent(db: Knex, id: string): Promise<EventRow> {
  const raw = (await db('events').where({ id }).first(...EVENT_COLUMNS)) as RawEvent | undefined;
  if (!raw) throw notFound('wydarzenie');
  return toEventRow(raw);
}

/** The event's project, partnership and organiser by name, and its dates and times in words. */
export async function eventSetting(db: Knex, event: EventRow): Promise<EventSetting> {
  const project = event.projectId ? ((await db('projects').where({ id: event.projectId }).first('name', 'cofinancing_clause')) as { name: string; cofinancing_clause: string | null } | undefined) : undefined;
  const partnership = event.partnershipId ? ((await db('partnerships').where({ id: event.partnershipId }).first('name')) as { name: string } | undefined) : undefined;
  const organiser = event.organiserInstitutionId ? ((await db('institutions').where({ id: event.organiserInstitutionId }).first('name')) as { name: string } | undefined) : undefined;
  return {
    project: project ? { name: project.name, clause: project.cofinancing_clause?.trim() || null } : null,
    partnershipName: partnership?.name ?? null,
    organiserName: organiser?.name ?? null,
    officeName: await officeName(db),
    dates: formatEventDates(event.startsAt, event.endsAt),
    time: formatTimeRange(event.startsAt, event.endsAt),
  };
}

export interface Leader {
  name: string;
  firstName: string;
  lastName: string;
  role: string;
  roleLabel: string;
  /** The roles as a badge names them, in the person's form („trenerka” for Pani). */
  badgeRoleLabel: string;
  institutionName: string | null;
}

/** The event's leaders (trainers, coaches, supervisors, moderators) in Polish order, one line per person. */
export async function eventLeaders(db: Knex, eventId: string): Promise<Leader[]> {
  const rows = (await db('event_leaders as l')
    .join('people as p', 'p.id', 'l.person_id')
    .leftJoin('institutions as i', 'i.id', 'p.institution_id')
    .where('l.event_id', eventId)
    .select('l.person_id', 'l.role', 'p.first_name', 'p.last_name', 'p.form_of_address', 'i.name as institution_name')) as {
    person_id: string;
    role: string;
    first_name: string;
    last_name: string;
    form_of_address: string | null;
    institution_name: string | null;
  }[];
  const byPerson = new Map<string, { first: string; last: string; form: string | null; institution: string | null; roles: string[] }>();
  for (const row of rows) {
    const entry = byPerson.get(row.person_id) ?? { first: row.first_name, last: row.last_name, form: row.form_of_address, institution: row.institution_name, roles: [] };
    entry.roles.push(row.role);
    byPerson.set(row.person_id, entry);
  }
  const order = Object.keys(EVENT_LEADER_ROLES);
  return [...byPerson.values()]
    .sort((a, b) => comparePolish(a.last, b.last) || comparePolish(a.first, b.first))
    .map((entry) => {
      const roles = entry.roles.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      const labels = EVENT_LEADER_ROLES as Record<string, { pl: string; plFeminine: string } | undefined>;
      return {
        name: `${entry.first} ${entry.last}`,
        firstName: entry.first,
        lastName: entry.last,
        role: roles[0] ?? 'trainer',
        roleLabel: roles.map((role) => labels[role]?.pl ?? role).join(', '),
        badgeRoleLabel: roles.map((role) => (entry.form === 'ms' ? labels[role]?.plFeminine : labels[role]?.pl) ?? role).join(', '),
        institutionName: entry.institution,
      };
    });
}

export interface Participant {
  participantId: string;
  personId: string;
  firstName: string;
  lastName: string;
  name: string;
  institutionName: string | null;
  walkIn: boolean;
}

export function byPolishName<T extends { firstName: string; lastName: string }>(a: T, b: T): number {
  return comparePolish(a.lastName, b.lastName) || comparePolish(a.firstName, b.firstName);
}

/**
 * The event's participants by last name in Polish order, each with the institution they came from at the time
 * (or, where the list did not record one, the person's institution now).
 */
export async function eventParticipants(db: Knex, eventId: string): Promise<Participant[]> {
  const rows = (await db('event_participants as ep')
    .join('people as p', 'p.id', 'ep.person_id')
    .leftJoin('institutions as i', 'i.id', 'ep.institution_id')
    .leftJoin('institutions as pi', 'pi.id', 'p.institution_id')
    .where('ep.event_id', eventId)
    .select('ep.id', 'ep.person_id', 'ep.walk_in', 'p.first_name', 'p.last_name', 'i.name as institution_name', 'pi.name as person_institution_name')) as {
    id: string;
    person_id: string;
    walk_in: number | boolean;
    first_name: string;
    last_name: string;
    institution_name: string | null;
    person_institution_name: string | null;
  }[];
  return rows
    .map((row) => ({
      participantId: row.id,
      personId: row.person_id,
      firstName: row.first_name,
      lastName: row.last_name,
      name: `${row.first_name} ${row.last_name}`,
      institutionName: row.institution_name ?? row.person_institution_name ?? null,
      walkIn: Boolean(row.walk_in),
    }))
    .sort(byPolishName);
}
