/** The dashboard (Pulpit): this week and the next, agreements to sign or expiring, indicators, quiet partnerships, recent changes. */
import { z } from 'zod';
import type { AgreementStatus, EventStatus, EventType, IndicatorMeasureKind, PartnershipKind } from '../vocabulary';
import { optionalCalendarDate, type MeetingRhythm } from './partnerships';

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

export interface DashboardIndicator {
  id: string;
  projectId: string;
  projectName: string;
  code: string;
  name: string;
  unit: string;
  target: number;
  /** From the start to today, as a summary of that period computes it. */
  achieved: number;
  /** What was counted, in Polish. */
  basis: string;
  measureKind: IndicatorMeasureKind;
  /** Set while a measure set by the program's update awaits the user's check (projects.ts `ProjectIndicator`). */
  measureOrigin: 'guessed' | 'unknown' | null;
}

export interface DashboardQuietPartnership {
  id: string;
  kind: PartnershipKind;
  name: string;
  /** Start of the last held meeting, or null when none was held yet. */
  lastMeetingAt: string | null;
}

/** Where a running project stands today: its current phase and its next milestone (phases.ts of the contract derive both). */
export interface DashboardProjectStage {
  projectId: string;
  projectName: string;
  /** The phase whose dates hold today; null between phases or without dated phases. */
  currentPhase: { number: number; numeral: string; name: string; startDate: string | null; endDate: string | null; daysLeft: number | null } | null;
  /** The earliest milestone not yet reached (overdue ones first: their daysLeft is negative). */
  nextMilestone: { name: string; dueDate: string | null; daysLeft: number | null } | null;
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
  /** Events still "planned" after their end ("do rozliczenia"): left out of every figure until marked held or cancelled. */
  toSettle: (DashboardEvent & { version: number })[];
  /** Active PZK, G-PZK and ZZK without a held meeting in the last 30 days. */
  quietPartnerships: DashboardQuietPartnership[];
  /** Running projects with phases or milestones. */
  projectStages: DashboardProjectStage[];
  /** Working teams with a planned rhythm: meetings a month held over the last twelve months against the target, those behind first. */
  meetingRhythm: MeetingRhythm[];
  recentChanges: DashboardChange[];
}

