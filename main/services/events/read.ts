/** Reading events: the calendar list with its filters and counts, the full detail, participants with attendance. */
import type { Knex } from 'knex';
import {
  comparePolish,
  type AttachmentKind,
  orderedAudiences,
  type EventAudience,
  type AttendanceStatus,
  type CalendarEvent,
  type EventAttachment,
  type EventDetail,
  type EventLeader,
  type EventLeaderRole,
  type EventListQuery,
  type EventPage,
  type EventPageQuery,
  type EventParticipant,
  type EventSummary,
  type UnnamedHeadcount,
  unnamedReached,
} from '../../../preload/contract';
import { notFound } from '../errors';
import { comparePeople } from '../people';
import { type RecordKind } from '../versioned';
import { SEARCH_PLACES, whereSearchMatches } from '../searchText';
import { addDays, eventDays, mondayOf, warsawDayStart, warsawToday } from '../../../preload/contract/warsawTime';
import type { EventRow, HeadcountRow, ParticipantRow as StoredParticipant } from '../../../db/rows';
import { eventRelated } from './auditSnapshot';
import { subregionPowiatCodes, whereInPowiats } from '../subregions';

export const EVENT: RecordKind = { table: 'events', what: 'wydarzenie', related: eventRelated };
export const SERIES: RecordKind = { table: 'event_series', what: 'seria spotkań' };
export const PARTICIPANT_WHAT = 'uczestnik wydarzenia';
export const ATTACHMENT_WHAT = 'załącznik wydarzenia';

/** Audiences as the `audiences` column keeps them: a JSON array of codes in the vocabulary's order, null when none. */
export function storedAudiences(audiences: readonly string[]): string | null {
  const ordered = orderedAudiences(audiences);
  return ordered.length ? JSON.stringify(ordered) : null;
}

/** The audiences of a stored event (unknown codes are dropped). */
export function audiencesOf(stored: string | null | undefined): EventAudience[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? orderedAudiences(parsed.filter((code): code is string => typeof code === 'string')) : [];
  } catch {
    return [];
  }
}

export function personName(first: string | null, last: string | null): string {
  return [first, last].filter(Boolean).join(' ');
}

interface ListedRow extends EventRow {
  territory_name: string | null;
  partnership_territory_name: string | null;
  partnership_name: string | null;
  project_name: string | null;
  organiser_name: string | null;
  registered: number | string;
  present: number | string;
}

/** Events with the names of what they refer to and their counts. */
function baseQuery(db: Knex) {
  return db<ListedRow>('events as e')
    .leftJoin('territorial_units as t', 't.code', 'e.teryt_code')
    .leftJoin('partnerships as p', 'p.id', 'e.partnership_id')
    .leftJoin('territorial_units as pt', 'pt.code', 'p.teryt_code')
    .leftJoin('projects as pr', 'pr.id', 'e.project_id')
    .leftJoin('institutions as o', 'o.id', 'e.organiser_institution_id')
    .select('e.*', {
      territory_name: 't.name',
      partnership_territory_name: 'pt.name',
      partnership_name: 'p.name',
      project_name: 'pr.name',
      organiser_name: 'o.name',
      registered: db('event_participants as rp').count('*').where('rp.event_id', db.ref('e.id')),
      // Present: marked present on at least one day. Each participant's days present are kept as the marks are
      // written (present_days, db/migrations/20261207_020_hot_join_keys.ts): the index on (event_id, present_days)
      // answers without reading the marks.
      present: db('event_participants as pp').count('*').where('pp.event_id', db.ref('e.id')).where('pp.present_days', '>', 0),
    });
}

function toSummary(row: ListedRow, headcounts: Map<string, UnnamedHeadcount[]>): EventSummary {
  const unnamedByDay = headcounts.get(row.id) ?? [];
  return {
    id: row.id,
    version: row.version,
    type: row.type,
    status: row.status,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    terytCode: row.teryt_code,
    territoryName: row.territory_name ?? row.partnership_territory_name,
    partnershipId: row.partnership_id,
    partnershipName: row.partnership_name,
    projectId: row.project_id,
    projectName: row.project_name,
    hours: row.hours === null ? null : Number(row.hours),
    hourUnit: row.hour_unit,
    mode: row.mode,
    certificateRule: row.certificate_rule === 'share' || row.certificate_rule === 'every_day' ? row.certificate_rule : null,
    certificateMinShare: row.certificate_min_share === null || row.certificate_min_share === undefined ? null : Number(row.certificate_min_share),
    seriesId: row.series_id,
    detachedFromSeries: Boolean(row.detached_from_series),
    counts: { registered: Number(row.registered), present: Number(row.present) },
    cancellationReason: row.cancellation_reason ?? null,
    unnamedByDay,
    unnamedParticipants: unnamedByDay.length ? unnamedReached(unnamedByDay) : null,
    audiences: audiencesOf(row.audiences),
  };
}

