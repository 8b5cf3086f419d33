/**
 * Events of the model (the calendar): planned, then held or cancelled; their leaders, participants and attendance
 * per day; recurring series of partnership meetings; attachments; the coaching and supervision register.
 * Times travel as ISO 8601 instants: the renderer sends them with the offset the user saw ("2026-03-29T09:00:00+02:00"),
 * main stores and returns them in UTC ("2026-03-29T07:00:00.000Z") and counts calendar days in Europe/Warsaw.
 */
import { z } from 'zod';
import {
  ATTACHMENT_KIND_KEYS,
  ATTENDANCE_STATUS_KEYS,
  EVENT_AUDIENCE_KEYS,
  orderedAudiences,
  type EventAudience,
  EVENT_LEADER_ROLE_KEYS,
  EVENT_STATUS_KEYS,
  EVENT_TYPE_KEYS,
  HOUR_UNIT_KEYS,
  PER_PERSON_HOUR_TYPES,
  SESSION_MODE_KEYS,
  type AttachmentKind,
  type AttendanceStatus,
  type EventLeaderRole,
  type EventStatus,
  type CertificateRule,
  type EventType,
  type HourUnit,
  type SessionMode,
} from '../vocabulary';
import * as f from './fields';
import { calendarDate, isCalendarDate, optionalCalendarDate } from './fields';
import { personDraft } from './people';
import { formatDatePl as formatDay } from '../polish';
import { eventDays } from '../warsawTime';

// ---------------------------------------------------------------------------------------------------------
// Reusable fields

const INSTANT_MESSAGE = 'Nieprawidłowa data i godzina: wymagany zapis ISO 8601 ze strefą czasową, np. 2026-03-29T09:00:00+02:00';
const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** True for an ISO 8601 date and time of a real calendar day, with an explicit offset (or Z). */
export function isInstantWithOffset(value: string): boolean {
  const match = INSTANT_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1]!) && !Number.isNaN(Date.parse(value));
}

/** A moment in time with its offset; becomes the UTC ISO form stored in the database ("…T07:00:00.000Z"). */
export const instant = f.text({ error: INSTANT_MESSAGE })
  .trim()
  .refine(isInstantWithOffset, INSTANT_MESSAGE)
  .transform((value) => new Date(value).toISOString());

const optionalId = f.id.nullish().transform((value) => value ?? null);

const eventType = z.enum(EVENT_TYPE_KEYS, { error: 'Wybierz rodzaj wydarzenia z listy' });
const eventStatus = z.enum(EVENT_STATUS_KEYS, { error: 'Wybierz stan wydarzenia z listy (planowane, odbyte, odwołane)' });
const hourUnit = z.enum(HOUR_UNIT_KEYS, { error: 'Wybierz jednostkę godzin: dydaktyczna (45 min) lub zegarowa (60 min)' });
const sessionMode = z.enum(SESSION_MODE_KEYS, { error: 'Wybierz formę: indywidualna lub grupowa' });
const attendanceStatus = z.enum(ATTENDANCE_STATUS_KEYS, { error: 'Wybierz obecność z listy (obecny, nieobecny, usprawiedliwiony)' });
const leaderRole = z.enum(EVENT_LEADER_ROLE_KEYS, { error: 'Wybierz rolę prowadzącego z listy' });
const audience = z.enum(EVENT_AUDIENCE_KEYS, { error: 'Wybierz odbiorców z listy (np. kadra kierownicza, pracownicy socjalni / OPS)' });
/** For whom the event was held: several codes, each once, kept in the vocabulary's order; empty when not said. */
export const eventAudiences = z
  .array(audience, { error: 'Podaj listę odbiorców' })
  .max(EVENT_AUDIENCE_KEYS.length, 'Każdą grupę odbiorców wybierz najwyżej raz')
  .nullish()
  .transform((value) => orderedAudiences(value ?? []));

const HOURS_MESSAGE = 'Liczba godzin musi być liczbą nie mniejszą niż 0';
/** Hours (of the event, or of one person): a number ≥ 0, at most 2 decimal places' worth of sense; blank is null. */
const hours = z
  .number({ error: HOURS_MESSAGE })
  .min(0, HOURS_MESSAGE)
  .max(10_000, 'Liczba godzin może wynosić najwyżej 10 000')
  .nullish()
  .transform((value) => value ?? null);

