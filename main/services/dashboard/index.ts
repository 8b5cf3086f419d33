/**
 * The dashboard (Pulpit): what an office worker looks at first, read straight from the tables.
 *
 * - This and next week (Monday–Sunday, Warsaw time): planned and held events overlapping the week.
 * - Agreements waiting for signature (draft, sent) and signed ones valid until within 30 days.
 * - Indicators against their targets, from the start to today, computed by the same function as the summary's.
 * - Active partnerships (PZK, G-PZK, ZZK) without a held meeting in the last 30 days.
 * - Running projects' current phase and next milestone (with the days left).
 * - Working teams with a planned meeting rhythm: achieved against target over the last twelve months (the one rule
 *   of partnerships/rhythm.ts, which the summary calls too), those falling behind first.
 * - The 10 most recently changed records (institutions, people, partnerships, agreements, events).
 */
import type { Knex } from 'knex';
import type { AgreementRow as StoredAgreement, MilestoneRow, PhaseRow } from '../../../db/rows';
import {
  comparePolish,
  phaseStatus,
  romanNumeral,
  TEAM_MEETING_TYPES,
  type MeetingRhythm,
  type DashboardAgreement,
  type DashboardChange,
  type DashboardEvent,
  type DashboardIndicator,
  type DashboardOverview,
  type DashboardProjectStage,
  type DashboardQuietPartnership,
  type DashboardWeek,
  type EventType,
  type PartnershipKind,
  type RecordKindName,
} from '../../../preload/contract';
import { indicatorsUntil } from '../reports/summary';
import { meetingRhythms, recentPeriod } from '../partnerships/rhythm';
import { addDays, daysBetween, mondayOf, warsawDayStart, warsawToday } from '../../../preload/contract/warsawTime';

/** Agreements whose validity ends within this many days are "expiring". */
export const EXPIRING_WITHIN_DAYS = 30;
/** A partnership without a held meeting for this many days is listed as quiet. */
export const QUIET_AFTER_DAYS = 30;
/** Event types that are meetings of a partnership: the vocabulary's, which the meeting rhythm counts too. */
export const MEETING_TYPES: EventType[] = [...TEAM_MEETING_TYPES];
const RECENT_COUNT = 10;
const LIST_LIMIT = 50;

// ---------------------------------------------------------------------------------------------------------
// Weeks

async function weekEvents(db: Knex, monday: string): Promise<DashboardWeek> {
  const from = warsawDayStart(monday);
  const to = warsawDayStart(addDays(monday, 7));
  const rows = (await db('events as e')
    .leftJoin('partnerships as p', 'p.id', 'e.partnership_id')
    .whereIn('e.status', ['planned', 'held'])
    .where('e.starts_at', '<', to)
    .where('e.ends_at', '>', from)
    .orderBy('e.starts_at')
    .orderBy('e.title')
    .select('e.id', 'e.title', 'e.type', 'e.status', 'e.starts_at', 'e.ends_at', 'e.place', 'p.name as partnership_name')) as {
    id: string;
    title: string;
    type: EventType;
    status: 'planned' | 'held';
    starts_at: string;
    ends_at: string;
    place: string | null;
    partnership_name: string | null;
  }[];
  const events: DashboardEvent[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    type: row.type,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    partnershipName: row.partnership_name,
  }));
  return { from: monday, to: addDays(monday, 6), events };
}

/** Events still "planned" after their end, oldest first: the figures leave them out until they are settled. */
async function toSettle(db: Knex, now: string): Promise<DashboardOverview['toSettle']> {
  const rows = (await db('events as e')
    .leftJoin('partnerships as p', 'p.id', 'e.partnership_id')
    .where('e.status', 'planned')
    .where('e.ends_at', '<', now)
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .limit(LIST_LIMIT)
    .select('e.id', 'e.version', 'e.title', 'e.type', 'e.starts_at', 'e.ends_at', 'e.place', 'p.name as partnership_name')) as {
    id: string;
    version: number;
    title: string;
    type: EventType;
    starts_at: string;
    ends_at: string;
    place: string | null;
    partnership_name: string | null;
  }[];
  return rows.map((row) => ({ id: row.id, version: Number(row.version), title: row.title, type: row.type, status: 'planned', startsAt: row.starts_at, endsAt: row.ends_at, place: row.place, partnershipName: row.partnership_name }));
}

// ---------------------------------------------------------------------------------------------------------
// Agreements

