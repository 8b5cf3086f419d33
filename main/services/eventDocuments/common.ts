/**
 * What the documents of an event read, straight from the tables (events, event_leaders, event_participants,
 * people, institutions, projects, settings): the event, its project's logo strip and clause, its leaders and
 * its participants in Polish order. Plus the small HTML pieces the documents share.
 */
import type { Knex } from 'knex';
import { comparePolish, EVENT_LEADER_ROLES, EVENT_TYPES, HOUR_UNITS, type EventType, type HourUnit } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { escapeHtml } from '../documents';
import { notFound, ServiceError } from '../errors';
import { projectLogoFiles } from '../projects';
import { readStoredFile } from '../storedFiles';
import { formatCount } from '../language/plural';
import { formatEventDates, formatTimeRange } from './warsaw';
import type { EventRow as StoredEvent } from '../../../db/rows';

/** Settings the office may keep in the `settings` table; each has a default in this module. */
export const SETTING_KEYS = {
  /** The office's information clause on personal data (RODO), printed under attendance lists. */
  rodoClause: 'rodo.clause',
  /** The office's full name: the organiser when an event names none, the data controller in the default clause. */
  officeName: 'office.name',
  /** The town where certificates are issued ("Katowice, 14 marca 2026 r."). */
  officeCity: 'office.city',
} as const;

export const DEFAULT_OFFICE_NAME = 'Regionalny Ośrodek Polityki Społecznej';

export async function readSetting(db: Knex, key: string): Promise<string | null> {
  const row = (await db('settings').where({ key }).first('value')) as { value: string } | undefined;
  const value = row?.value?.trim();
  return value ? value : null;
}

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

export function eventTypeLabel(type: string): string {
  return (EVENT_TYPES as Record<string, { pl: string } | undefined>)[type]?.pl ?? type;
}

/** "w wizycie studyjnej": the form of the event in the locative, after "wziął/wzięła udział". */
const TYPE_LOCATIVE: Record<EventType, string> = {
  conference: 'w konferencji',
  training: 'w szkoleniu',
  workshop: 'w warsztacie kooperacyjnym',
  coaching: 'w sesji coachingowej',
  supervision: 'w superwizji',
  consultation: 'w spotkaniu konsultacyjnym',
  pzk_initiating_meeting: 'w spotkaniu inicjującym Partnerskiego Zespołu Kooperacyjnego',
  pzk_meeting: 'w spotkaniu Partnerskiego Zespołu Kooperacyjnego',
  zzk_meeting: 'w spotkaniu Zadaniowego Zespołu Kooperacyjnego',
  focus_group: 'w badaniu fokusowym',
  study_visit: 'w wizycie studyjnej',
  expert_team_meeting: 'w spotkaniu Zespołu ds. Modelu',
  education_meeting: 'w spotkaniu edukacyjnym',
};

export function eventTypeLocative(type: string): string {
  return (TYPE_LOCATIVE as Record<string, string | undefined>)[type] ?? `w wydarzeniu (${eventTypeLabel(type)})`;
}

/** Fractions of an hour take the genitive singular: "2,5 godziny dydaktycznej". */
const HOUR_FRACTION_FORMS: Record<HourUnit, string> = { didactic: 'godziny dydaktycznej', clock: 'godziny zegarowej' };

/** "6 godzin dydaktycznych", "2,5 godziny zegarowej", or null when the event has no hours. */
export function hoursText(event: Pick<EventRow, 'hours' | 'hourUnit'>): string | null {
  if (event.hours === null || !Number.isFinite(event.hours)) return null;
  const key: HourUnit = event.hourUnit in HOUR_UNITS ? (event.hourUnit as HourUnit) : 'didactic';
  return formatCount(event.hours, [...HOUR_UNITS[key].forms, HOUR_FRACTION_FORMS[key]]);
}

