/**
 * Printed documents and exports of events: the attendance list, certificates of participation and their register,
 * name badges, and the calendar as an iCalendar file.
 */
import { z } from 'zod';
import { EVENT_TYPE_KEYS, type CertificateRule } from '../vocabulary';
import * as f from './fields';
import { isCalendarDate } from './fields';

const DATE_MESSAGE = 'Nieprawidłowa data (RRRR-MM-DD)';

/** An optional date, YYYY-MM-DD: blank becomes null. */
const optionalDay = f.text({ error: DATE_MESSAGE })
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isCalendarDate(value), DATE_MESSAGE);

/** Black-and-white print: the monochrome logo strip, without the national colours (ESF rules). */
const monochrome = z.boolean({ error: 'Wybierz wydruk kolorowy albo czarno-biały' }).default(false);

/** The event's folder (Teczka wydarzenia) for an inspection: cover, attendance list, signed scans, certificate register, photos. */
export const eventFolderPrint = z.object({ eventId: f.id });

export const attendanceListPrint = z.object({
  eventId: f.id,
  /** Empty numbered rows after the registered participants, for walk-ins. */
  blankRows: z
    .number({ error: 'Liczba pustych wierszy musi być liczbą' })
    .int('Liczba pustych wierszy musi być liczbą całkowitą')
    .min(0, 'Liczba pustych wierszy nie może być ujemna')
    .max(50, 'Najwyżej 50 pustych wierszy')
    .default(0),
  monochrome,
  format: z.enum(['pdf'], { error: 'Lista obecności drukuje się do PDF' }).default('pdf'),
});

export const certificateIssue = z.object({
  eventId: f.id,
  /** The date of issue; today when not given. Its year is the year of the numbering ("12/2026"). */
  issuedOn: optionalDay,
});

/** Who would get a certificate now and who is left out, before numbering. */
export const certificatePlanQuery = z.object({ eventId: f.id });

export const certificatesPrint = z.object({
  eventId: f.id,
  monochrome,
  /** The town of issue; the office's town from the settings when not given. */
  placeOfIssue: f.optionalText('Miejsce wydania', 100),
});

export const certificateRegisterQuery = z
  .object({
    year: z.number({ error: 'Rok musi być liczbą' }).int('Rok musi być liczbą całkowitą').min(2000, 'Rok spoza zakresu').max(2100, 'Rok spoza zakresu').nullish(),
    /** Only the certificates of one event. */
    eventId: f.id.nullish(),
    /** Only the certificates of the events of one project. */
    projectId: f.id.nullish(),
  })
  .default({});

export const badgesPrint = z.object({ eventId: f.id, monochrome });

export const eventCalendarExport = z
  .object({
    from: optionalDay,
    to: optionalDay,
    types: z.array(z.enum(EVENT_TYPE_KEYS, { error: 'Nieznany rodzaj wydarzenia' })).max(50).nullish(),
    partnershipId: f.id.nullish(),
    /** TERYT code of a voivodeship (2 digits), powiat (4) or gmina (7). */
    territoryCode: f.terytCode,
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ['to'], message: 'Koniec okresu jest wcześniejszy niż jego początek' })
  .default({ from: null, to: null, territoryCode: null });

export type AttendanceListPrint = z.output<typeof attendanceListPrint>;
export type EventFolderPrint = z.output<typeof eventFolderPrint>;
export type CertificateIssue = z.output<typeof certificateIssue>;
export type CertificatePlanQuery = z.output<typeof certificatePlanQuery>;
export type CertificatesPrint = z.output<typeof certificatesPrint>;
export type CertificateRegisterQueryInput = z.output<typeof certificateRegisterQuery>;
export type BadgesPrint = z.output<typeof badgesPrint>;
export type EventCalendarExport = z.output<typeof eventCalendarExport>;

/** A certificate of participation: "12/2026" is the 12th issued in 2026. */
export interface IssuedCertificate {
  id: string;
  number: string;
  year: number;
  sequence: number;
  /** YYYY-MM-DD */
  issuedOn: string;
  eventId: string;
  personId: string;
  personName: string;
}

/** A row of the register of issued certificates. */
export interface CertificateRegisterRow extends IssuedCertificate {
  eventTitle: string;
  eventType: string;
  /** The event's first and last day in Europe/Warsaw, YYYY-MM-DD. */
  eventStartsOn: string;
  eventEndsOn: string;
  /** The event's dates in words: "12–14 marca 2026 r.". */
  eventDates: string;
  /** The project the event belongs to, if any. */
  projectId: string | null;
  projectName: string | null;
}

/** The rule an event's certificates follow, and where it comes from. */
export interface CertificateRuleInEffect {
  rule: CertificateRule;
  /** With `share`: the per cent of the event's hours a certificate needs. */
  minShare: number;
  /** The event's own rule, its project's, or the default (80 %) of an event without a project. */
  source: 'event' | 'project' | 'default';
  /** The rule in words: "obecność przez co najmniej 80% godzin wydarzenia (zasada projektu)". */
  text: string;
}

/** A participant's attendance as a certificate states it. */
export interface CertificateAttendance {
  personId: string;
  personName: string;
  /** The days present, in words: "13 marca 2026 r.". */
  daysText: string;
  /** The hours of those days, in words ("6 godzin dydaktycznych"); null when the event has no hours. */
  hoursText: string | null;
}

/** Before numbering: who gets a certificate now, who has one already, who is left out and why. */
export interface CertificatePlan {
  rule: CertificateRuleInEffect;
  /** Numbered by the next issuing, in Polish order. */
  toIssue: CertificateAttendance[];
  /** Registered participants who have a certificate for this event already. */
  alreadyIssued: number;
  /** Participants who do not meet the rule, in Polish order, each with the reason in words. */
  leftOut: { personId: string; personName: string; reason: string }[];
}
