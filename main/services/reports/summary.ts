/**
 * The summary of a period and scope, computed with plain queries on the tables (see data.ts for how places and
 * projects are resolved). The rules:
 *  - An event belongs to the period when its Warsaw start day is in [from, to]; only held events count, planned
 *    ones after `to` (the next `planMonths` months, and from today on in a period still running) make the plan;
 *    cancelled ones are listed with their reasons, in no figure.
 *  - Participants are distinct people marked present at least once; attendances are presence marks (one per
 *    person and day).
 *  - Hours follow the one rule of deliveredHours.ts: an event's `hours` in its own unit (clock or didactic), an
 *    individual coaching or supervision session only for the participants present (their own hours when recorded),
 *    a group session by the hours held; clockEquivalent converts didactic hours at 45/60. The mode of a session is
 *    its `mode`; without one, a session with more than one person present is a group session, otherwise individual.
 *  - A partnership is formed on `formalised_on`, or — never formalised — on `initiated_on` (its first initiating
 *    meeting): formed in the period when that day is in it; active during the period when it was formed by `to`
 *    and had not ended before `from`. Without either date it counts in neither figure.
 *  - Agreements count when signed (status signed or terminated) with `signed_on` in the period.
 */
import type { Knex } from 'knex';
import {
  EVENT_AUDIENCE_KEYS,
  EVENT_TYPE_KEYS,
  PARTNERSHIP_KIND_KEYS,
  type AudienceSplit,
  type SubregionRow,
  type SubregionSpread,
  toClockHours,
  type AreaRow,
  type EventFigures,
  type EventType,
  type FormedPartnershipRow,
  type IndicatorRow,
  type MonthCounts,
  type PartnershipFigures,
  type PartnershipKind,
  type OutsideEventRow,
  type CountedEventRow,
  peopleReached,
  type PlannedEventRow,
  type ReportEventIdentity,
  type ReportRequest,
  type ReportSummary,
  type SessionFigures,
  type SignedAgreementRow,
  type TeamRow,
  type TerritoryLevel,
  type VoivodeshipRow,
  comparePolish,
  quoted,
} from '../../../preload/contract';
import { warsawDay, warsawToday } from '../../../preload/contract/warsawTime';
import { notFound, ServiceError } from '../errors';
import { addDays, addMonths, monthsBetween, periodTitle } from './calendar';
import { loadEvents, loadIndicators, loadPartnerships, loadSignedAgreements, loadUnits, socialWorkersAmong, type ReportAgreement, type ReportEvent, type ReportPartnership, type Unit, type Units } from './data';
import { indicatorRows, loadMembers, loadRoles, loadValues } from './indicators';
import { buildChronicle, buildNarrative } from './narrative';
import { loadMilestones, loadPhases, loadStudies, milestoneSentences, phaseSentences, studyItem } from './projectStage';
import { countDistinct, listDistinct, loadPresence, NOBODY, type EventPresence } from './presence';
import { summaryPhotos } from './photos';
import { round2 } from './rounding';
import { deliveredHours, isSessionType, sessionModeOf } from './deliveredHours';
import type { HeldEvent } from './types';
import { subregionOfPowiat } from '../subregions';
import { voivodeshipGenitive } from './phrases';
import { compositionOf, teamsOf } from '../partnerships/team';
import { meetingRhythms } from '../partnerships/rhythm';

// ---------------------------------------------------------------------------------------------------------
// Held events with what happened at them

function isPerPerson(type: EventType): boolean {
  return isSessionType(type);
}

/**
 * The event itself becomes the held event: copying 17 000 events of 13 fields with a spread made about 45 MB of
 * garbage a summary at the benchmark's scale (docs/performance.md, item 6). Its hours and mode follow the one rule
 * of deliveredHours.ts.
 */
export function heldEvent(event: ReportEvent, present: EventPresence): HeldEvent {
  const forHours = { people: present.people.length, personalHours: present.personalHours, withoutOwnHours: present.withoutOwnHours };
  return Object.assign(event, {
    people: present.people,
    attendances: present.marks,
    deliveredHours: deliveredHours(event, forHours),
    sessionMode: sessionModeOf(event, present.people.length),
  });
}

