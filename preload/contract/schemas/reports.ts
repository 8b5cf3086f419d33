/**
 * The summary of a period ("Podsumowanie roku / okresu"): what was done in a year or between two dates, in the
 * whole database, one voivodeship, powiat or gmina (a TERYT code prefix) or one project — counts, hours, partnerships,
 * agreements, indicators, a chronicle by month, the plan for the next period, and the same as Polish sentences.
 * Everything here is JSON-safe: the same object is the `reports.summary` answer and the JSON export.
 */
import { z } from 'zod';
import type { EventAudience, EventType, HourUnit, MilestoneStatus, PartnershipKind, Sector, StudyKind, StudyStatus, TerritoryLevel } from '../vocabulary';
import * as f from './fields';
import { calendarDate } from './partnerships';
import type { IndicatorMeasure } from './projects';

/** How hours are written in sentences: exactly ("1 196 godzin") or as offices round them ("blisko 1 200 godzin"). */
export const ROUNDING_STYLES = {
  exact: { pl: 'dokładnie (1 196 godzin)', en: 'exact (1,196 hours)' },
  approximate: { pl: 'w przybliżeniu (blisko 1 200 godzin)', en: 'approximate (nearly 1,200 hours)' },
} as const;
export type RoundingStyle = keyof typeof ROUNDING_STYLES;
export const ROUNDING_STYLE_KEYS = Object.keys(ROUNDING_STYLES) as [RoundingStyle, ...RoundingStyle[]];

export const REPORT_SCOPE_KINDS = ['all', 'territory', 'project', 'subregion'] as const;
export type ReportScopeKind = (typeof REPORT_SCOPE_KINDS)[number];

export const REPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The longest period a summary covers (its chronicle has a section per month). */
export const MAX_REPORT_YEARS = 10;

const territoryCode = f.text({ error: 'Wybierz jednostkę terytorialną' })
  .trim()
  .regex(/^\d{2}(\d{2}(\d{3})?)?$/, 'Kod TERYT musi mieć 2 (województwo), 4 (powiat) lub 7 cyfr (gmina)');

export const reportScope = z
  .object({
    kind: z.enum(REPORT_SCOPE_KINDS, { error: 'Wybierz zakres: cała baza, terytorium, projekt albo subregion' }),
    code: territoryCode.nullish(),
    projectId: f.id.nullish(),
    /** With kind `subregion`: the office's subregion (its powiats and their gminas). */
    subregionId: f.id.nullish(),
  })
  .superRefine((scope, ctx) => {
    if (scope.kind === 'territory' && !scope.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'Wybierz województwo, powiat lub gminę' });
    if (scope.kind === 'project' && !scope.projectId) ctx.addIssue({ code: 'custom', path: ['projectId'], message: 'Wybierz projekt' });
    if (scope.kind === 'subregion' && !scope.subregionId) ctx.addIssue({ code: 'custom', path: ['subregionId'], message: 'Wybierz subregion' });
  })
  .transform((scope) => ({
    kind: scope.kind,
    code: scope.kind === 'territory' ? (scope.code ?? null) : null,
    projectId: scope.kind === 'project' ? (scope.projectId ?? null) : null,
    ...(scope.kind === 'subregion' ? { subregionId: scope.subregionId ?? null } : {}),
  }));

const reportFields = z.object({
  from: calendarDate,
  to: calendarDate,
  scope: reportScope.default({ kind: 'all', code: null, projectId: null }),
  rounding: z.enum(ROUNDING_STYLE_KEYS, { error: 'Wybierz sposób zapisu liczb: dokładnie albo w przybliżeniu' }).default('exact'),
  /** How far the plan looks past `to`, in months. */
  planMonths: z.number({ error: 'Podaj liczbę miesięcy planu' }).int().min(1).max(36).default(12),
});

