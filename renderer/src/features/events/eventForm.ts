/**
 * The event form's state: its values as typed (Warsaw dates and times, hours as text), the repetition of a new
 * event, the choices that follow from one another (the type's hour unit, the start's weekday, the partnership's
 * gmina), and the input for the contract built from them.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EVENT_TYPE_KEYS, isPerPersonHourType, MAX_EVENT_DAYS, type CertificateRule, type EventAudience, type EventDetail, type EventLeaderRole, type EventStatus, type EventType, type HourUnit, type SessionMode } from '../../../../preload/contract';
import { call } from '../../api/client';
import { useFormValues } from '../../components/RecordForm';
import { minShareNumber } from '../eventDocuments/CertificateRuleFields';
import { defaultHourUnit } from './eventLabels';
import { NO_RECURRENCE, type RecurrenceValues } from './recurrence';
import { addDays, isDate, warsawIso, warsawParts, weekdayOf } from './warsawTime';

export interface LeaderValues {
  personId: string | null;
  role: EventLeaderRole;
}

interface FormValues {
  title: string;
  type: EventType;
  status: EventStatus;
  projectId: string | null;
  partnershipId: string | null;
  terytCode: string | null;
  place: string;
  organiserInstitutionId: string | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  hours: string;
  hourUnit: HourUnit;
  mode: SessionMode | null;
  /** '' : the project's rule. */
  certificateRule: CertificateRule | '';
  certificateMinShare: string;
  leaders: LeaderValues[];
  notes: string;
  cancellationReason: string;
  /** People who took part without being named on the list, as typed, by Warsaw day (YYYY-MM-DD → text). */
  unnamedByDay: Record<string, string>;
  /** For whom it is held. */
  audiences: EventAudience[];
}

/** The Warsaw days from the start date to the end date as typed (none while either is incomplete or reversed). */
export function formDays(startDate: string, endDate: string): string[] {
  if (!isDate(startDate) || !isDate(endDate) || endDate < startDate) return [];
  const days: string[] = [];
  for (let day = startDate; day <= endDate && days.length <= MAX_EVENT_DAYS; day = addDays(day, 1)) days.push(day);
  return days;
}

