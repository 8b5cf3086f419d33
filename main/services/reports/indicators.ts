/**
 * Project indicators against the data: ONE function (`indicatorValue`) computes what an indicator achieved, from
 * the measure chosen when it was defined (contract: projects.ts `indicatorMeasure`) — never from words in its name.
 * The summary (screen, narrative, tables, XLSX, DOCX, PDF, JSON, `kooperator report`) and the dashboard both call
 * `indicatorRows` with the figures of a period; hours follow the one rule of deliveredHours.ts.
 *
 * Within the period [from, to], from the project's own records (events, partnerships and agreements linked to it,
 * directly or through their partnership) in the summary's scope:
 *  - events: held events of the types; hours: their delivered hours (clock: those recorded as clock hours; didactic:
 *    those recorded as didactic hours; clock equivalent: all, didactic ones at 45/60), for coaching and supervision
 *    of the chosen mode only (other types whatever the mode); people: distinct people present, of the roles if given;
 *  - partnerships: formed in the period or active during it (summary.ts `formedOn`);
 *  - agreements: signed in the period;
 *  - institutions: distinct member institutions of the project's partnerships whose membership overlaps the period,
 *    of the sectors if given (the sector is the institution type's);
 *  - manual: the sum of the values entered by hand for periods lying within [from, to].
 */
import type { Knex } from 'knex';
import {
  EVENT_TYPES,
  INSTITUTION_TYPES,
  PARTNERSHIP_KINDS,
  PERSON_ROLES,
  SECTORS,
  toClockHours,
  type HourMeasure,
  type IndicatorMeasure,
  type IndicatorRow,
  type InstitutionType,
  type PersonRole,
  type Sector,
} from '../../../preload/contract';
import { CHUNK, type ReportAgreement, type ReportIndicator, type ReportPartnership } from './data';
import { countDistinct } from './presence';
import { round2 } from './rounding';
import type { HeldEvent } from './types';

/** A partnership's member institution, with the dates of its membership. */
export interface ReportMember {
  partnershipId: string;
  institutionId: string;
  sector: Sector | null;
  joinedOn: string;
  leftOn: string | null;
}

/** What indicators are computed from: the period's records in the scope (each indicator takes its project's). */
export interface IndicatorData {
  from: string;
  to: string;
  held: HeldEvent[];
  partnerships: ReportPartnership[];
  agreements: ReportAgreement[];
  /** Member institutions of the partnerships (loaded only when an indicator counts institutions). */
  members: ReportMember[];
  /** Roles of people present, by their numbers in the presence table (loaded only when an indicator asks). */
  roles: Map<number, Set<PersonRole>>;
  /** Values entered by hand, per indicator id. */
  values: Map<string, { from: string; to: string; value: number }[]>;
  /** A partnership's day of forming (summary.ts `formedOn`). */
  formedOn: (p: ReportPartnership) => string | null;
}

/** The value of an indicator's measure in one project's part of the data. */
export function indicatorValue(indicator: { id: string; projectId: string; measure: IndicatorMeasure }, data: IndicatorData): number {
  const { measure, projectId } = indicator;
  const { from, to } = data;
  switch (measure.kind) {
    case 'events':
    case 'hours':
    case 'people': {
      const types = new Set<string>(measure.eventTypes);
      let events = data.held.filter((e) => e.projectId === projectId && types.has(e.type));
      if (measure.kind === 'events') return events.length;
      if (measure.kind === 'people') {
        const roles = measure.roles;
        const groups = events.map((e) => e.people);
        if (!roles.length) return countDistinct(groups);
        const wanted = groups.map((people) => people.filter((person) => roles.some((role) => data.roles.get(person)?.has(role))));
        return countDistinct(wanted);
      }
      if (measure.mode) events = events.filter((e) => e.sessionMode === null || e.sessionMode === measure.mode);
      let total = 0;
      for (const e of events) {
        if (measure.hourUnit === 'clock_equivalent') total += toClockHours(e.deliveredHours, e.unit);
        else if (e.unit === measure.hourUnit) total += e.deliveredHours;
      }
      return round2(total);
    }
    case 'partnerships': {
      const kinds = new Set<string>(measure.partnershipKinds);
      return data.partnerships.filter((p) => {
        if (p.projectId !== projectId || !kinds.has(p.kind)) return false;
        const day = data.formedOn(p);
        if (day === null) return false;
        return measure.state === 'formed' ? day >= from && day <= to : day <= to && (p.endedOn === null || p.endedOn >= from);
      }).length;
    }
    case 'agreements':
      return data.agreements.filter((a) => a.projectId === projectId).length;
    case 'institutions': {
      const mine = new Set(data.partnerships.filter((p) => p.projectId === projectId).map((p) => p.id));
      const sectors = new Set<string>(measure.sectors);
      const institutions = new Set<string>();
      for (const m of data.members) {
        if (!mine.has(m.partnershipId) || m.joinedOn > to || (m.leftOn !== null && m.leftOn < from)) continue;
        if (sectors.size && (m.sector === null || !sectors.has(m.sector))) continue;
        institutions.add(m.institutionId);
      }
      return institutions.size;
    }
    case 'manual':
      return round2((data.values.get(indicator.id) ?? []).filter((v) => v.from >= from && v.to <= to).reduce((sum, v) => sum + v.value, 0));
  }
}