function periodRules(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (value.from > value.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Koniec okresu nie może być wcześniejszy niż jego początek' });
  const years = Number(value.to.slice(0, 4)) - Number(value.from.slice(0, 4));
  if (years > MAX_REPORT_YEARS) ctx.addIssue({ code: 'custom', path: ['to'], message: `Okres podsumowania może obejmować najwyżej ${MAX_REPORT_YEARS} lat` });
}

export const reportRequest = reportFields.superRefine(periodRules);
export const reportExport = reportFields
  .extend({ format: z.enum(REPORT_FORMATS, { error: 'Wybierz format: XLSX, DOCX, PDF albo JSON' }) })
  .superRefine(periodRules);

export type ReportRequest = z.output<typeof reportRequest>;
export type ReportRequestInput = z.input<typeof reportRequest>;
export type ReportExport = z.output<typeof reportExport>;
export type ReportScope = z.output<typeof reportScope>;

// ---------------------------------------------------------------------------------------------------------
// The summary

/** Hours in the unit they were recorded in. */
export interface HoursByUnit {
  clock: number;
  didactic: number;
}

/** The figures of one kind of event (or of all): held events that started in the period. */
export interface EventFigures {
  count: number;
  /** Sum of the hours of events recorded in clock hours, and of those recorded in didactic hours. */
  hours: HoursByUnit;
  /** All hours in clock hours (a didactic hour is 0.75 of one). */
  clockEquivalent: number;
  /** Distinct people marked present at least once. */
  participants: number;
  /** People who took part without being named on the list (the events' headcounts beyond it): "udział wzięło
   *  participants + unnamed osób, w tym participants z listy uczestników". */
  unnamed: number;
  /** Presence marks (a person present on both days of a 2-day workshop is 2). */
  attendances: number;
}

/** Coaching or supervision split by mode, hours per person where recorded. */
export interface SessionFigures {
  individual: EventFigures;
  group: EventFigures;
  /** Both modes together (people counted once). */
  total: EventFigures;
  /** First and last month (YYYY-MM) with a held session, null when none. */
  firstMonth: string | null;
  lastMonth: string | null;
  /** Whether every person present was a social worker (then sentences say "pracowników socjalnych"). */
  allSocialWorkers: boolean;
}

export interface PartnershipFigures {
  /** Formed in the period (formalised; or initiated, for one never formalised). */
  formed: number;
  /** Existing at some time during the period. */
  active: number;
  /** First initiating meeting in the period. */
  initiated: number;
}

export interface AreaRow {
  /** TERYT code of the unit the figures belong to, null for events with no place. */
  code: string | null;
  name: string;
  level: TerritoryLevel | null;
  powiatName: string | null;
  voivodeshipCode: string | null;
  voivodeshipName: string | null;
  events: number;
  hours: HoursByUnit;
  clockEquivalent: number;
  participants: number;
  attendances: number;
}

/** The events of one subregion of the office (or, with `subregionId` null, of places in none). */
export interface SubregionRow extends AreaRow {
  subregionId: string | null;
}

/**
 * For whom the held events of a type were: `byAudience` counts events per audience code (an event for two counts in
 * both), `groups` the events per combination of audiences (what the sentence names), `without` those with none given.
 */
export interface AudienceSplit {
  byAudience: Partial<Record<EventAudience, number>>;
  groups: { audiences: EventAudience[]; count: number }[];
  without: number;
}

/** Over how many of the office's subregions the held events of a type spread; `placed` of them lie in one. */
export interface SubregionSpread {
  subregions: number;
  placed: number;
  /** The voivodeship when all the subregions are in one, else null. */
  voivodeshipCode: string | null;
  voivodeshipName: string | null;
}

export interface VoivodeshipRow extends AreaRow {
  partnershipsFormed: number;
  partnershipsActive: number;
  agreementsSigned: number;
}

export interface IndicatorRow {
  id: string;
  projectId: string;
  projectName: string;
  code: string;
  name: string;
  unit: string;
  target: number | null;
  /** What the indicator counts, as chosen when it was defined (projects.ts `indicatorMeasure`). */
  measure: IndicatorMeasure;
  /** 'guessed' or 'unknown' while a measure set by the program's update awaits the user's check; else null. */
  measureOrigin: 'guessed' | 'unknown' | null;
  /** Computed from the data by its measure (values entered by hand are summed for periods within the summary's). */
  achieved: number;
  /** achieved / target in per cent, one decimal; null without a target. */
  percent: number | null;
  /** What was counted, in Polish ("liczba odbytych wydarzeń: „Warsztat kooperacyjny”"). */
  basis: string;
}

/** An event as the summary's lists name it: what, when (Warsaw calendar days, YYYY-MM-DD) and where. */
export interface ReportEventIdentity {
  id: string;
  type: EventType;
  title: string;
  startDay: string;
  endDay: string;
  place: string | null;
  territoryName: string | null;
}

/** An event of the period in no figure: still "planned" after its end (to be settled), or cancelled. */
export interface OutsideEventRow extends ReportEventIdentity {
  /** Cancelled events: why (null when not given). */
  cancellationReason: string | null;
}

/**
 * A held event of the period with people counted but not named on its list, day by day: it reached `people` =
 * `named` (on the list, present on at least one day) + `unnamed` (the largest headcount of a day, events.ts
 * `unnamedReached`).
 */
export interface CountedEventRow extends ReportEventIdentity {
  /** People on the list present on at least one day. */
  named: number;
  /** Warsaw day → people counted but not named that day, by day (days without a headcount left out). */
  unnamedByDay: { day: string; count: number }[];
  /** The largest headcount of a day. */
  unnamed: number;
  /** named + unnamed: "udział wzięło 150 osób, w tym 23 z listy uczestników". */
  people: number;
}

/**
 * A photo the summary's photo page prints ("Dokumentacja fotograficzna"): one marked "do sprawozdania" on the page of a
 * held event of the period and scope, with its caption (as seed 004: "Spotkanie G-PZK w Gminie Wodzisław").
 */
export interface SummaryPhoto {
  attachmentId: string;
  eventId: string;
  eventTitle: string;
  /** The day the photo was taken, else the event's first day (YYYY-MM-DD). */
  day: string;
  caption: string | null;
}

export interface SignedAgreementRow {
  id: string;
  number: string;
  signedOn: string;
  /** The gminas and powiats among the parties ("Gmina Będzin", "Powiat Będziński"). */
  jsts: string[];
  parties: string[];
  projectName: string | null;
  partnershipName: string | null;
}

export interface FormedPartnershipRow {
  id: string;
  kind: PartnershipKind;
  name: string;
  /** "Będzin / Powiat Będziński" as seed 000's table writes it, or the unit's name. */
  territory: string | null;
  terytCode: string | null;
  leaderName: string | null;
  strategicPartnerName: string | null;
  initiatedOn: string | null;
  formalisedOn: string | null;
  /** The day it counts as formed: formalisedOn, or initiatedOn for one never formalised. */
  formedOn: string;
}

/**
 * A team active in the period: its people and sectors on the period's last day (today at most), and its meeting
 * rhythm over the period (main/services/partnerships/rhythm.ts).
 */
export interface TeamRow {
  id: string;
  kind: PartnershipKind;
  name: string;
  territory: string | null;
  /** Distinct people in the team on `onDay`. */
  people: number;
  onDay: string;
  sectors: Sector[];
  missingSectors: Sector[];
  /** Meetings a month the team plans; null: none set. */
  target: number | null;
  /** Held meetings of the team in the period (while it was active). */
  meetings: number | null;
  /** Meetings a month; null for a team never formed. */
  perMonth: number | null;
  /** Active for a whole month in the period, so judged against its target. */
  judged: boolean;
  behind: boolean;
}

export interface ChronicleMonth {
  /** YYYY-MM */
  month: string;
  /** "CZERWIEC" (or "CZERWIEC 2019" when the period spans several years). */
  heading: string;
  sentences: string[];
}

export interface MonthCounts {
  /** YYYY-MM */
  month: string;
  /** Held events started in the month, by type (types without events left out). */
  events: Partial<Record<EventType, number>>;
}

export interface PlannedEventRow extends ReportEventIdentity {
  hours: number | null;
  hourUnit: HourUnit;
}

/** A phase of a project that the period overlaps, numbered as the seeds number them ("faza I"). */
export interface ReportPhaseRow {
  projectId: string;
  projectName: string;
  /** From 1, in the project's order. */
  number: number;
  /** "I", "II"… */
  numeral: string;
  name: string;
  startDate: string | null;
  endDate: string | null;
}

/** A milestone reached in the period, or due in it and not reached. */
export interface ReportMilestoneRow {
  projectName: string;
  name: string;
  phaseName: string | null;
  dueDate: string | null;
  reachedOn: string | null;
  /** On the day the summary was read. */
  status: MilestoneStatus;
  notes: string | null;
}

/** A study or deliverable whose work falls in the period. */
export interface ReportStudyRow {
  id: string;
  title: string;
  kind: StudyKind;
  status: StudyStatus;
  contractor: string | null;
  projectName: string | null;
  periodFrom: string | null;
  periodTo: string | null;
}

export interface ReportNarrative {
  /** "W 2019 roku w województwie śląskim:" */
  intro: string;
  /** Sentences of the bulleted list, without final punctuation ("zorganizowano 42 warsztaty kooperacyjne"). */
  items: string[];
  /** The plan: intro and items, null when nothing is planned. */
  planIntro: string | null;
  planItems: string[];
  /** Where the projects stand: the phase the period falls in, milestones reached ("osiągnięto I Kamień Milowy"). */
  stage: string[];
  /** What the figures leave out: events still "planowane" after their end (to settle), cancelled ones with reasons. */
  outside: string[];
  /** The same as whole paragraphs of plain text. */
  paragraphs: string[];
}

export interface ReportSummary {
  from: string;
  to: string;
  scope: ReportScope & { name: string; level: TerritoryLevel | null };
  rounding: RoundingStyle;
  /** The Warsaw day the figures were read (YYYY-MM-DD): the printed summary is "stan na" that day. */
  readOn: string;
  /** A heading for the document: "Podsumowanie roku 2019 – województwo śląskie". */
  title: string;
  events: Record<EventType, EventFigures>;
  eventTotals: EventFigures;
  coaching: SessionFigures;
  supervision: SessionFigures;
  partnerships: Record<PartnershipKind, PartnershipFigures>;
  agreements: { signed: number; gminas: number; powiats: number };
  gminas: AreaRow[];
  voivodeships: VoivodeshipRow[];
  /** Per subregion of the office (only when it defined some and events lie in them). */
  subregions?: SubregionRow[];
  /** Held events by type, split by audience (keyed by the vocabulary's codes); types without audiences are left out. */
  audiences?: Partial<Record<EventType, AudienceSplit>>;
  /** Held events by type over the office's subregions; types without placed events are left out. */
  subregionSpread?: Partial<Record<EventType, SubregionSpread>>;
  indicators: IndicatorRow[];
  signedAgreements: SignedAgreementRow[];
  formedPartnerships: FormedPartnershipRow[];
  /** Teams active in the period with their people, sectors and meeting rhythm. */
  teams: TeamRow[];
  monthly: MonthCounts[];
  chronicle: ChronicleMonth[];
  plan: { from: string; to: string; events: PlannedEventRow[]; byType: Partial<Record<EventType, number>> };
  /** Events of the period still "planned" after their end: left out of every figure until marked held or cancelled. */
  leftOut: OutsideEventRow[];
  /** Events of the period that were cancelled, with their reasons: in no figure. */
  cancelled: OutsideEventRow[];
  /** Held events of the period with people counted but not named, their headcounts day by day. */
  countedEvents: CountedEventRow[];
  /** Phases of the projects in scope that the period overlaps. */
  phases: ReportPhaseRow[];
  milestones: ReportMilestoneRow[];
  studies: ReportStudyRow[];
  /** Photos for the photo page, by day and caption. */
  photos: SummaryPhoto[];
  narrative: ReportNarrative;
}