export interface EventSetting {
  project: { name: string; clause: string | null } | null;
  partnershipName: string | null;
  organiserName: string | null;
  officeName: string;
  dates: string;
  time: string;
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
    officeName: (await readSetting(db, SETTING_KEYS.officeName)) ?? DEFAULT_OFFICE_NAME,
    dates: formatEventDates(event.startsAt, event.endsAt),
    time: formatTimeRange(event.startsAt, event.endsAt),
  };
}

export interface Leader {
  name: string;
  role: string;
  roleLabel: string;
}

/** The event's leaders (trainers, coaches, supervisors, moderators) in Polish order, one line per person. */
export async function eventLeaders(db: Knex, eventId: string): Promise<Leader[]> {
  const rows = (await db('event_leaders as l')
    .join('people as p', 'p.id', 'l.person_id')
    .where('l.event_id', eventId)
    .select('l.person_id', 'l.role', 'p.first_name', 'p.last_name')) as { person_id: string; role: string; first_name: string; last_name: string }[];
  const byPerson = new Map<string, { first: string; last: string; roles: string[] }>();
  for (const row of rows) {
    const entry = byPerson.get(row.person_id) ?? { first: row.first_name, last: row.last_name, roles: [] };
    entry.roles.push(row.role);
    byPerson.set(row.person_id, entry);
  }
  const order = Object.keys(EVENT_LEADER_ROLES);
  return [...byPerson.values()]
    .sort((a, b) => comparePolish(a.last, b.last) || comparePolish(a.first, b.first))
    .map((entry) => {
      const roles = entry.roles.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return {
        name: `${entry.first} ${entry.last}`,
        role: roles[0] ?? 'trainer',
        roleLabel: roles.map((role) => (EVENT_LEADER_ROLES as Record<string, { pl: string } | undefined>)[role]?.pl ?? role).join(', '),
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

// ---------------------------------------------------------------------------------------------------------
// Logo strips and HTML

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]+$/;

function dataUrl(bytes: Uint8Array): string {
  const type = bytes[0] === 0x89 ? 'image/png' : bytes[0] === 0xff ? 'image/jpeg' : 'image/svg+xml';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * The project's logo strip as a data: URL: the monochrome one for black-and-white prints (ESF rules leave the
 * national colours out there), else the colour one; null when the event has no project or the project no strip.
 */
export async function projectLogoDataUrl(ctx: ServiceContext, projectId: string | null, monochrome: boolean): Promise<string | null> {
  if (!projectId) return null;
  const logos = await projectLogoFiles(ctx.db, projectId);
  const logo = monochrome ? logos.mono : logos.color;
  if (!logo) return null;
  const url = dataUrl(await readStoredFile(ctx.filesDir, logo.path, logo.sha256, logo.name));
  if (!DATA_IMAGE.test(url)) throw new ServiceError('validation', 'Pasek logotypów projektu nie jest obrazem PNG, JPG ani SVG.');
  return url;
}

/** An <img> of the logo strip for documents that print it more than once (certificates, badges). */
export function logoImg(url: string | null, className: string): string {
  return url ? `<div class="${className}"><img src="${escapeHtml(url)}" alt=""></div>` : '';
}

/** Free text (a setting, a clause) as escaped paragraphs: blank lines part paragraphs, single breaks stay. */
export function textToHtml(text: string, className?: string): string {
  const attr = className ? ` class="${className}"` : '';
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p${attr}>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

/** "2026 r." never parted at a line end (escaped HTML in, HTML out). */
export function keepYearTogether(html: string): string {
  return html.replace(/(\d) r\./g, '$1&nbsp;r.');
}

/** A file name without characters Windows refuses. */
export function safeFileStem(text: string): string {
  return text.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120) || 'dokument';
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function pdfFile(fileStem: string, bytes: Uint8Array): { fileName: string; contentBase64: string } {
  return { fileName: `${safeFileStem(fileStem)}.pdf`, contentBase64: Buffer.from(bytes).toString('base64') };
}