function list(labels: string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} i ${labels[labels.length - 1]}`;
}

function typesLabel(types: readonly (keyof typeof EVENT_TYPES)[]): string {
  return list(types.map((type) => `„${EVENT_TYPES[type].pl}”`));
}

const HOUR_BASIS: Record<HourMeasure, { what: string; note: string | null }> = {
  clock: { what: 'godziny zegarowe', note: 'tylko zapisane jako zegarowe' },
  didactic: { what: 'godziny dydaktyczne', note: 'tylko zapisane jako dydaktyczne' },
  clock_equivalent: { what: 'godziny zegarowe', note: 'dydaktyczne przeliczone: 45 min' },
};

/** What an indicator counts, in Polish (the table's "sposób obliczenia" column, the dashboard, the JSON). */
export function measureBasis(measure: IndicatorMeasure): string {
  switch (measure.kind) {
    case 'events':
      return `liczba odbytych wydarzeń: ${typesLabel(measure.eventTypes)}`;
    case 'hours': {
      const notes = [measure.mode ? `tylko ${measure.mode === 'individual' ? 'indywidualne' : 'grupowe'}` : null, HOUR_BASIS[measure.hourUnit].note].filter(Boolean);
      return `${HOUR_BASIS[measure.hourUnit].what} odbytych wydarzeń: ${typesLabel(measure.eventTypes)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
    }
    case 'people': {
      const roles = measure.roles.length ? ` (role: ${list(measure.roles.map((role) => PERSON_ROLES[role].pl.toLocaleLowerCase('pl')))})` : '';
      return `liczba różnych osób obecnych na wydarzeniach: ${typesLabel(measure.eventTypes)}${roles}`;
    }
    case 'partnerships':
      return `liczba zespołów ${list(measure.partnershipKinds.map((kind) => PARTNERSHIP_KINDS[kind].short))} ${measure.state === 'formed' ? 'zawiązanych w okresie' : 'działających w okresie'}`;
    case 'agreements':
      return 'liczba porozumień podpisanych w okresie';
    case 'institutions':
      return `liczba instytucji w zespołach projektu${measure.sectors.length ? ` (sektory: ${list(measure.sectors.map((sector) => SECTORS[sector].pl.toLocaleLowerCase('pl')))})` : ''}`;
    case 'manual':
      return 'wartość wpisana ręcznie za okres';
  }
}

/** One indicator's row: the target, what the data say and the percentage of the target reached. */
export function indicatorRow(indicator: ReportIndicator, data: IndicatorData): IndicatorRow {
  const achieved = indicatorValue(indicator, data);
  const percent = indicator.target !== null && indicator.target > 0 ? Math.round((achieved / indicator.target) * 1000) / 10 : null;
  return { ...indicator, achieved, percent, basis: measureBasis(indicator.measure) };
}

/** The rows of these indicators in the data. */
export function indicatorRows(indicators: ReportIndicator[], data: IndicatorData): IndicatorRow[] {
  return indicators.map((indicator) => indicatorRow(indicator, data));
}

// ---------------------------------------------------------------------------------------------------------
// What only some measures need, loaded when an indicator asks for it

/** The roles of the people present (numbers of the presence table), when an indicator counts people of roles. */
export async function loadRoles(db: Knex, indicators: ReportIndicator[], personIds: readonly string[], held: HeldEvent[]): Promise<Map<number, Set<PersonRole>>> {
  const roles = new Map<number, Set<PersonRole>>();
  if (!indicators.some((i) => i.measure.kind === 'people' && i.measure.roles.length)) return roles;
  const numbers = new Map<string, number>();
  for (const e of held) for (const person of e.people) numbers.set(personIds[person]!, person);
  const ids = [...numbers.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await db('person_roles').whereIn('person_id', ids.slice(i, i + CHUNK)).select('person_id', 'role')) as { person_id: string; role: string }[];
    for (const row of rows) {
      if (!Object.hasOwn(PERSON_ROLES, row.role)) continue;
      const person = numbers.get(row.person_id)!;
      roles.set(person, (roles.get(person) ?? new Set()).add(row.role as PersonRole));
    }
  }
  return roles;
}

/** Member institutions of the partnerships, when an indicator counts institutions. */
export async function loadMembers(db: Knex, indicators: ReportIndicator[]): Promise<ReportMember[]> {
  if (!indicators.some((i) => i.measure.kind === 'institutions')) return [];
  const rows = (await db('partnership_members as m')
    .join('institutions as i', 'i.id', 'm.institution_id')
    .select('m.partnership_id', 'm.institution_id', 'm.joined_on', 'm.left_on', 'i.type')) as { partnership_id: string; institution_id: string; joined_on: string; left_on: string | null; type: string | null }[];
  return rows.map((row) => ({
    partnershipId: row.partnership_id,
    institutionId: row.institution_id,
    sector: row.type && Object.hasOwn(INSTITUTION_TYPES, row.type) ? INSTITUTION_TYPES[row.type as InstitutionType].sector : null,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
  }));
}

/** Values entered by hand for these indicators. */
export async function loadValues(db: Knex, indicators: ReportIndicator[]): Promise<IndicatorData['values']> {
  const values: IndicatorData['values'] = new Map();
  const ids = indicators.filter((i) => i.measure.kind === 'manual').map((i) => i.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await db('indicator_values').whereIn('indicator_id', ids.slice(i, i + CHUNK)).orderBy('position').select('indicator_id', 'period_from', 'period_to', 'value')) as {
      indicator_id: string;
      period_from: string;
      period_to: string;
      value: number | string;
    }[];
    for (const row of rows) values.set(row.indicator_id, [...(values.get(row.indicator_id) ?? []), { from: row.period_from, to: row.period_to, value: Number(row.value) }]);
  }
  return values;
}