/** What the dashboard reads of an agreement. */
type AgreementRow = Pick<StoredAgreement, 'id' | 'number' | 'status' | 'valid_until'>;

async function withParties(db: Knex, rows: AgreementRow[], today: string, expiring: boolean): Promise<DashboardAgreement[]> {
  const names = new Map<string, string[]>();
  if (rows.length) {
    const parties = (await db('agreement_parties')
      .whereIn(
        'agreement_id',
        rows.map((row) => row.id),
      )
      .orderBy('agreement_id')
      .orderBy('position')
      .select('agreement_id', 'name')) as { agreement_id: string; name: string }[];
    for (const party of parties) names.set(party.agreement_id, [...(names.get(party.agreement_id) ?? []), party.name]);
  }
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    status: row.status,
    partyNames: names.get(row.id) ?? [],
    validUntil: row.valid_until,
    daysLeft: expiring && row.valid_until ? daysBetween(today, row.valid_until) : null,
  }));
}

async function agreements(db: Knex, today: string) {
  const columns = ['id', 'number', 'status', 'valid_until'];
  const waiting = (await db('agreements').whereIn('status', ['draft', 'sent']).orderBy('updated_at', 'desc').limit(LIST_LIMIT).select(columns)) as AgreementRow[];
  const expiring = (await db('agreements')
    .where('status', 'signed')
    .whereBetween('valid_until', [today, addDays(today, EXPIRING_WITHIN_DAYS)])
    .orderBy('valid_until')
    .orderBy('number')
    .limit(LIST_LIMIT)
    .select(columns)) as AgreementRow[];
  return { awaiting: await withParties(db, waiting, today, false), expiring: await withParties(db, expiring, today, true) };
}

// ---------------------------------------------------------------------------------------------------------
// Indicators

