/**
 * RODO (GDPR) of people: everything kept about one person, exported; a person anonymised (identity removed while
 * every count of participations, attendance and certificates stays as it was); the retention period after a
 * project's end; and the information clause printed on attendance lists.
 */
import { z } from 'zod';
import type { AuditEntry } from './audit';
import * as f from './fields';

/** ESF rules: project documentation is kept for years after the project ends; 10 by default. */
export const RODO_DEFAULT_RETENTION_YEARS = 10;

export const RODO_SETTING_KEYS = {
  retentionYears: 'rodo.retentionYears',
  /** The information clause printed under attendance lists (read by the attendance list). */
  clause: 'rodo.clause',
} as const;

/** The first name an anonymised person gets; the last name becomes a short code ("Osoba zanonimizowana K7Q2XB"). */
export const ANONYMISED_FIRST_NAME = 'Osoba zanonimizowana';

export const RODO_EXPORT_FORMATS = ['json', 'pdf'] as const;
export type RodoExportFormat = (typeof RODO_EXPORT_FORMATS)[number];

export const rodoPersonExport = z.object({
  personId: f.id,
  format: z.enum(RODO_EXPORT_FORMATS, { error: 'Wybierz format: JSON albo PDF' }),
});

export const rodoAnonymise = z.object({ personId: f.id, version: f.version });

export const rodoSettingsSave = z.object({
  retentionYears: z
    .number({ error: 'Podaj liczbę lat' })
    .int('Podaj pełną liczbę lat')
    .min(1, 'Okres przechowywania to co najmniej 1 rok')
    .max(50, 'Okres przechowywania to najwyżej 50 lat'),
  /** Blank: the default clause, naming the office. */
  clause: f.optionalText('Klauzula informacyjna', 20_000),
});

export type RodoSettingsSave = z.output<typeof rodoSettingsSave>;

export const rodoDueQuery = z
  .object({
    /** The day the list is made for; today (Warsaw) by default. */
    today: f.optionalCalendarDate,
  })
  .default({ today: null });

export interface RodoSettings {
  retentionYears: number;
  /** The clause attendance lists print: the office's own, or the default. */
  clause: string;
  clauseIsOwn: boolean;
  defaultClause: string;
}

/** A person whose data have no reason to be kept any more. */
export interface RodoDuePerson {
  personId: string;
  version: number;
  firstName: string;
  lastName: string;
  institutionName: string | null;
  participations: number;
  /** The project that ended last among those the person took part in. */
  lastProjectName: string;
  lastProjectEnd: string;
  /** The day the retention period ended: the last project's end plus the retention years. */
  retentionEndedOn: string;
}

/** What rodo.personExport writes as JSON (and prints as PDF). */
export interface RodoPersonData {
  exportedAt: string;
  person: {
    id: string;
    firstName: string;
    lastName: string;
    /** ms („Pani”), mr („Pan”) or null: not known. */
    formOfAddress: 'ms' | 'mr' | null;
    position: string | null;
    email: string | null;
    phone: string | null;
    notes: string | null;
    roles: string[];
    institution: { id: string; name: string } | null;
    createdAt: string;
    updatedAt: string;
  };
  memberships: { partnershipId: string; partnershipName: string; institutionName: string; joinedOn: string; leftOn: string | null; declarationSignedOn: string | null }[];
  animatorOf: { partnershipId: string; partnershipName: string }[];
  /** The person's roles in teams (TEAM_ROLES), the whole history. */
  teamRoles: { partnershipId: string; partnershipName: string; institutionName: string; role: string; fromOn: string; toOn: string | null }[];
  participations: {
    eventId: string;
    title: string;
    type: string;
    status: string;
    startsAt: string;
    endsAt: string;
    place: string | null;
    projectName: string | null;
    institutionName: string | null;
    walkIn: boolean;
    hours: number | null;
    attendance: { day: string; status: string }[];
  }[];
  leaderRoles: { eventId: string; title: string; startsAt: string; role: string }[];
  certificates: { number: string; issuedOn: string; eventTitle: string }[];
  audit: AuditEntry[];
}