/** The headcounts of people not named of the events, by event, each list by day. */
async function headcountsOf(db: Knex, ids: string[]): Promise<Map<string, UnnamedHeadcount[]>> {
  const byEvent = new Map<string, UnnamedHeadcount[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows: HeadcountRow[] = await db('event_day_headcounts').whereIn('event_id', ids.slice(i, i + 500)).orderBy('day').select('event_id', 'day', 'count');
    for (const row of rows) byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), { day: row.day, count: Number(row.count) }]);
  }
  return byEvent;
}

async function summariesOfRows(db: Knex, rows: ListedRow[]): Promise<EventSummary[]> {
  const headcounts = await headcountsOf(db, rows.map((row) => row.id));
  return rows.map((row) => toSummary(row, headcounts));
}

/** By start, then by title in Polish order. */
export function compareEvents(a: EventSummary, b: EventSummary): number {
  return a.startsAt.localeCompare(b.startsAt) || comparePolish(a.title, b.title) || a.id.localeCompare(b.id);
}

/**
 * The list's filters, for any query of `events as e` left-joined to its partnership as `p`: what they need from the
 * database first (a subregion's powiats), then a function that puts them on a query.
 */
async function eventFilters(db: Knex, query: EventListQuery | EventPageQuery): Promise<(q: Knex.QueryBuilder) => Knex.QueryBuilder> {
  const powiats = query.subregionId ? await subregionPowiatCodes(db, query.subregionId) : null;
  return (q) => whereFilters(q, query, powiats);
}

function whereFilters(q: Knex.QueryBuilder, query: EventListQuery | EventPageQuery, powiats: Awaited<ReturnType<typeof subregionPowiatCodes>> | null): Knex.QueryBuilder {
  // Overlap with the range of Warsaw days: ends after the first day begins, starts before the day after the last.
  if (query.from) q.where('e.ends_at', '>', warsawDayStart(query.from));
  if (query.to) q.where('e.starts_at', '<', warsawDayStart(addDays(query.to, 1)));
  if (query.types?.length) q.whereIn('e.type', query.types);
  if (query.statuses?.length) q.whereIn('e.status', query.statuses);
  if (query.partnershipId) q.where('e.partnership_id', query.partnershipId);
  if (query.projectId) q.where('e.project_id', query.projectId);
  if (query.territoryCode) {
    const prefix = `${query.territoryCode}%`;
    q.where((w) => w.where('e.teryt_code', 'like', prefix).orWhere((o) => o.whereNull('e.teryt_code').where('p.teryt_code', 'like', prefix)));
  }
  if (query.audiences?.length) {
    const wanted = query.audiences;
    q.where((w) => {
      for (const code of wanted) w.orWhere('e.audiences', 'like', `%"${code}"%`);
    });
  }
  if (powiats) {
    q.where((w) => {
      w.where((own) => whereInPowiats(own as Knex.QueryBuilder, 'e.teryt_code', powiats)).orWhere((o) => {
        o.whereNull('e.teryt_code');
        whereInPowiats(o as Knex.QueryBuilder, 'p.teryt_code', powiats);
      });
    });
  }
  whereSearchMatches(q, 'e.search_text', query.search, SEARCH_PLACES.event('e'));
  return q;
}

export async function listEvents(db: Knex, query: EventListQuery): Promise<EventSummary[]> {
  const filter = await eventFilters(db, query);
  const rows = (await filter(baseQuery(db))) as ListedRow[];
  return (await summariesOfRows(db, rows)).sort(compareEvents);
}

/**
 * One page of the list in the order it opens on (eventOrder.ts of the renderer): the events of this week and
 * later first, soonest first; then those that ended before this week's Monday, latest first. Only the page's
 * events are read with their names and counts; the order and the total come from the events table alone.
 */