/** Event types whose hours are counted per person and which are held individually or in a group. */
export function isPerPersonHourType(type: EventType): boolean {
  return (PER_PERSON_HOUR_TYPES as readonly EventType[]).includes(type);
}

/** The longest event the calendar accepts (a study visit is 3 days; a residential workshop 2). */
export const MAX_EVENT_DAYS = 31;

// ---------------------------------------------------------------------------------------------------------
// People counted, not named

const HEADCOUNT_MESSAGE = 'Liczba osób spoza listy musi być liczbą całkowitą nie mniejszą niż 0';

/** How many people took part on one day of an event without being named on its list of participants. */
export const unnamedHeadcount = z.object({
  day: calendarDate,
  count: z.number({ error: HEADCOUNT_MESSAGE }).int(HEADCOUNT_MESSAGE).min(0, HEADCOUNT_MESSAGE).max(1_000_000, 'Liczba osób spoza listy jest za duża'),
});
export type UnnamedHeadcount = z.output<typeof unnamedHeadcount>;

/**
 * THE rule for how many people an event reached beyond its list: the largest headcount of one day. The people
 * counted at the door on day 2 are mostly those of day 1, so days are not added up; and they are taken to be people
 * not on the list. An event reached the people on its list marked present on at least one day plus this number
 * ("udział wzięło 150 osób, w tym 23 z listy uczestników"); `peopleReached` adds them. A figure over several events
 * adds each event's number (people not named cannot be told apart across events).
 */
export function unnamedReached(byDay: readonly { count: number }[]): number {
  return byDay.reduce((largest, headcount) => Math.max(largest, headcount.count), 0);
}

/** How many people an event reached: those on its list present on at least one day, and those counted, not named. */
export function peopleReached(namedPresent: number, byDay: readonly { count: number }[]): number {
  return namedPresent + unnamedReached(byDay);
}

// ---------------------------------------------------------------------------------------------------------
// Event

export const eventLeaderDraft = z.object({
  personId: f.id,
  role: leaderRole,
});