/** Adds up events into the figures of a table row. */
class Tally {
  count = 0;
  clock = 0;
  didactic = 0;
  attendances = 0;
  unnamed = 0;
  private readonly people: Int32Array[] = [];

  add(event: HeldEvent): this {
    this.count += 1;
    this.unnamed += event.unnamed;
    if (event.unit === 'clock') this.clock += event.deliveredHours;
    else this.didactic += event.deliveredHours;
    this.attendances += event.attendances;
    this.people.push(event.people);
    return this;
  }

  figures(): EventFigures {
    return {
      count: this.count,
      hours: { clock: round2(this.clock), didactic: round2(this.didactic) },
      clockEquivalent: round2(toClockHours(this.clock, 'clock') + toClockHours(this.didactic, 'didactic')),
      participants: countDistinct(this.people),
      unnamed: this.unnamed,
      attendances: this.attendances,
    };
  }
}

function tally(events: HeldEvent[]): EventFigures {
  const t = new Tally();
  for (const event of events) t.add(event);
  return t.figures();
}

function byType(events: HeldEvent[]): Record<EventType, EventFigures> {
  return Object.fromEntries(EVENT_TYPE_KEYS.map((type) => [type, tally(events.filter((e) => e.type === type))])) as Record<EventType, EventFigures>;
}