/** Every project's indicators until today, computed by the summary's one function (reports/indicators.ts). */
async function indicators(db: Knex, today: string): Promise<DashboardIndicator[]> {
  const rows = await indicatorsUntil(db, today);
  rows.sort((a, b) => comparePolish(a.projectName, b.projectName) || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
  return rows.map((row) => ({
    id: row.id,
    projectId: row.projectId,
    projectName: row.projectName,
    code: row.code,
    name: row.name,
    unit: row.unit,
    target: Number(row.target ?? 0),
    achieved: row.achieved,
    basis: row.basis,
    measureKind: row.measure.kind,
    measureOrigin: row.measureOrigin,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Partnerships without a meeting

async function quietPartnerships(db: Knex, today: string, now: string): Promise<DashboardQuietPartnership[]> {
  const since = warsawDayStart(addDays(today, -QUIET_AFTER_DAYS));
  const lastMeeting = db('events as e')
    .whereRaw('e.partnership_id = p.id')
    .whereIn('e.type', MEETING_TYPES)
    .where('e.status', 'held')
    .where('e.starts_at', '<=', now)
    .max('e.starts_at')
    .as('last_meeting_at');
  const rows = (await db('partnerships as p')
    .where((q) => q.whereNull('p.ended_on').orWhere('p.ended_on', '>', today))
    .select('p.id', 'p.kind', 'p.name', lastMeeting)) as { id: string; kind: PartnershipKind; name: string; last_meeting_at: string | null }[];
  return rows
    .filter((row) => !row.last_meeting_at || row.last_meeting_at < since)
    .sort((a, b) => (a.last_meeting_at ?? '').localeCompare(b.last_meeting_at ?? '') || comparePolish(a.name, b.name))
    .slice(0, LIST_LIMIT)
    .map((row) => ({ id: row.id, kind: row.kind, name: row.name, lastMeetingAt: row.last_meeting_at }));
}

/** Working teams with a target, judged over the last twelve months: those behind first (furthest behind first), then by name. */
async function rhythmOfTeams(db: Knex, today: string): Promise<MeetingRhythm[]> {
  const rhythms = await meetingRhythms(db, recentPeriod(today), today);
  const gap = (r: MeetingRhythm) => r.perMonth - (r.target ?? 0);
  return rhythms
    .filter((r) => r.target !== null && r.to === today)
    .sort((a, b) => Number(b.behind) - Number(a.behind) || (a.behind ? gap(a) - gap(b) : 0) || comparePolish(a.partnershipName, b.partnershipName))
    .slice(0, LIST_LIMIT);
}

// ---------------------------------------------------------------------------------------------------------
// Phases and milestones

/** Running projects (not ended before today) with their current phase and next milestone, by name. */
async function projectStages(db: Knex, today: string): Promise<DashboardProjectStage[]> {
  const projects = (await db('projects')
    .where((q) => q.whereNull('end_date').orWhere('end_date', '>=', today))
    .select('id', 'name')) as { id: string; name: string }[];
  if (projects.length === 0) return [];
  const ids = projects.map((p) => p.id);
  const phases = (await db('project_phases').whereIn('project_id', ids).orderBy('project_id').orderBy('position').select('*')) as PhaseRow[];
  const milestones = (await db('project_milestones').whereIn('project_id', ids).whereNull('reached_on').orderBy('project_id').orderBy('position').select('*')) as MilestoneRow[];
  const stages: DashboardProjectStage[] = [];
  for (const project of projects) {
    const own = phases.filter((phase) => phase.project_id === project.id);
    const index = own.findIndex((phase) => phaseStatus({ startDate: phase.start_date, endDate: phase.end_date }, today) === 'current');
    const phase = index >= 0 ? own[index]! : null;
    const next = milestones
      .filter((m) => m.project_id === project.id)
      .sort((a, b) => (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999') || a.position - b.position)[0];
    if (!phase && !next) continue;
    stages.push({
      projectId: project.id,
      projectName: project.name,
      currentPhase: phase
        ? { number: index + 1, numeral: romanNumeral(index + 1), name: phase.name, startDate: phase.start_date, endDate: phase.end_date, daysLeft: phase.end_date ? daysBetween(today, phase.end_date) : null }
        : null,
      nextMilestone: next ? { name: next.name, dueDate: next.due_date, daysLeft: next.due_date ? daysBetween(today, next.due_date) : null } : null,
    });
  }
  return stages.sort((a, b) => comparePolish(a.projectName, b.projectName));
}

// ---------------------------------------------------------------------------------------------------------
// Recent changes

type Row = Record<string, string>;

const RECENT_SOURCES: { kind: RecordKindName; table: string; columns: string[]; title: (row: Row) => string }[] = [
  { kind: 'institution', table: 'institutions', columns: ['name'], title: (row) => row.name! },
  { kind: 'person', table: 'people', columns: ['first_name', 'last_name'], title: (row) => `${row.first_name} ${row.last_name}` },
  { kind: 'partnership', table: 'partnerships', columns: ['name'], title: (row) => row.name! },
  { kind: 'agreement', table: 'agreements', columns: ['number'], title: (row) => row.number! },
  { kind: 'event', table: 'events', columns: ['title'], title: (row) => row.title! },
];

async function recentChanges(db: Knex): Promise<DashboardChange[]> {
  const all: DashboardChange[] = [];
  for (const source of RECENT_SOURCES) {
    const rows = (await db(source.table)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(RECENT_COUNT)
      .select('id', 'updated_at', ...source.columns)) as Row[];
    all.push(...rows.map((row) => ({ kind: source.kind, id: row.id!, title: source.title(row), updatedAt: row.updated_at! })));
  }
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)).slice(0, RECENT_COUNT);
}

async function counts(db: Knex): Promise<DashboardOverview['counts']> {
  const result = { project: 0, institution: 0, person: 0, partnership: 0, agreement: 0, event: 0 };
  const tables: [keyof typeof result, string][] = [...RECENT_SOURCES.map((source): [keyof typeof result, string] => [source.kind, source.table]), ['project', 'projects']];
  for (const [kind, table] of tables) {
    const [row] = await db(table).count({ n: '*' });
    result[kind] = Number(row?.n ?? 0);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------

export async function dashboardOverview(db: Knex, query: { today: string | null }, now: Date = new Date()): Promise<DashboardOverview> {
  const today = query.today ?? warsawToday(now);
  // "Now" for a given day is the end of that day; otherwise the real moment.
  const nowIso = query.today ? warsawDayStart(addDays(today, 1)) : now.toISOString();
  const monday = mondayOf(today);
  const { awaiting, expiring } = await agreements(db, today);
  return {
    today,
    counts: await counts(db),
    thisWeek: await weekEvents(db, monday),
    nextWeek: await weekEvents(db, addDays(monday, 7)),
    agreementsAwaitingSignature: awaiting,
    agreementsExpiring: expiring,
    indicators: await indicators(db, today),
    toSettle: await toSettle(db, nowIso),
    quietPartnerships: await quietPartnerships(db, today, nowIso),
    projectStages: await projectStages(db, today),
    meetingRhythm: await rhythmOfTeams(db, today),
    recentChanges: await recentChanges(db),
  };
}
