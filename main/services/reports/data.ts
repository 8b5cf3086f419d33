/**
 * Reading what a summary counts, straight from the tables (events, event_participants, attendance, partnerships,
 * agreements, agreement_parties, projects, project_indicators, territorial_units), and resolving each record's
 * place and project:
 *  - an event's place is its own TERYT code, else its partnership's (or that partnership's parent's, for a ZZK), else
 *    its organiser's; its project is its own, else its partnership's (or the parent's);
 *  - a partnership's place is its own code, else its parent's (a ZZK under a PZK), else its leader's; its project
 *    likewise;
 *  - an agreement's place is that of its gmina and powiat parties (any party's code, or its partnership's, decides
 *    whether it is in a territorial scope); its project is its own, else its partnership's.
 */
import type { Knex } from 'knex';
import { EVENT_TYPES, HOUR_UNITS, type IndicatorRow, PARTNERSHIP_KINDS, SESSION_MODES, type EventAudience, type EventType, type HourUnit, type PartnershipKind, type SessionMode, type TerritoryKind, type TerritoryLevel, type UnnamedHeadcount, unnamedReached } from '../../../preload/contract';
import type { HeadcountRow } from '../../../db/rows';
import { warsawDayOrNull, warsawEndDay } from '../../../preload/contract/warsawTime';
import { instantWindow } from './calendar';
import { storedMeasure } from '../projects';
import { audiencesOf } from '../events/read';

/** SQLite accepts at most 999 bound values in one statement: ids go in chunks. */
export const CHUNK = 500;

/**
 * Events are read a page at a time (in the same order): node-sqlite3 builds a whole result in native memory before
 * it becomes JavaScript, and at 17 000 events one result took 43 MB that the allocator then keeps
 * (docs/performance.md, item 6).
 */
const EVENT_PAGE = 2_000;

export interface Unit {
  code: string;
  name: string;
  level: TerritoryLevel;
  kind: TerritoryKind | null;
  voivodeshipCode: string;
  powiatCode: string | null;
}

export type Units = Map<string, Unit>;

export async function loadUnits(db: Knex): Promise<Units> {
  const rows: { code: string; name: string; level: TerritoryLevel; kind: TerritoryKind | null; voivodeship_code: string; powiat_code: string | null }[] = await db('territorial_units').select(
    'code',
    'name',
    'level',
    'kind',
    'voivodeship_code',
    'powiat_code',
  );
  return new Map(rows.map((row) => [row.code, { code: row.code, name: row.name, level: row.level, kind: row.kind, voivodeshipCode: row.voivodeship_code, powiatCode: row.powiat_code }]));
}

/**
 * A query started now, so that the database works on it while JavaScript handles the rows before it (the summary
 * reads a page ahead). Its failure is reported where it is awaited, not as an unhandled rejection meanwhile.
 */
export function started<T>(query: PromiseLike<T>): Promise<T> {
  const running = Promise.resolve(query);
  running.catch(() => undefined);
  return running;
}

async function inChunks<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) all.push(...(await load(ids.slice(i, i + CHUNK))));
  return all;
}

// ---------------------------------------------------------------------------------------------------------
// Events

export interface ReportEvent {
  id: string;
  title: string;
  type: EventType;
  /** Warsaw calendar days. */
  startDay: string;
  endDay: string;
  startsAt: string;
  terytCode: string | null;
  projectId: string | null;
  place: string | null;
  hours: number | null;
  unit: HourUnit;
  mode: SessionMode | null;
  /** People who took part without being named on the list, day by day (days without a headcount left out). */
  unnamedByDay: UnnamedHeadcount[];
  /** The people it reached beyond its list: `unnamedReached` of `unnamedByDay` (the largest headcount of a day). */
  unnamed: number;
  cancellationReason: string | null;
  endsAt: string;
  /** For whom it was held (vocabulary codes, in its order). */
  audiences: EventAudience[];
}