/** `socialWorkers[n]` is 1 when person number n has the role of a social worker. */
function sessionFigures(events: HeldEvent[], type: 'coaching' | 'supervision', socialWorkers: Uint8Array): SessionFigures {
  const sessions = events.filter((e) => e.type === type);
  const months = sessions.map((e) => e.startDay.slice(0, 7)).sort();
  const anyone = sessions.some((e) => e.people.length > 0);
  return {
    individual: tally(sessions.filter((e) => e.sessionMode === 'individual')),
    group: tally(sessions.filter((e) => e.sessionMode === 'group')),
    total: tally(sessions),
    firstMonth: months[0] ?? null,
    lastMonth: months[months.length - 1] ?? null,
    allSocialWorkers: anyone && sessions.every((e) => e.people.every((person) => socialWorkers[person] === 1)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Partnerships and agreements

export function formedOn(p: ReportPartnership): string | null {
  return p.formalisedOn ?? p.initiatedOn ?? null;
}

function partnershipFigures(partnerships: ReportPartnership[], from: string, to: string): Record<PartnershipKind, PartnershipFigures> {
  const result = {} as Record<PartnershipKind, PartnershipFigures>;
  for (const kind of PARTNERSHIP_KIND_KEYS) {
    const ofKind = partnerships.filter((p) => p.kind === kind);
    result[kind] = {
      formed: ofKind.filter((p) => isFormedIn(p, from, to)).length,
      active: ofKind.filter((p) => isActiveIn(p, from, to)).length,
      initiated: ofKind.filter((p) => p.initiatedOn !== null && p.initiatedOn >= from && p.initiatedOn <= to).length,
    };
  }
  return result;
}

function isFormedIn(p: ReportPartnership, from: string, to: string): boolean {
  const day = formedOn(p);
  return day !== null && day >= from && day <= to;
}

function isActiveIn(p: ReportPartnership, from: string, to: string): boolean {
  const day = formedOn(p);
  return day !== null && day <= to && (p.endedOn === null || p.endedOn >= from);
}

const JST_KINDS = new Set(['gmina', 'powiat']);

function agreementFigures(agreements: ReportAgreement[]): { signed: number; gminas: number; powiats: number } {
  const gminas = new Set<string>();
  const powiats = new Set<string>();
  for (const agreement of agreements) {
    for (const party of agreement.parties) {
      const key = party.terytCode ?? party.name;
      if (party.kind === 'gmina') gminas.add(key);
      if (party.kind === 'powiat') powiats.add(key);
    }
  }
  return { signed: agreements.length, gminas: gminas.size, powiats: powiats.size };
}

/** The voivodeship an agreement belongs to: its gmina's or powiat's, else the voivodeship party's, else its partnership's. */
function agreementVoivodeship(agreement: ReportAgreement): string | null {
  const jst = agreement.parties.find((p) => JST_KINDS.has(p.kind) && p.terytCode);
  const code = jst?.terytCode ?? agreement.parties.find((p) => p.kind === 'voivodeship' && p.terytCode)?.terytCode ?? agreement.partnershipTeryt;
  return code ? code.slice(0, 2) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Names of places

export function capitaliseName(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('pl') + text.slice(1) : text;
}

/** How a unit is named in tables: "Będzin", "powiat będziński", "Bielsko-Biała", "województwo śląskie". */
export function unitLabel(unit: Unit): string {
  if (unit.level === 'voivodeship') return `województwo ${unit.name}`;
  if (unit.level === 'powiat') return unit.kind === 'city_county' ? unit.name : `powiat ${unit.name}`;
  return unit.name;
}

/** Seed 000's "Gmina / Powiat" column: "Będzin / Powiat Będziński" where a land county's PCPR is the strategic partner. */
function partnershipTerritory(p: ReportPartnership, units: Units): string | null {
  const unit = p.terytCode ? units.get(p.terytCode) : undefined;
  if (!unit) return p.terytCode;
  if (unit.level === 'gmina') {
    const powiat = unit.powiatCode ? units.get(unit.powiatCode) : undefined;
    return powiat && powiat.kind === 'land_county' && p.strategicPartnerName ? `${unit.name} / Powiat ${capitaliseName(powiat.name)}` : unit.name;
  }
  if (unit.level === 'powiat') return unit.kind === 'city_county' ? unit.name : `Powiat ${capitaliseName(unit.name)}`;
  return `województwo ${unit.name}`;
}

/** "w województwie śląskim", "w powiecie będzińskim", "w mieście Bielsko-Biała", "w gminie Będzin". */
export function unitLocative(unit: Unit): string {
  if (unit.level === 'voivodeship') return `w województwie ${unit.name.replace(/ie$/, 'im')}`;
  if (unit.level === 'powiat') {
    if (unit.kind === 'city_county') return `w mieście ${unit.name}`;
    return /[iy]$/.test(unit.name) ? `w powiecie ${unit.name}m` : `na terenie powiatu ${unit.name}`;
  }
  return `w gminie ${unit.name}`;
}

// ---------------------------------------------------------------------------------------------------------
// Tables by place

function groupByPlace(events: HeldEvent[]): Map<string | null, HeldEvent[]> {
  const groups = new Map<string | null, HeldEvent[]>();
  for (const event of events) {
    const list = groups.get(event.terytCode) ?? [];
    list.push(event);
    groups.set(event.terytCode, list);
  }
  return groups;
}

/** What a row of places (a gmina, a powiat, a voivodeship, a subregion) counts of its held events. */
function placeFigures(events: HeldEvent[]): Pick<AreaRow, 'events' | 'hours' | 'clockEquivalent' | 'participants' | 'attendances'> {
  const figures = tally(events);
  return { events: figures.count, hours: figures.hours, clockEquivalent: figures.clockEquivalent, participants: figures.participants, attendances: figures.attendances };
}

function areaRow(code: string | null, events: HeldEvent[], units: Units): AreaRow {
  const unit = code ? units.get(code) : undefined;
  const voivodeship = unit ? units.get(unit.voivodeshipCode) : code ? units.get(code.slice(0, 2)) : undefined;
  const powiat = unit?.powiatCode && unit.level === 'gmina' ? units.get(unit.powiatCode) : undefined;
  return {
    code,
    name: unit ? unitLabel(unit) : (code ?? 'bez przypisanego miejsca'),
    level: unit?.level ?? null,
    powiatName: powiat ? unitLabel(powiat) : null,
    voivodeshipCode: voivodeship?.code ?? (code ? code.slice(0, 2) : null),
    voivodeshipName: voivodeship?.name ?? null,
    ...placeFigures(events),
  };
}

function compareAreas(a: AreaRow, b: AreaRow): number {
  if ((a.code === null) !== (b.code === null)) return a.code === null ? 1 : -1;
  return comparePolish(a.voivodeshipName ?? '', b.voivodeshipName ?? '') || comparePolish(a.name, b.name) || (a.code ?? '').localeCompare(b.code ?? '');
}

// ---------------------------------------------------------------------------------------------------------
// Scope

interface ResolvedScope {
  name: string;
  level: TerritoryLevel | null;
  /** "w województwie śląskim", "w ramach projektu „…”", '' for the whole database. */
  locative: string;
  /** Whether a record with this place and project is in the scope. */
  includes(terytCode: string | null, projectId: string | null): boolean;
}

async function resolveScope(db: Knex, request: ReportRequest, units: Units): Promise<ResolvedScope> {
  const { scope } = request;
  if (scope.kind === 'territory' && scope.code) {
    const unit = units.get(scope.code);
    if (!unit) throw new ServiceError('not_found', `W rejestrze TERYT nie ma województwa, powiatu ani gminy o kodzie ${scope.code}.`);
    const prefix = scope.code;
    return { name: unitLabel(unit), level: unit.level, locative: unitLocative(unit), includes: (code) => code !== null && code.startsWith(prefix) };
  }
  if (scope.kind === 'subregion' && scope.subregionId) {
    const subregion = (await db('subregions').where({ id: scope.subregionId }).first('name', 'voivodeship_code')) as { name: string; voivodeship_code: string } | undefined;
    if (!subregion) throw notFound('subregion');
    const powiats = new Set(((await db('subregion_powiats').where({ subregion_id: scope.subregionId }).select('powiat_code')) as { powiat_code: string }[]).map((row) => row.powiat_code));
    const voivodeship = units.get(subregion.voivodeship_code);
    const of = voivodeship ? ` województwa ${voivodeshipGenitive(voivodeship.name)}` : '';
    return {
      name: `subregion ${quoted(subregion.name)}${of}`,
      level: null,
      locative: `w subregionie ${quoted(subregion.name)}${of}`,
      includes: (code) => code !== null && code.length >= 4 && powiats.has(code.slice(0, 4)),
    };
  }
  if (scope.kind === 'project' && scope.projectId) {
    const project = (await db('projects').where({ id: scope.projectId }).first('name')) as { name: string } | undefined;
    if (!project) throw notFound('projekt');
    const id = scope.projectId;
    return { name: project.name, level: null, locative: `w ramach projektu ${quoted(project.name)}`, includes: (_code, projectId) => projectId === id };
  }
  return { name: 'cała baza danych', level: null, locative: '', includes: () => true };
}

function agreementInScope(agreement: ReportAgreement, scope: ResolvedScope): boolean {
  const codes = [...agreement.parties.map((p) => p.terytCode), agreement.partnershipTeryt].filter((code): code is string => code !== null);
  return codes.some((code) => scope.includes(code, agreement.projectId)) || scope.includes(null, agreement.projectId);
}

// ---------------------------------------------------------------------------------------------------------
// The summary

/** What the summary is computed from: the held events with their presence, and the records in the scope. */
interface SummaryInput {
  from: string;
  to: string;
  units: Units;
  scope: ResolvedScope;
  held: HeldEvent[];
  /** `socialWorkers[n]` is 1 when person number n has the role of a social worker. */
  socialWorkers: Uint8Array;
  /** The people's ids by their numbers (presence.ts). */
  personIds: string[];
  partnerships: ReportPartnership[];
  agreements: ReportAgreement[];
  plan: { from: string; to: string; events: ReportEvent[] };
  /** Events of the period still "planned" after their end: in no figure until settled. */
  leftOut: ReportEvent[];
  cancelled: ReportEvent[];
  /** The office's subregions by powiat code. */
  subregionOf: Map<string, { id: string; name: string; voivodeshipCode: string }>;
}

/**
 * The plan: the `planMonths` months after the period; a period still running on `today` plans from `today` on, so that
 * what is still ahead in it (the meetings of December in a summary printed in early December) is in the plan rather
 * than nowhere.
 */
export function planSpan(from: string, to: string, planMonths: number, today: string): { planFrom: string; planTo: string } {
  const after = addDays(to, 1);
  const planFrom = today < from ? from : today <= to ? today : after;
  return { planFrom, planTo: addDays(addMonths(after, planMonths), -1) };
}

async function loadInput(db: Knex, request: ReportRequest): Promise<SummaryInput> {
  const { from, to } = request;
  const units = await loadUnits(db);
  const scope = await resolveScope(db, request, units);

  const events = (await loadEvents(db, 'held', from, to)).filter((e) => scope.includes(e.terytCode, e.projectId));
  const presence = await loadPresence(
    db,
    events.map((e) => e.id),
  );
  const held = events.map((e) => heldEvent(e, presence.byEvent.get(e.id) ?? NOBODY));
  const socialWorkers = await socialWorkersAmong(db, presence.personIds, listDistinct(held.filter((e) => isPerPerson(e.type)).map((e) => e.people)));

  const partnerships = (await loadPartnerships(db)).filter((p) => scope.includes(p.terytCode, p.projectId));
  const agreements = (await loadSignedAgreements(db, from, to)).filter((a) => agreementInScope(a, scope));

  const now = new Date().toISOString();
  const leftOut = (await loadEvents(db, 'planned', from, to)).filter((e) => e.endsAt < now && scope.includes(e.terytCode, e.projectId));
  const cancelled = (await loadEvents(db, 'cancelled', from, to)).filter((e) => scope.includes(e.terytCode, e.projectId));

  const { planFrom, planTo } = planSpan(from, to, request.planMonths, warsawToday());
  // An event of the period already over while still planned is left out (above), not planned.
  const planned = (await loadEvents(db, 'planned', planFrom, planTo)).filter((e) => (e.startDay > to || e.endsAt >= now) && scope.includes(e.terytCode, e.projectId));
  const subregionOf = await subregionOfPowiat(db);
  return { from, to, units, scope, held, socialWorkers, personIds: presence.personIds, partnerships, agreements, plan: { from: planFrom, to: planTo, events: planned }, leftOut, cancelled, subregionOf };
}

/** Per voivodeship: the places of events, of partnerships formed or active and of agreements signed. */
function voivodeshipRows({ from, to, units, held, partnerships, agreements }: SummaryInput): VoivodeshipRow[] {
  const voivodeshipCodes = new Set<string | null>([
    ...held.map((e) => (e.terytCode ? e.terytCode.slice(0, 2) : null)),
    ...partnerships.filter((p) => isActiveIn(p, from, to) || isFormedIn(p, from, to)).map((p) => (p.terytCode ? p.terytCode.slice(0, 2) : null)),
    ...agreements.map(agreementVoivodeship),
  ]);
  return [...voivodeshipCodes]
    .map((code) => {
      const inVoivodeship = (teryt: string | null) => (code === null ? teryt === null : teryt !== null && teryt.startsWith(code));
      const row = areaRow(
        code,
        held.filter((e) => inVoivodeship(e.terytCode)),
        units,
      );
      return {
        ...row,
        name: code && units.get(code) ? units.get(code)!.name : row.name,
        partnershipsFormed: partnerships.filter((p) => inVoivodeship(p.terytCode) && isFormedIn(p, from, to)).length,
        partnershipsActive: partnerships.filter((p) => inVoivodeship(p.terytCode) && isActiveIn(p, from, to)).length,
        agreementsSigned: agreements.filter((a) => agreementVoivodeship(a) === code).length,
      };
    })
    .sort(compareAreas);
}

// ---------------------------------------------------------------------------------------------------------
// Audiences and subregions

/** Held events of each type split by audience (seed 001: "w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS"). */
export function audienceSplits(held: HeldEvent[]): Partial<Record<EventType, AudienceSplit>> {
  const result: Partial<Record<EventType, AudienceSplit>> = {};
  for (const type of EVENT_TYPE_KEYS) {
    const ofType = held.filter((e) => e.type === type);
    if (!ofType.some((e) => e.audiences.length > 0)) continue;
    const byAudience: Partial<Record<(typeof EVENT_AUDIENCE_KEYS)[number], number>> = {};
    const groups = new Map<string, { audiences: (typeof EVENT_AUDIENCE_KEYS)[number][]; count: number }>();
    let without = 0;
    for (const event of ofType) {
      if (event.audiences.length === 0) {
        without += 1;
        continue;
      }
      for (const code of event.audiences) byAudience[code] = (byAudience[code] ?? 0) + 1;
      const key = event.audiences.join(' ');
      const group = groups.get(key) ?? { audiences: event.audiences, count: 0 };
      group.count += 1;
      groups.set(key, group);
    }
    // In the vocabulary's order of each group's first audience, single audiences before combinations.
    const rank = (audiences: string[]) => EVENT_AUDIENCE_KEYS.indexOf(audiences[0] as (typeof EVENT_AUDIENCE_KEYS)[number]);
    const sorted = [...groups.values()].sort((a, b) => rank(a.audiences) - rank(b.audiences) || a.audiences.length - b.audiences.length || a.audiences.join().localeCompare(b.audiences.join()));
    result[type] = { byAudience, groups: sorted, without };
  }
  return result;
}

type SubregionOf = SummaryInput['subregionOf'];

function subregionOfCode(code: string | null, subregionOf: SubregionOf) {
  return code && code.length >= 4 ? subregionOf.get(code.slice(0, 4)) : undefined;
}

/** Over how many subregions each type's held events spread (seed 001: "8 szkoleń w 4 subregionach województwa śląskiego"). */
export function subregionSpreads(held: HeldEvent[], subregionOf: SubregionOf, units: Units): Partial<Record<EventType, SubregionSpread>> {
  const result: Partial<Record<EventType, SubregionSpread>> = {};
  if (subregionOf.size === 0) return result;
  for (const type of EVENT_TYPE_KEYS) {
    const ofType = held.filter((e) => e.type === type);
    const found = ofType.map((e) => subregionOfCode(e.terytCode, subregionOf)).filter((s) => s !== undefined);
    if (found.length === 0) continue;
    const ids = new Set(found.map((s) => s.id));
    const voivodeships = new Set(found.map((s) => s.voivodeshipCode));
    const voivodeshipCode = voivodeships.size === 1 ? [...voivodeships][0]! : null;
    result[type] = { subregions: ids.size, placed: found.length, voivodeshipCode, voivodeshipName: voivodeshipCode ? (units.get(voivodeshipCode)?.name ?? null) : null };
  }
  return result;
}

/** The events per subregion of the office, then those in no subregion; none when no event lies in a subregion. */
function subregionRows({ held, subregionOf, units }: SummaryInput): SubregionRow[] {
  if (subregionOf.size === 0) return [];
  const groups = new Map<string | null, { name: string; voivodeshipCode: string | null; events: HeldEvent[] }>();
  for (const event of held) {
    const subregion = subregionOfCode(event.terytCode, subregionOf);
    const key = subregion?.id ?? null;
    const group = groups.get(key) ?? { name: subregion?.name ?? 'poza subregionami', voivodeshipCode: subregion?.voivodeshipCode ?? null, events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  if (![...groups.keys()].some((key) => key !== null)) return [];
  return [...groups.entries()]
    .map(([id, group]) => {
      const voivodeship = group.voivodeshipCode ? units.get(group.voivodeshipCode) : undefined;
      return {
        subregionId: id,
        code: null,
        name: group.name,
        level: null,
        powiatName: null,
        voivodeshipCode: group.voivodeshipCode,
        voivodeshipName: voivodeship?.name ?? null,
        ...placeFigures(group.events),
      };
    })
    .sort((a, b) => (a.subregionId === null ? 1 : 0) - (b.subregionId === null ? 1 : 0) || (a.voivodeshipCode ?? '').localeCompare(b.voivodeshipCode ?? '') || comparePolish(a.name, b.name));
}

/** The indicators of the projects in scope, each from its own project's data (indicators.ts). */
async function summaryIndicators(db: Knex, request: ReportRequest, input: SummaryInput): Promise<IndicatorRow[]> {
  const indicators = await loadIndicators(db, request.scope.kind === 'project' ? request.scope.projectId : null);
  return indicatorRows(indicators, {
    from: input.from,
    to: input.to,
    held: input.held,
    partnerships: input.partnerships,
    agreements: input.agreements,
    members: await loadMembers(db, indicators),
    roles: await loadRoles(db, indicators, input.personIds, input.held),
    values: await loadValues(db, indicators),
    formedOn,
  });
}

/** Since when the dashboard counts: before any project of the model. */
export const DASHBOARD_SINCE = '2000-01-01';

/**
 * Every project's indicators from DASHBOARD_SINCE to `today`, computed exactly as a summary of that period computes
 * them (the same input and the same function): the dashboard's figures.
 */
export async function indicatorsUntil(db: Knex, today: string): Promise<IndicatorRow[]> {
  const request: ReportRequest = { from: DASHBOARD_SINCE, to: today, scope: { kind: 'all', code: null, projectId: null }, rounding: 'exact', planMonths: 1 };
  return summaryIndicators(db, request, await loadInput(db, request));
}

function signedAgreementRows(agreements: ReportAgreement[]): SignedAgreementRow[] {
  return agreements.map((a) => ({
    id: a.id,
    number: a.number,
    signedOn: a.signedOn,
    jsts: a.parties.filter((p) => JST_KINDS.has(p.kind)).map((p) => p.name),
    parties: a.parties.map((p) => p.name),
    projectName: a.projectName,
    partnershipName: a.partnershipName,
  }));
}

/** Partnerships formed in the period by kind, then by place. */
function formedPartnershipRows({ from, to, units, partnerships }: SummaryInput): FormedPartnershipRow[] {
  return partnerships
    .filter((p) => isFormedIn(p, from, to))
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      territory: partnershipTerritory(p, units),
      terytCode: p.terytCode,
      leaderName: p.leaderName,
      strategicPartnerName: p.strategicPartnerName,
      initiatedOn: p.initiatedOn,
      formalisedOn: p.formalisedOn,
      formedOn: formedOn(p)!,
    }))
    .sort((a, b) => PARTNERSHIP_KIND_KEYS.indexOf(a.kind) - PARTNERSHIP_KIND_KEYS.indexOf(b.kind) || comparePolish(a.territory ?? a.name, b.territory ?? b.name) || comparePolish(a.name, b.name));
}

/**
 * Teams active in the period, with their people and sectors on its last day (today at most) and their meeting rhythm
 * over the period (the one rule of partnerships/rhythm.ts, which the dashboard calls too).
 */
async function teamRows(db: Knex, { from, to, units, partnerships }: SummaryInput): Promise<TeamRow[]> {
  const active = partnerships.filter((p) => isActiveIn(p, from, to));
  const today = warsawDay(new Date());
  const onDay = to < today ? to : today;
  const teams = await teamsOf(
    db,
    active.map((p) => p.id),
    onDay,
  );
  const wanted = new Set(active.map((p) => p.id));
  const rhythms = new Map((await meetingRhythms(db, { from, to }, today)).filter((r) => wanted.has(r.partnershipId)).map((r) => [r.partnershipId, r]));
  return active
    .map((p): TeamRow => {
      const composition = compositionOf(teams.get(p.id) ?? [], onDay);
      const rhythm = rhythms.get(p.id);
      return {
        id: p.id,
        kind: p.kind,
        name: p.name,
        territory: partnershipTerritory(p, units),
        people: composition.people,
        onDay,
        sectors: composition.sectors,
        missingSectors: composition.missingSectors,
        target: rhythm?.target ?? null,
        meetings: rhythm?.meetings ?? null,
        perMonth: rhythm?.perMonth ?? null,
        judged: rhythm?.judged ?? false,
        behind: rhythm?.behind ?? false,
      };
    })
    .sort((a, b) => PARTNERSHIP_KIND_KEYS.indexOf(a.kind) - PARTNERSHIP_KIND_KEYS.indexOf(b.kind) || comparePolish(a.name, b.name));
}

function monthlyCounts({ from, to, held }: SummaryInput): MonthCounts[] {
  return monthsBetween(from, to).map((month) => {
    const counts: Partial<Record<EventType, number>> = {};
    for (const event of held) if (event.startDay.startsWith(month)) counts[event.type] = (counts[event.type] ?? 0) + 1;
    return { month, events: counts };
  });
}

function planOf({ units, plan }: SummaryInput): ReportSummary['plan'] {
  const events: PlannedEventRow[] = plan.events.map((e) => ({ ...listedEvent(e, units), hours: e.hours, hourUnit: e.unit }));
  const byType: Partial<Record<EventType, number>> = {};
  for (const e of plan.events) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return { from: plan.from, to: plan.to, events, byType };
}

/** What a list of events in the summary shows of each: its kind, title, days, place and territory. */
function listedEvent(e: ReportEvent, units: Units): ReportEventIdentity {
  const unit = e.terytCode ? units.get(e.terytCode) : undefined;
  return { id: e.id, type: e.type, title: e.title, startDay: e.startDay, endDay: e.endDay, place: e.place, territoryName: unit ? unitLabel(unit) : null };
}

/** An event the figures leave out: still planned after its end, or cancelled (with the reason). */
function outsideRow(e: ReportEvent, units: Units): OutsideEventRow {
  return { ...listedEvent(e, units), cancellationReason: e.cancellationReason };
}

/** A held event with people counted but not named: its headcounts by day and whom it reached, by the one rule. */
function countedRow(e: HeldEvent, units: Units): CountedEventRow {
  return { ...listedEvent(e, units), named: e.people.length, unnamedByDay: e.unnamedByDay, unnamed: e.unnamed, people: peopleReached(e.people.length, e.unnamedByDay) };
}

function summaryTitle(request: ReportRequest, scope: ResolvedScope): string {
  const scopeName = request.scope.kind === 'all' ? '' : request.scope.kind === 'project' ? ` – projekt ${quoted(scope.name)}` : ` – ${scope.name}`;
  return `Podsumowanie ${periodTitle(request.from, request.to)}${scopeName}`;
}

export async function buildSummary(db: Knex, request: ReportRequest): Promise<ReportSummary> {
  const input = await loadInput(db, request);
  const { from, to, units, scope, held, socialWorkers, partnerships, agreements } = input;
  const summaryWithoutText = {
    from,
    to,
    scope: { ...request.scope, name: scope.name, level: scope.level },
    rounding: request.rounding,
    readOn: warsawDay(new Date()),
    title: summaryTitle(request, scope),
    events: byType(held),
    eventTotals: tally(held),
    coaching: sessionFigures(held, 'coaching', socialWorkers),
    supervision: sessionFigures(held, 'supervision', socialWorkers),
    partnerships: partnershipFigures(partnerships, from, to),
    agreements: agreementFigures(agreements),
    // Per gmina (or whatever unit an event is placed in) and per voivodeship.
    gminas: [...groupByPlace(held).entries()].map(([code, list]) => areaRow(code, list, units)).sort(compareAreas),
    voivodeships: voivodeshipRows(input),
    subregions: subregionRows(input),
    audiences: audienceSplits(held),
    subregionSpread: subregionSpreads(held, input.subregionOf, units),
    indicators: await summaryIndicators(db, request, input),
    signedAgreements: signedAgreementRows(agreements),
    formedPartnerships: formedPartnershipRows(input),
    teams: await teamRows(db, input),
    monthly: monthlyCounts(input),
    plan: planOf(input),
    leftOut: input.leftOut.map((e) => outsideRow(e, units)),
    cancelled: input.cancelled.map((e) => outsideRow(e, units)),
    countedEvents: held.filter((e) => e.unnamedByDay.length > 0).map((e) => countedRow(e, units)),
    photos: await summaryPhotos(db, held),
  };
  const { signedAgreements, formedPartnerships } = summaryWithoutText;
  // Phases, milestones and studies belong to projects: a project's summary speaks of its own, any other of all.
  const stageScope = { projectId: request.scope.kind === 'project' ? request.scope.projectId : null };
  const phases = await loadPhases(db, from, to, stageScope);
  const milestones = await loadMilestones(db, from, to, stageScope, summaryWithoutText.readOn);
  const studies = await loadStudies(db, from, to, stageScope);
  const stage = [...phaseSentences(phases), ...milestoneSentences(milestones, from, to, request.scope.kind !== 'project')];
  const studyItems = studies.map((study) => studyItem(study, from, to)).filter((item): item is string => item !== null);
  return {
    ...summaryWithoutText,
    phases,
    milestones,
    studies,
    chronicle: buildChronicle({ from, to, rounding: request.rounding, held, formedPartnerships, signedAgreements, units, studies }),
    narrative: buildNarrative({ ...summaryWithoutText, scopeLocative: scope.locative, planned: input.plan.events, studyItems, stage }),
  };
}