const eventFields = z.object({
  title: f.requiredText('Tytuł', 300),
  type: eventType,
  status: eventStatus.default('planned'),
  projectId: optionalId,
  partnershipId: optionalId,
  /** Where it takes place: usually the gmina (7 digits); a powiat or voivodeship is accepted too. */
  terytCode: f.terytCode,
  place: f.optionalText('Miejsce', 300),
  organiserInstitutionId: optionalId,
  startsAt: instant,
  endsAt: instant,
  /** Hours of the event in `hourUnit`; for coaching and supervision the default of each participant's hours. */
  hours,
  hourUnit: hourUnit.default('didactic'),
  /** Coaching and supervision only: individual or group. */
  mode: sessionMode.nullish().transform((value) => value ?? null),
  /** The event's own certificate rule; null: the project's (or, without a project, 80 % of the hours). */
  certificateRule: f.certificateRule.nullish().transform((value) => value ?? null),
  /** With the rule `share`: the per cent of the event's hours a certificate needs. */
  certificateMinShare: f.certificateMinShare.nullish().transform((value) => value ?? null),
  leaders: z
    .array(eventLeaderDraft, { error: 'Podaj listę prowadzących' })
    .max(50, 'Najwyżej 50 prowadzących')
    .default([])
    .transform((leaders) => {
      const seen = new Set<string>();
      return leaders.filter((leader) => {
        const key = `${leader.personId} ${leader.role}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }),
  /** For whom it was held (kadra kierownicza, pracownicy OPS…); several allowed. */
  audiences: eventAudiences,
  notes: f.optionalText('Uwagi', 4000),
  /** Why a cancelled event was cancelled (kept only while it is cancelled). */
  cancellationReason: f.optionalText('Powód odwołania', 1000),
  /**
   * People who took part without being named on the list, counted day by day (a conference counted at the door:
   * day 1 150, day 2 120); days without a headcount are left out. See `unnamedReached` for what an event reached.
   */
  unnamedByDay: z
    .array(unnamedHeadcount, { error: 'Podaj liczby osób spoza listy dzień po dniu' })
    .max(MAX_EVENT_DAYS + 1, `Wydarzenie może trwać najwyżej ${MAX_EVENT_DAYS} dni`)
    .default([]),
});

type EventFields = z.output<typeof eventFields>;

/** Rules across fields, the same in the form and in main; each runs on the first save, whatever else is wrong. */
function timeRule(value: EventFields, ctx: z.RefinementCtx): void {
  if (value.startsAt && value.endsAt) {
    if (value.endsAt <= value.startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Koniec wydarzenia musi być późniejszy niż jego początek' });
    } else if (Date.parse(value.endsAt) - Date.parse(value.startsAt) > MAX_EVENT_DAYS * 24 * 3600 * 1000) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `Wydarzenie może trwać najwyżej ${MAX_EVENT_DAYS} dni` });
    }
  }
}

/** Headcounts name each day of the event at most once, and only days the event spans. */
function headcountRule(value: EventFields, ctx: z.RefinementCtx): void {
  const days = value.startsAt && value.endsAt && value.endsAt > value.startsAt ? new Set(eventDays(value.startsAt, value.endsAt)) : null;
  const seen = new Set<string>();
  value.unnamedByDay.forEach((headcount, i) => {
    if (seen.has(headcount.day)) ctx.addIssue({ code: 'custom', path: ['unnamedByDay', i, 'day'], message: `Dzień ${formatDay(headcount.day)} ma już podaną liczbę osób spoza listy` });
    else if (days && !days.has(headcount.day)) ctx.addIssue({ code: 'custom', path: ['unnamedByDay', i, 'day'], message: `Dzień ${formatDay(headcount.day)} jest poza terminem wydarzenia` });
    seen.add(headcount.day);
  });
}

function certificateRuleCheck(value: EventFields, ctx: z.RefinementCtx): void {
  if (value.certificateRule === 'share' && value.certificateMinShare === null) {
    ctx.addIssue({ code: 'custom', path: ['certificateMinShare'], message: 'Podaj, jaka część godzin wydarzenia (w procentach) wystarcza do zaświadczenia' });
  }
}

function modeRule(value: EventFields, ctx: z.RefinementCtx): void {
  if (isPerPersonHourType(value.type)) {
    if (!value.mode) ctx.addIssue({ code: 'custom', path: ['mode'], message: 'Dla coachingu i superwizji wybierz formę: indywidualna lub grupowa' });
  } else if (value.mode) {
    ctx.addIssue({ code: 'custom', path: ['mode'], message: 'Formę (indywidualna / grupowa) podaje się tylko dla coachingu i superwizji' });
  }
}

/** What a user edits about an event. */
export const eventDraft = eventFields
  .superRefine(timeRule, f.whenFieldsValid('startsAt', 'endsAt'))
  .superRefine(modeRule, f.whenFieldsValid('type', 'mode'))
  .superRefine(headcountRule, f.whenFieldsValid('startsAt', 'endsAt', 'unnamedByDay'))
  .superRefine(certificateRuleCheck, f.whenFieldsValid('certificateRule', 'certificateMinShare'));

export const eventSave = f
  .withIdentity(eventFields)
  .superRefine(timeRule, f.whenFieldsValid('startsAt', 'endsAt'))
  .superRefine(modeRule, f.whenFieldsValid('type', 'mode'))
  .superRefine(headcountRule, f.whenFieldsValid('startsAt', 'endsAt', 'unnamedByDay'))
  .superRefine(certificateRuleCheck, f.whenFieldsValid('certificateRule', 'certificateMinShare'));

/** Settles an event left "planned" after its end: it was held, or it was cancelled (with the reason). */
export const eventSettle = z
  .object({
    id: f.id,
    version: f.version,
    status: z.enum(['held', 'cancelled'], { error: 'Wybierz: odbyło się albo odwołane' }),
    cancellationReason: f.optionalText('Powód odwołania', 1000),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'cancelled' && !value.cancellationReason) ctx.addIssue({ code: 'custom', path: ['cancellationReason'], message: 'Podaj powód odwołania' });
  });
export type EventSettle = z.output<typeof eventSettle>;

const territoryCode = f.text().trim().regex(/^\d{2}(\d{2}(\d{3})?)?$/, 'Nieprawidłowy kod terytorium');

const eventFilters = z.object({
  /** First day of the range (Warsaw calendar day), inclusive: events that end on or after it. */
  from: optionalCalendarDate,
  /** Last day of the range, inclusive: events that start on or before it. */
  to: optionalCalendarDate,
  types: z.array(eventType).max(EVENT_TYPE_KEYS.length).optional(),
  statuses: z.array(eventStatus).max(EVENT_STATUS_KEYS.length).optional(),
  partnershipId: f.id.optional(),
  /** A voivodeship (2 digits), powiat (4) or gmina (7): events there (the event's own place, else its partnership's). */
  territoryCode: territoryCode.optional(),
  projectId: f.id.optional(),
  /** Events held for any of these audiences. */
  audiences: z.array(audience).max(EVENT_AUDIENCE_KEYS.length).optional(),
  /** Events placed in a powiat (or a gmina of a powiat) of this subregion (the event's place, else its partnership's). */
  subregionId: f.id.optional(),
  search: f.text().trim().max(200).optional(),
});

function rangeInOrder(value: { from: string | null; to: string | null }, ctx: z.RefinementCtx): void {
  if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Koniec zakresu nie może być wcześniejszy niż jego początek' });
}

export const eventListQuery = eventFilters.superRefine(rangeInOrder).default({ from: null, to: null });

/**
 * One page of the events list: this week's events and the coming ones first, soonest first, then the earlier ones,
 * latest first (the order the list opens on), with the number of matches.
 */
export const eventPageQuery = eventFilters
  .extend({
    /** The day whose week counts as "this week" (Warsaw calendar day); absent: today. */
    today: optionalCalendarDate,
    offset: z.number({ error: 'Nieprawidłowy początek strony' }).int('Nieprawidłowy początek strony').min(0, 'Nieprawidłowy początek strony').default(0),
    limit: f.rowLimit.default(100),
  })
  .superRefine(rangeInOrder);

export const eventReschedule = z.object({ id: f.id, version: f.version, startsAt: instant });

// ---------------------------------------------------------------------------------------------------------
// Series

/** The most occurrences one series may have. */
export const MAX_SERIES_OCCURRENCES = 200;

const RULE_MESSAGE = 'Nieprawidłowa reguła powtarzania (RRULE), np. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10';

/**
 * An iCalendar recurrence rule (RFC 5545) without DTSTART (the first occurrence is the event's start): upper case,
 * an optional "RRULE:" prefix removed. It must end, by COUNT (at most 200) or UNTIL; main checks it fully.
 */
export const recurrenceRule = f.text({ error: RULE_MESSAGE })
  .trim()
  .max(500, 'Reguła powtarzania może mieć najwyżej 500 znaków')
  .transform((value) => value.replace(/^RRULE:/i, '').replace(/;+$/, '').toUpperCase())
  .superRefine((value, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (!/^[A-Z]+=[^;=\s]+(;[A-Z]+=[^;=\s]+)*$/.test(value)) return issue(RULE_MESSAGE);
    const parts = new Map(value.split(';').map((part) => part.split('=') as [string, string]));
    const freq = parts.get('FREQ');
    if (!freq) return issue('Reguła powtarzania musi określać częstotliwość FREQ, np. FREQ=WEEKLY');
    if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) return issue('Częstotliwość FREQ może wynosić DAILY, WEEKLY, MONTHLY lub YEARLY');
    if (parts.has('DTSTART') || parts.has('TZID')) return issue('Reguła nie może zawierać DTSTART ani TZID: początek serii to data i godzina pierwszego spotkania');
    const count = parts.get('COUNT');
    if (!count && !parts.has('UNTIL')) return issue('Reguła powtarzania musi kończyć się liczbą spotkań (COUNT) albo datą (UNTIL)');
    if (count && parts.has('UNTIL')) return issue('Reguła może mieć COUNT albo UNTIL, nie oba naraz');
    if (count && !(/^\d+$/.test(count) && Number(count) >= 1 && Number(count) <= MAX_SERIES_OCCURRENCES)) {
      return issue(`Liczba spotkań (COUNT) musi wynosić od 1 do ${MAX_SERIES_OCCURRENCES}`);
    }
    const until = parts.get('UNTIL');
    if (until && !/^\d{8}(T\d{6}Z?)?$/.test(until)) return issue('Data UNTIL musi mieć postać RRRRMMDD lub RRRRMMDDTGGMMSSZ, np. UNTIL=20261231');
  });

export const eventSeriesCreate = z.object({
  /** The first occurrence: its date and times; every field is copied to each occurrence. */
  draft: eventDraft,
  rule: recurrenceRule,
});

export const eventSeriesUpdate = z.object({
  seriesId: f.id,
  version: f.version,
  /**
   * Applied to every occurrence that is not detached: every field, with the times of day (and the duration) of
   * `startsAt`/`endsAt` in Warsaw time; the date of each occurrence stays.
   */
  draft: eventDraft,
  /** Only this occurrence and the later ones. */
  fromEventId: f.id.optional(),
});

export const eventSeriesDelete = z.object({
  seriesId: f.id,
  version: f.version,
  /** Only this occurrence and the later ones. */
  fromEventId: f.id.optional(),
});

// ---------------------------------------------------------------------------------------------------------
// Participants and attendance

export const eventAddParticipants = z.object({
  eventId: f.id,
  personIds: z
    .array(f.id, { error: 'Podaj listę osób' })
    .min(1, 'Wybierz co najmniej jedną osobę')
    .max(500, 'Najwyżej 500 osób naraz')
    .transform((ids) => [...new Set(ids)]),
  /** Came without registering (added on the spot). */
  walkIn: z.boolean({ error: 'Pole „Bez zgłoszenia” musi mieć wartość tak/nie' }).default(false),
});

export const eventAddPartnershipMembers = z.object({ eventId: f.id, partnershipId: f.id });

export const eventCreateParticipant = z.object({
  eventId: f.id,
  person: personDraft.pick({ firstName: true, lastName: true, formOfAddress: true, institutionId: true, position: true, email: true }),
  walkIn: z.boolean({ error: 'Pole „Bez zgłoszenia” musi mieć wartość tak/nie' }).default(true),
});

export const eventParticipantRef = z.object({ participantId: f.id });

export const attendanceMark = z.object({
  participantId: f.id,
  day: calendarDate,
  /** null removes the mark. */
  status: attendanceStatus.nullable(),
});

export const eventSetAttendance = z.object({
  eventId: f.id,
  marks: z
    .array(attendanceMark, { error: 'Podaj listę zaznaczeń obecności' })
    .min(1, 'Podaj co najmniej jedno zaznaczenie obecności')
    .max(10_000, 'Najwyżej 10 000 zaznaczeń naraz'),
});

export const eventSetParticipantHours = z.object({ participantId: f.id, hours });

/** The number of people counted but not named on one day of an event (null clears it), from the attendance screen. */
export const eventSetHeadcount = z.object({
  eventId: f.id,
  version: f.version,
  day: calendarDate,
  count: unnamedHeadcount.shape.count.nullable(),
});

// ---------------------------------------------------------------------------------------------------------
// Attachments

const attachmentKind = z.enum(ATTACHMENT_KIND_KEYS, { error: 'Wybierz rodzaj załącznika z listy' });

/** What a file kept with an event says about itself: its kind, a caption, the day it was taken, the summary's photo page. */
const attachmentDescription = {
  caption: f.optionalText('Podpis', 500),
  takenOn: optionalCalendarDate,
  inSummary: z.boolean({ error: 'Zaznacz, czy zdjęcie ma trafić do sprawozdania' }).optional(),
};

/** A new attachment; without a kind, one from its content (an image is a photo, a PDF a signed attendance list). */
export const eventAttachmentUpload = z.object({ eventId: f.id, file: f.fileUpload, kind: attachmentKind.optional(), ...attachmentDescription });

export const eventAttachmentUpdate = z.object({ id: f.id, kind: attachmentKind, ...attachmentDescription });

// ---------------------------------------------------------------------------------------------------------
// The coaching and supervision register

export const coachingRegisterQuery = z
  .object({
    from: calendarDate,
    to: calendarDate,
    type: z.enum(PER_PERSON_HOUR_TYPES, { error: 'Wybierz coaching albo superwizję' }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.to < value.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Koniec okresu nie może być wcześniejszy niż jego początek' });
  });

// ---------------------------------------------------------------------------------------------------------
// Types

export type EventDraft = z.input<typeof eventDraft>;
export type EventSave = z.output<typeof eventSave>;
export type EventListQuery = z.output<typeof eventListQuery>;
export type EventPageQuery = z.output<typeof eventPageQuery>;
export type EventReschedule = z.output<typeof eventReschedule>;
export type EventSeriesCreate = z.output<typeof eventSeriesCreate>;
export type EventSeriesUpdate = z.output<typeof eventSeriesUpdate>;
export type EventSeriesDelete = z.output<typeof eventSeriesDelete>;
export type EventAddParticipants = z.output<typeof eventAddParticipants>;
export type EventAddPartnershipMembers = z.output<typeof eventAddPartnershipMembers>;
export type EventCreateParticipant = z.output<typeof eventCreateParticipant>;
export type AttendanceMark = z.output<typeof attendanceMark>;
export type EventSetAttendance = z.output<typeof eventSetAttendance>;
export type EventSetParticipantHours = z.output<typeof eventSetParticipantHours>;
export type EventSetHeadcount = z.output<typeof eventSetHeadcount>;
export type EventAttachmentUpload = z.output<typeof eventAttachmentUpload>;
export type EventAttachmentUpdate = z.output<typeof eventAttachmentUpdate>;
export type CoachingRegisterQuery = z.output<typeof coachingRegisterQuery>;

export interface EventCounts {
  /** Participants on the list. */
  registered: number;
  /** Participants marked present on at least one day. */
  present: number;
}

/** An event as the lists show it (the calendar shows a part of it, CalendarEvent). */
export interface EventSummary {
  id: string;
  version: number;
  type: EventType;
  status: EventStatus;
  title: string;
  /** UTC ISO instants; show them in Europe/Warsaw. */
  startsAt: string;
  endsAt: string;
  place: string | null;
  /** The event's own TERYT code (null when not given). */
  terytCode: string | null;
  /** The event's territory, else its partnership's. */
  territoryName: string | null;
  partnershipId: string | null;
  partnershipName: string | null;
  projectId: string | null;
  projectName: string | null;
  hours: number | null;
  hourUnit: HourUnit;
  mode: SessionMode | null;
  /** The event's own certificate rule (null: the project's). */
  certificateRule: CertificateRule | null;
  certificateMinShare: number | null;
  seriesId: string | null;
  detachedFromSeries: boolean;
  counts: EventCounts;
  cancellationReason: string | null;
  /** People who took part without being named on the list, day by day (by day; days without a headcount left out). */
  unnamedByDay: UnnamedHeadcount[];
  /** The people the event reached beyond its list (`unnamedReached` of `unnamedByDay`; null: no headcount given). */
  unnamedParticipants: number | null;
  /** For whom it was held, in the vocabulary's order. */
  audiences: EventAudience[];
}

export interface EventLeader {
  personId: string;
  firstName: string;
  lastName: string;
  /** "Imię Nazwisko". */
  name: string;
  role: EventLeaderRole;
}

export interface EventParticipant {
  id: string;
  eventId: string;
  personId: string;
  firstName: string;
  lastName: string;
  /** "Imię Nazwisko". */
  name: string;
  /** The institution the person came from at the time of registration. */
  institutionId: string | null;
  institutionName: string | null;
  walkIn: boolean;
  /** Coaching and supervision: this person's hours in the event's unit (null: the event's hours). */
  hours: number | null;
  /** Day (YYYY-MM-DD) → mark; days without a mark are absent from the object. */
  attendance: Record<string, AttendanceStatus>;
  /** Marked present on at least one day. */
  present: boolean;
  createdAt: string;
}

export interface EventSeriesInfo {
  seriesId: string;
  version: number;
  rule: string;
  /** This occurrence was edited on its own and no longer follows series edits. */
  detached: boolean;
  /** Occurrences the series has now. */
  occurrences: number;
}

export interface EventAttachment {
  id: string;
  eventId: string;
  name: string;
  sha256: string;
  createdAt: string;
  kind: AttachmentKind;
  /** What the photo (or document) shows, as printed under it. */
  caption: string | null;
  /** The day the photo was taken (YYYY-MM-DD). */
  takenOn: string | null;
  /** A photo chosen for the summary's photo page ("do sprawozdania"). */
  inSummary: boolean;
  /** JPG or PNG: shown as a thumbnail, may be a photo. */
  isImage: boolean;
}

/** Everything about one event. */
/** An event as the calendar shows it: what its tile needs, and the version to move it by dragging. */
export type CalendarEvent = Pick<EventSummary, 'id' | 'version' | 'type' | 'status' | 'title' | 'startsAt' | 'endsAt'>;

/** One page of the events list and the number of events matching the filters on every page together. */
export interface EventPage {
  rows: EventSummary[];
  total: number;
}

export interface EventDetail extends EventSummary {
  organiserInstitutionId: string | null;
  organiserName: string | null;
  notes: string | null;
  leaders: EventLeader[];
  /** In Polish order of last names. */
  participants: EventParticipant[];
  /** The Warsaw calendar days the event spans (attendance is marked per day). */
  days: string[];
  series: EventSeriesInfo | null;
  attachments: EventAttachment[];
  /** Certificates of participation issued for this event (an event with any cannot be deleted). */
  certificateCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface EventSeriesResult {
  seriesId: string;
  version: number;
  rule: string;
  /** The occurrences of the series now, by start. */
  events: EventSummary[];
}

export interface EventSeriesDeleted {
  seriesId: string;
  /** Occurrences deleted. */
  deleted: number;
  /** Occurrences edited on their own (detached) are kept as standalone events. */
  kept: EventSummary[];
  /** The series itself was removed (no occurrence left in it). */
  seriesDeleted: boolean;
}

export interface PersonRef {
  personId: string;
  name: string;
}

/** What adding participants did: who was added, who was on the list already, which members have no representative. */
export interface ParticipantsAdded {
  added: EventParticipant[];
  alreadyRegistered: PersonRef[];
  /** addPartnershipMembers: current members without a representative (nobody to register for them). */
  withoutRepresentative: { institutionId: string; institutionName: string }[];
}

/** Hours of one person in the coaching and supervision register, in clock hours. */
export interface CoachingRegisterRow {
  personId: string;
  firstName: string;
  lastName: string;
  name: string;
  /** The person's institution now. */
  institutionName: string | null;
  individualHours: number;
  groupHours: number;
  totalHours: number;
  /** Held sessions the person took part in. */
  sessions: number;
}

/** A coach or supervisor in the register: the held sessions they led in the period and their clock hours. */
export interface CoachingLeaderRow {
  personId: string;
  name: string;
  institutionName: string | null;
  /** 'coach' or 'supervisor' (a person leading both has a row for each). */
  role: string;
  individualHours: number;
  groupHours: number;
  totalHours: number;
  sessions: number;
}

export interface CoachingRegister {
  from: string;
  to: string;
  type: (typeof PER_PERSON_HOUR_TYPES)[number] | null;
  rows: CoachingRegisterRow[];
  /** The sums of the rows: hours received, person by person (a group session counts for everyone present). */
  totals: { individualHours: number; groupHours: number; totalHours: number; sessions: number };
  /** Coaches and supervisors, in Polish order of names: each session's hours counted once for each leader. */
  leaders: CoachingLeaderRow[];
  leaderTotals: { individualHours: number; groupHours: number; totalHours: number; sessions: number };
  /**
   * Hours delivered, as the summary, the dashboard and the indicators count them (reports/deliveredHours.ts): a group
   * session once by the hours held, an individual one only when its participant was present; held sessions.
   */
  delivered: { individualHours: number; groupHours: number; totalHours: number; sessions: number };
}