interface EventRow {
  id: string;
  title: string;
  type: string;
  starts_at: string;
  ends_at: string;
  teryt_code: string | null;
  project_id: string | null;
  place: string | null;
  hours: number | string | null;
  hour_unit: string | null;
  mode: string | null;
  cancellation_reason: string | null;
  audiences: string | null;
  partnership_teryt: string | null;
  partnership_project: string | null;
  parent_teryt: string | null;
  parent_project: string | null;
  organiser_teryt: string | null;
}

export function numberOrNull(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** An event as the summary reads it; null when its type is unknown or its Warsaw start day is outside [from, to]. */
function reportEvent(row: EventRow, from: string, to: string, unnamedByDay: UnnamedHeadcount[]): ReportEvent | null {
  if (!Object.hasOwn(EVENT_TYPES, row.type)) return null;
  const startDay = warsawDayOrNull(row.starts_at);
  if (!startDay || startDay < from || startDay > to) return null;
  return {
    id: row.id,
    title: row.title,
    type: row.type as EventType,
    startDay,
    endDay: warsawEndDay(row.starts_at, row.ends_at),
    startsAt: row.starts_at,
    terytCode: row.teryt_code ?? row.partnership_teryt ?? row.parent_teryt ?? row.organiser_teryt ?? null,
    projectId: row.project_id ?? row.partnership_project ?? row.parent_project ?? null,
    place: row.place,
    hours: numberOrNull(row.hours),
    unit: row.hour_unit && Object.hasOwn(HOUR_UNITS, row.hour_unit) ? (row.hour_unit as HourUnit) : 'didactic',
    mode: row.mode && Object.hasOwn(SESSION_MODES, row.mode) ? (row.mode as SessionMode) : null,
    unnamedByDay,
    unnamed: unnamedReached(unnamedByDay),
    cancellationReason: row.cancellation_reason ?? null,
    endsAt: row.ends_at,
    audiences: audiencesOf(row.audiences),
  };
}

/** About how many events with a status start in [from, to] (counted on the stored instants, a day or two wider). */
export async function countEvents(db: Knex, status: 'held' | 'planned' | 'cancelled', from: string, to: string): Promise<number> {
  const window = instantWindow(from, to);
  const [row] = (await db('events').where('status', status).where('starts_at', '>=', window.low).where('starts_at', '<=', window.high).count({ n: '*' })) as { n: number | string }[];
  return Number(row!.n);
}

/** Events with a status whose Warsaw start day is in [from, to], oldest first. Unknown types are left out. */
export async function loadEvents(db: Knex, status: 'held' | 'planned' | 'cancelled', from: string, to: string): Promise<ReportEvent[]> {
  const window = instantWindow(from, to);
  const page = (after: EventRow | undefined) => {
    const query = db('events as e')
      .leftJoin('partnerships as p', 'p.id', 'e.partnership_id')
      .leftJoin('partnerships as pp', 'pp.id', 'p.parent_partnership_id')
      .leftJoin('institutions as o', 'o.id', 'e.organiser_institution_id')
      .where('e.status', status)
      .where('e.starts_at', '>=', window.low)
      .where('e.starts_at', '<=', window.high)
      .select('e.id', 'e.title', 'e.type', 'e.starts_at', 'e.ends_at', 'e.teryt_code', 'e.project_id', 'e.place', 'e.hours', 'e.hour_unit', 'e.mode', 'e.cancellation_reason', 'e.audiences', {
        partnership_teryt: 'p.teryt_code',
        partnership_project: 'p.project_id',
        parent_teryt: 'pp.teryt_code',
        parent_project: 'pp.project_id',
        organiser_teryt: 'o.teryt_code',
      })
      .orderBy('e.starts_at')
      .orderBy('e.id')
      .limit(EVENT_PAGE);
    // The next page begins at the last one's start: a bound on the index's column, so each page is a range of the
    // index instead of a scan from the period's first event (which made reading the pages grow with their square).
    if (after) query.where('e.starts_at', '>=', after.starts_at).where((next) => next.where('e.starts_at', '>', after.starts_at).orWhere('e.id', '>', after.id));
    return query as Promise<EventRow[]>;
  };
  const events: ReportEvent[] = [];
  // Each page becomes events while the next is read: the raw rows of at most two pages are held at once.
  for (let next: Promise<EventRow[]> | null = started(page(undefined)); next; ) {
    const batch: EventRow[] = await next;
    const counting = started(db('event_day_headcounts').whereIn('event_id', batch.map((row) => row.id)).orderBy('day').select('event_id', 'day', 'count') as Promise<HeadcountRow[]>);
    next = batch.length < EVENT_PAGE ? null : started(page(batch[batch.length - 1]));
    const headcounts = new Map<string, UnnamedHeadcount[]>();
    for (const row of await counting) {
      const list = headcounts.get(row.event_id);
      const headcount = { day: row.day, count: Number(row.count) };
      if (list) list.push(headcount);
      else headcounts.set(row.event_id, [headcount]);
    }
    for (const row of batch) {
      const event = reportEvent(row, from, to, headcounts.get(row.id) ?? []);
      if (event) events.push(event);
    }
  }
  return events;
}

/**
 * Which of these people (numbers of a presence table, presence.ts) have the role of a social worker: 1 at a
 * person's number when they have, 0 otherwise.
 */
export async function socialWorkersAmong(db: Knex, personIds: readonly string[], people: number[]): Promise<Uint8Array> {
  // Few people asked about: their roles by id. Many (a macroregion's year of coaching): every social worker in one
  // query, which costs less than binding tens of thousands of ids into chunks of statements.
  const rows =
    people.length <= CHUNK
      ? ((await db('person_roles')
          .whereIn(
            'person_id',
            people.map((person) => personIds[person]!),
          )
          .where('role', 'social_worker')
          .select('person_id')) as { person_id: string }[])
      : ((await db('person_roles').where('role', 'social_worker').select('person_id')) as { person_id: string }[]);
  const workers = new Set(rows.map((row) => row.person_id));
  const flags = new Uint8Array(personIds.length);
  for (const person of people) if (workers.has(personIds[person]!)) flags[person] = 1;
  return flags;
}

// ---------------------------------------------------------------------------------------------------------
// Partnerships

export interface ReportPartnership {
  id: string;
  kind: PartnershipKind;
  name: string;
  terytCode: string | null;
  projectId: string | null;
  leaderName: string | null;
  strategicPartnerName: string | null;
  initiatedOn: string | null;
  formalisedOn: string | null;
  endedOn: string | null;
}

export async function loadPartnerships(db: Knex): Promise<ReportPartnership[]> {
  const rows: {
    id: string;
    kind: string;
    name: string;
    teryt_code: string | null;
    project_id: string | null;
    parent_teryt: string | null;
    parent_project: string | null;
    leader_teryt: string | null;
    leader_name: string | null;
    strategic_partner_name: string | null;
    initiated_on: string | null;
    formalised_on: string | null;
    ended_on: string | null;
  }[] = await db('partnerships as p')
    .leftJoin('partnerships as pp', 'pp.id', 'p.parent_partnership_id')
    .leftJoin('institutions as li', 'li.id', 'p.leader_institution_id')
    .leftJoin('institutions as si', 'si.id', 'p.strategic_partner_institution_id')
    .select('p.id', 'p.kind', 'p.name', 'p.teryt_code', 'p.project_id', 'p.initiated_on', 'p.formalised_on', 'p.ended_on', {
      parent_teryt: 'pp.teryt_code',
      parent_project: 'pp.project_id',
      leader_teryt: 'li.teryt_code',
      leader_name: 'li.name',
      strategic_partner_name: 'si.name',
    });
  return rows
    .filter((row) => Object.hasOwn(PARTNERSHIP_KINDS, row.kind))
    .map((row) => ({
      id: row.id,
      kind: row.kind as PartnershipKind,
      name: row.name,
      terytCode: row.teryt_code ?? row.parent_teryt ?? row.leader_teryt ?? null,
      projectId: row.project_id ?? row.parent_project ?? null,
      leaderName: row.leader_name,
      strategicPartnerName: row.strategic_partner_name,
      initiatedOn: row.initiated_on,
      formalisedOn: row.formalised_on,
      endedOn: row.ended_on,
    }));
}

// ---------------------------------------------------------------------------------------------------------
// Agreements

export interface ReportAgreementParty {
  kind: string;
  name: string;
  terytCode: string | null;
}

export interface ReportAgreement {
  id: string;
  number: string;
  signedOn: string;
  projectId: string | null;
  projectName: string | null;
  partnershipName: string | null;
  partnershipTeryt: string | null;
  parties: ReportAgreementParty[];
}

/** Agreements signed (status signed, or terminated later) with a signing date in [from, to]. */
export async function loadSignedAgreements(db: Knex, from: string, to: string): Promise<ReportAgreement[]> {
  const rows: {
    id: string;
    number: string;
    signed_on: string;
    project_id: string | null;
    partnership_project: string | null;
    project_name: string | null;
    partnership_project_name: string | null;
    partnership_name: string | null;
    partnership_teryt: string | null;
  }[] = await db('agreements as a')
    .leftJoin('partnerships as p', 'p.id', 'a.partnership_id')
    .leftJoin('projects as pr', 'pr.id', 'a.project_id')
    .leftJoin('projects as ppr', 'ppr.id', 'p.project_id')
    .whereIn('a.status', ['signed', 'terminated'])
    .whereNotNull('a.signed_on')
    .where('a.signed_on', '>=', from)
    .where('a.signed_on', '<=', to)
    .select('a.id', 'a.number', 'a.signed_on', 'a.project_id', {
      partnership_project: 'p.project_id',
      project_name: 'pr.name',
      partnership_project_name: 'ppr.name',
      partnership_name: 'p.name',
      partnership_teryt: 'p.teryt_code',
    })
    .orderBy('a.signed_on')
    .orderBy('a.number');
  const parties = await inChunks(
    rows.map((row) => row.id),
    (chunk) =>
      db('agreement_parties as ap')
        .leftJoin('institutions as i', 'i.id', 'ap.institution_id')
        .whereIn('ap.agreement_id', chunk)
        .select('ap.agreement_id', 'ap.kind', 'ap.name', 'ap.position', { teryt_code: 'ap.teryt_code', institution_teryt: 'i.teryt_code' })
        .orderBy('ap.position') as Promise<{ agreement_id: string; kind: string; name: string; teryt_code: string | null; institution_teryt: string | null }[]>,
  );
  const byAgreement = new Map<string, ReportAgreementParty[]>();
  for (const party of parties) {
    const list = byAgreement.get(party.agreement_id) ?? [];
    list.push({ kind: party.kind, name: party.name, terytCode: party.teryt_code ?? party.institution_teryt ?? null });
    byAgreement.set(party.agreement_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    signedOn: row.signed_on,
    projectId: row.project_id ?? row.partnership_project ?? null,
    projectName: row.project_name ?? row.partnership_project_name ?? null,
    partnershipName: row.partnership_name,
    partnershipTeryt: row.partnership_teryt,
    parties: byAgreement.get(row.id) ?? [],
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Projects and indicators

/** An indicator as the summary's table shows it, before what was achieved is computed. */
export type ReportIndicator = Omit<IndicatorRow, 'achieved' | 'percent' | 'basis'>;

export async function loadIndicators(db: Knex, projectId: string | null): Promise<ReportIndicator[]> {
  const query = db('project_indicators as i')
    .join('projects as p', 'p.id', 'i.project_id')
    .select('i.id', 'i.project_id', 'i.code', 'i.name', 'i.unit', 'i.target', 'i.measure', 'i.measure_origin', { project_name: 'p.name' })
    .orderBy('p.name')
    .orderBy('i.project_id')
    .orderBy('i.position');
  if (projectId) query.where('i.project_id', projectId);
  const rows: {
    id: string;
    project_id: string;
    project_name: string;
    code: string;
    name: string;
    unit: string;
    target: number | string | null;
    measure: string | null;
    measure_origin: string | null;
  }[] = await query;
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    projectName: row.project_name,
    code: row.code,
    name: row.name,
    unit: row.unit,
    target: numberOrNull(row.target),
    measure: storedMeasure(row.measure),
    measureOrigin: row.measure_origin === 'guessed' || row.measure_origin === 'unknown' ? row.measure_origin : null,
  }));
}
