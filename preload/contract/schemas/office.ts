/**
 * Daily use: the office this installation belongs to (set up by the first-run wizard), the dashboard (Pulpit)
 * and the global search (Ctrl+K). The office lives in the `settings` table under the keys below.
 */
import { z } from 'zod';
import type { AgreementStatus, EventStatus, EventType, PartnershipKind } from '../vocabulary';
import * as f from './fields';
import { optionalCalendarDate } from './partnership';

/** Settings keys of the office, shared by every PC of it (the exchange file writes them too). */
export const OFFICE_SETTING_KEYS = {
  name: 'office.name',
  voivodeshipTeryt: 'office.voivodeshipTeryt',
} as const;

/**
 * Where older versions kept the user's name, shared by every PC of a PostgreSQL server. Now each PC keeps its
 * own (ustawienia-stanowiska.json); the first start with a settings file takes the old value over once.
 */
export const LEGACY_USER_NAME_SETTING_KEY = 'user.name';

export const officeSave = z.object({
  name: f.requiredText('Nazwa biura (ROPS / RCPS)', 300),
  voivodeshipTeryt: z
    .string({ error: 'Wybierz województwo' })
    .trim()
    .regex(/^\d{2}$/, 'Wybierz województwo z listy'),
  userName: f.requiredText('Imię i nazwisko', 200),
});

export type OfficeSave = z.output<typeof officeSave>;

/** The office as stored; a field is null until the wizard (or an exchange file) sets it. */
export interface Office {
  name: string | null;
  voivodeshipTeryt: string | null;
  /** Who works at this PC (from this PC's settings, not the shared database). */
  userName: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// Dashboard

export const dashboardQuery = z
  .object({
    /** The day the dashboard is seen on (Warsaw calendar day); today by default. */
    today: optionalCalendarDate,
  })
  .default({ today: null });

export interface DashboardEvent {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  place: string | null;
  partnershipName: string | null;
}

/** A Monday-to-Sunday week in Warsaw time with its planned and held events (cancelled ones left out). */
export interface DashboardWeek {
  from: string;
  to: string;
  events: DashboardEvent[];
}

export interface DashboardAgreement {
  id: string;
  number: string;
  status: AgreementStatus;
  partyNames: string[];
  validUntil: string | null;
  /** Days from today to `validUntil` (expiring ones only). */
  daysLeft: number | null;
}

/** How the achieved value of an indicator was counted (null: not counted automatically). */
export const INDICATOR_BASES = ['partnerships', 'workshop', 'coaching', 'supervision', 'training'] as const;
export type IndicatorBasis = (typeof INDICATOR_BASES)[number];

export interface DashboardIndicator {
  id: string;
  projectId: string;
  projectName: string;
  code: string;
  name: string;
  unit: string;
  target: number;
  achieved: number | null;
  basis: IndicatorBasis | null;
}

export interface DashboardQuietPartnership {
  id: string;
  kind: PartnershipKind;
  name: string;
  /** Start of the last held meeting, or null when none was held yet. */
  lastMeetingAt: string | null;
}

export const RECENT_KINDS = ['institution', 'person', 'partnership', 'agreement', 'event'] as const;
export type RecordKindName = (typeof RECENT_KINDS)[number];

export interface DashboardChange {
  kind: RecordKindName;
  id: string;
  title: string;
  updatedAt: string;
}

export interface DashboardOverview {
  today: string;
  /** How many records each register holds: the first steps of a new office are ticked off by these. */
  counts: Record<RecordKindName, number> & { project: number };
  thisWeek: DashboardWeek;
  nextWeek: DashboardWeek;
  agreementsAwaitingSignature: DashboardAgreement[];
  agreementsExpiring: DashboardAgreement[];
  indicators: DashboardIndicator[];
  /** Active PZK, G-PZK and ZZK without a held meeting in the last 30 days. */
  quietPartnerships: DashboardQuietPartnership[];
  recentChanges: DashboardChange[];
}

// ---------------------------------------------------------------------------------------------------------
// Global search

export const globalSearchQuery = z.object({
  query: z.string({ error: 'Wpisz, czego szukasz' }).trim().max(200, 'Zapytanie może mieć najwyżej 200 znaków'),
  /** Hits per kind of record. */
  limit: z.number().int().min(1).max(50).optional(),
});

export interface SearchHit {
  kind: RecordKindName;
  id: string;
  title: string;
  /** Short facts to tell same-named records apart (town, institution, place, parties). */
  detail: string | null;
  /** A day (YYYY-MM-DD) or an instant (ISO, UTC) the renderer shows in Polish format: an event's start, an agreement's signing. */
  date: string | null;
}

export interface SearchGroup {
  kind: RecordKindName;
  hits: SearchHit[];
}

export interface GlobalSearchResult {
  query: string;
  /** Only kinds with hits, in a fixed order: institutions, people, partnerships, events, agreements. */
  groups: SearchGroup[];
}