export async function listEventsPage(db: Knex, query: EventPageQuery): Promise<EventPage> {
  const monday = warsawDayStart(mondayOf(query.today ?? warsawToday()));
  // Ended before the week: its last Warsaw day is before Monday (an end at midnight belongs to the day before).
  const past = '(e.ends_at <= ? and e.starts_at < ?)';
  const filter = await eventFilters(db, query);
  const filtered = () => filter(db('events as e').leftJoin('partnerships as p', 'p.id', 'e.partnership_id'));
  const ordered: { id: string }[] = await filtered()
    .select('e.id')
    .orderByRaw(`case when ${past} then 1 else 0 end`, [monday, monday])
    .orderByRaw(`case when ${past} then null else e.starts_at end asc`, [monday, monday])
    .orderBy('e.starts_at', 'desc')
    .orderByRaw(`case when ${past} then null else e.title end asc`, [monday, monday])
    .orderBy('e.title', 'desc')
    .orderBy('e.id')
    .offset(query.offset)
    .limit(query.limit);
  const counted = (await filtered().count({ n: '*' }).first()) as { n: number | string } | undefined;
  const ids = ordered.map((row) => row.id);
  const position = new Map(ids.map((id, at) => [id, at]));
  const rows = ids.length ? ((await baseQuery(db).whereIn('e.id', ids)) as ListedRow[]) : [];
  const summaries = (await summariesOfRows(db, rows)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return { rows: summaries, total: Number(counted?.n ?? 0) };
}

/** The calendar's events: the same filters as the list, only what a tile in the calendar shows. */
export async function listCalendarEvents(db: Knex, query: EventListQuery): Promise<CalendarEvent[]> {
  const filter = await eventFilters(db, query);
  const rows: Pick<EventRow, 'id' | 'version' | 'type' | 'status' | 'title' | 'starts_at' | 'ends_at'>[] = await filter(db('events as e').leftJoin('partnerships as p', 'p.id', 'e.partnership_id'))
    .select('e.id', 'e.version', 'e.type', 'e.status', 'e.title', 'e.starts_at', 'e.ends_at')
    .orderBy('e.starts_at')
    .orderBy('e.id');
  return rows.map((row) => ({ id: row.id, version: row.version, type: row.type, status: row.status, title: row.title, startsAt: row.starts_at, endsAt: row.ends_at }));
}

export async function summariesOf(db: Knex, ids: string[]): Promise<EventSummary[]> {
  const rows: ListedRow[] = [];
  for (let i = 0; i < ids.length; i += 500) rows.push(...(await baseQuery(db).whereIn('e.id', ids.slice(i, i + 500))));
  return (await summariesOfRows(db, rows)).sort(compareEvents);
}

/** The stored row of an event, or not_found. */
export async function eventRow(db: Knex, id: string): Promise<EventRow> {
  const row: EventRow | undefined = await db(EVENT.table).where({ id }).first();
  if (!row) throw notFound(EVENT.what);
  return row;
}

// ---------------------------------------------------------------------------------------------------------
// Participants

/** A participant's row with the person's name and the institution's, as the event's page lists them. */
interface ParticipantRow extends StoredParticipant {
  created_at: string;
  first_name: string;
  last_name: string;
  institution_name: string | null;
}

function participantQuery(db: Knex) {
  return db<ParticipantRow>('event_participants as ep')
    .join('people as pe', 'pe.id', 'ep.person_id')
    .leftJoin('institutions as i', 'i.id', 'ep.institution_id')
    .select('ep.*', { first_name: 'pe.first_name', last_name: 'pe.last_name', institution_name: 'i.name' });
}

async function withAttendance(db: Knex, rows: ParticipantRow[]): Promise<EventParticipant[]> {
  const marks = new Map<string, Record<string, AttendanceStatus>>();
  for (let i = 0; i < rows.length; i += 500) {
    const found: { participant_id: string; day: string; status: AttendanceStatus }[] = await db('attendance')
      .whereIn('participant_id', rows.slice(i, i + 500).map((row) => row.id))
      .select('participant_id', 'day', 'status');
    for (const mark of found) marks.set(mark.participant_id, { ...marks.get(mark.participant_id), [mark.day]: mark.status });
  }
  return rows
    .map((row) => {
      const attendance = Object.fromEntries(Object.entries(marks.get(row.id) ?? {}).sort(([a], [b]) => a.localeCompare(b)));
      return {
        id: row.id,
        eventId: row.event_id,
        personId: row.person_id,
        firstName: row.first_name,
        lastName: row.last_name,
        name: personName(row.first_name, row.last_name),
        institutionId: row.institution_id,
        institutionName: row.institution_name,
        walkIn: Boolean(row.walk_in),
        hours: row.hours === null ? null : Number(row.hours),
        attendance,
        present: Object.values(attendance).includes('present'),
        createdAt: row.created_at,
      };
    })
    .sort((a, b) => comparePeople(a, b) || a.id.localeCompare(b.id));
}

export async function participantsOf(db: Knex, eventId: string): Promise<EventParticipant[]> {
  return withAttendance(db, await participantQuery(db).where('ep.event_id', eventId));
}

export async function getParticipant(db: Knex, participantId: string): Promise<EventParticipant> {
  const row = await participantQuery(db).where('ep.id', participantId).first();
  if (!row) throw notFound(PARTICIPANT_WHAT);
  return (await withAttendance(db, [row]))[0]!;
}

export async function participantsById(db: Knex, ids: string[]): Promise<EventParticipant[]> {
  const rows: ParticipantRow[] = [];
  for (let i = 0; i < ids.length; i += 500) rows.push(...(await participantQuery(db).whereIn('ep.id', ids.slice(i, i + 500))));
  return withAttendance(db, rows);
}

// ---------------------------------------------------------------------------------------------------------
// The detail

async function leadersOf(db: Knex, eventId: string): Promise<EventLeader[]> {
  const rows: { person_id: string; role: EventLeaderRole; first_name: string; last_name: string }[] = await db('event_leaders as l')
    .join('people as pe', 'pe.id', 'l.person_id')
    .where('l.event_id', eventId)
    .select('l.person_id', 'l.role', 'pe.first_name', 'pe.last_name');
  return rows
    .map((row) => ({ personId: row.person_id, firstName: row.first_name, lastName: row.last_name, name: personName(row.first_name, row.last_name), role: row.role }))
    .sort((a, b) => comparePeople(a, b) || a.role.localeCompare(b.role));
}

export interface AttachmentRow {
  id: string;
  event_id: string;
  path: string;
  name: string;
  sha256: string;
  created_at: string;
  kind: string;
  caption: string | null;
  taken_on: string | null;
  in_summary: boolean | number;
}

/** JPG and PNG are images (the store names a file by its checked type, so the extension of its path says which). */
export function isImagePath(storedPath: string): boolean {
  return /\.(jpe?g|png)$/i.test(storedPath);
}

export function toAttachment(row: AttachmentRow): EventAttachment {
  return {
    id: row.id,
    eventId: row.event_id,
    name: row.name,
    sha256: row.sha256,
    createdAt: row.created_at,
    kind: row.kind as AttachmentKind,
    caption: row.caption ?? null,
    takenOn: row.taken_on ?? null,
    inSummary: Boolean(row.in_summary),
    isImage: isImagePath(row.path),
  };
}

export async function attachmentsOf(db: Knex, eventId: string): Promise<EventAttachment[]> {
  const rows: AttachmentRow[] = await db('event_attachments').where({ event_id: eventId }).orderBy([{ column: 'created_at' }, { column: 'id' }]);
  return rows.map(toAttachment);
}

export function countOf(rows: { n: number | string }[]): number {
  return Number(rows[0]?.n ?? 0);
}

/** Everything about one event: leaders, participants with attendance per day, its days, series, attachments. */
export async function getEvent(db: Knex, id: string): Promise<EventDetail> {
  const row = await baseQuery(db).where('e.id', id).first();
  if (!row) throw notFound(EVENT.what);
  let series: EventDetail['series'] = null;
  if (row.series_id) {
    const found: { id: string; version: number; rule: string } | undefined = await db(SERIES.table).where({ id: row.series_id }).first('id', 'version', 'rule');
    if (found) {
      const occurrences = countOf(await db(EVENT.table).where({ series_id: found.id }).count({ n: '*' }));
      series = { seriesId: found.id, version: found.version, rule: found.rule, detached: Boolean(row.detached_from_series), occurrences };
    }
  }
  return {
    ...(await summariesOfRows(db, [row]))[0]!,
    organiserInstitutionId: row.organiser_institution_id,
    organiserName: row.organiser_name,
    notes: row.notes,
    leaders: await leadersOf(db, id),
    participants: await participantsOf(db, id),
    days: eventDays(row.starts_at, row.ends_at),
    series,
    attachments: await attachmentsOf(db, id),
    certificateCount: countOf(await db('certificates').where({ event_id: id }).count({ n: '*' })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