/** "127" → 127; anything else NaN, which the contract refuses with its message. */
function parseCount(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/** The headcounts to send: the event's days (as typed) with a number typed, in order of days. */
function headcounts(values: Pick<FormValues, 'startDate' | 'endDate' | 'unnamedByDay'>): { day: string; count: number }[] {
  return formDays(values.startDate, values.endDate)
    .filter((day) => (values.unnamedByDay[day] ?? '').trim() !== '')
    .map((day) => ({ day, count: parseCount(values.unnamedByDay[day]!) }));
}

/** A time from the calendar: an instant ("2026-03-12T09:00:00+01:00") or a whole day ("2026-03-12", an exclusive end). */
function fromCalendar(value: string | null, fallbackTime: string, isEnd: boolean): { date: string; time: string } | null {
  if (!value) return null;
  if (isDate(value)) return { date: isEnd ? addDays(value, -1) : value, time: fallbackTime };
  return Number.isNaN(Date.parse(value)) ? null : warsawParts(value);
}

function toFormValues(event: EventDetail | undefined, params: URLSearchParams): FormValues {
  if (event) {
    const start = warsawParts(event.startsAt);
    const end = warsawParts(event.endsAt);
    return {
      title: event.title,
      type: event.type,
      status: event.status,
      projectId: event.projectId,
      partnershipId: event.partnershipId,
      terytCode: event.terytCode,
      place: event.place ?? '',
      organiserInstitutionId: event.organiserInstitutionId,
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      hours: event.hours === null ? '' : String(event.hours).replace('.', ','),
      hourUnit: event.hourUnit,
      mode: event.mode,
      certificateRule: event.certificateRule ?? '',
      certificateMinShare: String(event.certificateMinShare ?? 80),
      leaders: event.leaders.map(({ personId, role }) => ({ personId, role })),
      notes: event.notes ?? '',
      cancellationReason: event.cancellationReason ?? '',
      unnamedByDay: Object.fromEntries(event.unnamedByDay.map((headcount) => [headcount.day, String(headcount.count)])),
      audiences: event.audiences,
    };
  }
  const requested = params.get('rodzaj');
  const type: EventType = requested && (EVENT_TYPE_KEYS as string[]).includes(requested) ? (requested as EventType) : 'workshop';
  const start = fromCalendar(params.get('start'), '09:00', false);
  const end = fromCalendar(params.get('end'), '15:00', true) ?? (start ? { date: start.date, time: '15:00' } : null);
  return {
    title: '',
    type,
    status: 'planned',
    projectId: null,
    partnershipId: params.get('partnerstwo'),
    terytCode: null,
    place: '',
    organiserInstitutionId: null,
    startDate: start?.date ?? '',
    startTime: start?.time ?? '09:00',
    endDate: end?.date ?? '',
    endTime: end?.time ?? '15:00',
    hours: '',
    hourUnit: defaultHourUnit(type),
    mode: null,
    certificateRule: '',
    certificateMinShare: '80',
    leaders: [],
    notes: '',
    cancellationReason: '',
    unnamedByDay: {},
    audiences: [],
  };
}

/** "7,5" or "7.5" → 7.5; blank → null; anything else NaN, which the contract refuses with its message. */
function parseHours(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** The contract's input from the typed values: Warsaw instants, hours as a number, the leaders chosen. */
function eventInput(values: FormValues, perPerson: boolean) {
  return {
    title: values.title,
    type: values.type,
    status: values.status,
    projectId: values.projectId,
    partnershipId: values.partnershipId,
    terytCode: values.terytCode,
    place: values.place,
    organiserInstitutionId: values.organiserInstitutionId,
    startsAt: warsawIso(values.startDate, values.startTime),
    endsAt: warsawIso(values.endDate, values.endTime),
    hours: parseHours(values.hours),
    hourUnit: values.hourUnit,
    mode: perPerson ? values.mode : null,
    certificateRule: values.certificateRule || null,
    certificateMinShare: values.certificateRule === 'share' ? (minShareNumber(values.certificateMinShare) ?? null) : null,
    leaders: values.leaders.filter((leader) => leader.personId).map((leader) => ({ personId: leader.personId!, role: leader.role })),
    notes: values.notes,
    cancellationReason: values.status === 'cancelled' ? values.cancellationReason : null,
    unnamedByDay: headcounts(values),
    audiences: values.audiences,
  };
}

export type EventInput = ReturnType<typeof eventInput>;

export function useEventForm(event: EventDetail | undefined, params: URLSearchParams) {
  const { values, set, fieldErrors, setFieldErrors } = useFormValues<FormValues>(() => toFormValues(event, params));
  const [recurrence, setRecurrence] = useState<RecurrenceValues>(() => ({ ...NO_RECURRENCE, weekdays: [isDate(values.startDate) ? weekdayOf(values.startDate) : 0] }));
  const projects = useQuery({ queryKey: ['projects', 'list', {}], queryFn: () => call('projects.list', {}) });
  const partnerships = useQuery({ queryKey: ['partnerships', 'list', {}], queryFn: () => call('partnerships.list', {}) });
  const perPerson = isPerPersonHourType(values.type);

  const changeType = (type: EventType) => {
    set('type', type);
    set('hourUnit', defaultHourUnit(type));
    if (!isPerPersonHourType(type)) set('mode', null);
  };
  const changeStartDate = (date: string) => {
    set('startDate', date);
    if (isDate(date) && (!isDate(values.endDate) || values.endDate < date)) set('endDate', date);
    if (isDate(date) && !recurrence.weekdaysChosen) setRecurrence((current) => ({ ...current, weekdays: [weekdayOf(date)] }));
  };
  const changePartnership = (partnershipId: string | null) => {
    set('partnershipId', partnershipId);
    const partnership = partnerships.data?.find((p) => p.id === partnershipId);
    if (partnership?.terytCode?.length === 7 && !values.terytCode) set('terytCode', partnership.terytCode);
  };
  const setLeader = (index: number, patch: Partial<LeaderValues>) =>
    set(
      'leaders',
      values.leaders.map((leader, i) => (i === index ? { ...leader, ...patch } : leader)),
    );

  const sent = headcounts(values);
  /** The contract's message for a day's headcount (its field is `unnamedByDay.<index among those sent>`). */
  const headcountError = (day: string): string | undefined => {
    const index = sent.findIndex((headcount) => headcount.day === day);
    return index < 0 ? undefined : (fieldErrors[`unnamedByDay.${index}.count`] ?? fieldErrors[`unnamedByDay.${index}.day`]);
  };

  return {
    values,
    set,
    fieldErrors,
    headcountError,
    days: formDays(values.startDate, values.endDate),
    setFieldErrors,
    field: (name: string) => fieldErrors[name],
    perPerson,
    input: eventInput(values, perPerson),
    recurrence,
    setRecurrence,
    projects: projects.data,
    partnerships: partnerships.data,
    changeType,
    changeStartDate,
    changePartnership,
    setLeader,
  };
}

export type EventForm = ReturnType<typeof useEventForm>;
