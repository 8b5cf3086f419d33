/**
 * Who gets a certificate of participation, and what it states. The rule is the event's own, else its project's,
 * else the default: present for at least 80% of the event's hours. An event's hours are shared equally by its days
 * (a two-day, 12-hour workshop is 6 hours a day), so a person present on one of its two days attended 6 hours, 50%.
 * Coaching and supervision count the participant's own hours where they are recorded.
 */
import type { Knex } from 'knex';
import {
  DEFAULT_CERTIFICATE_MIN_SHARE,
  isPerPersonHourType,
  type CertificateAttendance,
  type CertificatePlan,
  type CertificateRule,
  type CertificateRuleInEffect,
  type EventType,
} from '../../../preload/contract';
import { eventDays, formatDayInWords, formatDaysInWords, formatNumberPl, hoursText } from '../language';
import { byPolishName, loadEvent, type EventRow } from './eventData';

/** The rule an event's certificates follow. */
export async function certificateRuleOf(db: Knex, event: Pick<EventRow, 'id' | 'projectId'>): Promise<CertificateRuleInEffect> {
  const own = (await db('events').where({ id: event.id }).first('certificate_rule', 'certificate_min_share')) as
    | { certificate_rule: string | null; certificate_min_share: number | string | null }
    | undefined;
  if (own?.certificate_rule === 'share' || own?.certificate_rule === 'every_day') {
    return inEffect(own.certificate_rule, Number(own.certificate_min_share ?? DEFAULT_CERTIFICATE_MIN_SHARE), 'event');
  }
  if (event.projectId) {
    const project = (await db('projects').where({ id: event.projectId }).first('certificate_rule', 'certificate_min_share')) as
      | { certificate_rule: string; certificate_min_share: number | string }
      | undefined;
    if (project) return inEffect(project.certificate_rule === 'every_day' ? 'every_day' : 'share', Number(project.certificate_min_share), 'project');
  }
  return inEffect('share', DEFAULT_CERTIFICATE_MIN_SHARE, 'default');
}

function inEffect(rule: CertificateRule, minShare: number, source: CertificateRuleInEffect['source']): CertificateRuleInEffect {
  const what = rule === 'every_day' ? 'obecność każdego dnia wydarzenia' : `obecność przez co najmniej ${minShare}% godzin wydarzenia`;
  const whose = source === 'event' ? 'zasada tego wydarzenia' : source === 'project' ? 'zasada projektu' : 'zasada domyślna';
  return { rule, minShare, source, text: `${what} (${whose})` };
}

/** One registered participant: the days marked present, and their own hours (coaching, supervision). */
export interface Attendee {
  participantId: string;
  personId: string;
  firstName: string;
  lastName: string;
  formOfAddress: 'ms' | 'mr' | null;
  presentDays: string[];
  ownHours: number | null;
}

/** The event's participants with the days each was marked present, in Polish order. */
export async function attendees(db: Knex, eventId: string): Promise<Attendee[]> {
  const rows = (await db('event_participants as ep')
    .join('people as p', 'p.id', 'ep.person_id')
    .where('ep.event_id', eventId)
    .select('ep.id', 'ep.person_id', 'ep.hours', 'p.first_name', 'p.last_name', 'p.form_of_address')) as {
    id: string;
    person_id: string;
    hours: number | string | null;
    first_name: string;
    last_name: string;
    form_of_address: string | null;
  }[];
  const present = new Map<string, string[]>();
  const ids = rows.map((row) => row.id);
  for (let i = 0; i < ids.length; i += 500) {
    const marks = (await db('attendance').whereIn('participant_id', ids.slice(i, i + 500)).where('status', 'present').select('participant_id', 'day')) as { participant_id: string; day: string }[];
    for (const mark of marks) present.set(mark.participant_id, [...(present.get(mark.participant_id) ?? []), mark.day]);
  }
  return rows
    .map((row): Attendee => ({
      participantId: row.id,
      personId: row.person_id,
      firstName: row.first_name,
      lastName: row.last_name,
      formOfAddress: row.form_of_address === 'ms' || row.form_of_address === 'mr' ? row.form_of_address : null,
      presentDays: (present.get(row.id) ?? []).sort(),
      ownHours: row.hours === null ? null : Number(row.hours),
    }))
    .sort(byPolishName);
}

/** The hours a person attended: the event's (or their own) hours shared equally by its days, for the days present. */
export function attendedHours(event: Pick<EventRow, 'type' | 'hours'>, days: readonly string[], attendee: Pick<Attendee, 'presentDays' | 'ownHours'>): number | null {
  const total = isPerPersonHourType(event.type as EventType) && attendee.ownHours !== null ? attendee.ownHours : event.hours;
  if (total === null) return null;
  const present = attendee.presentDays.filter((day) => days.includes(day)).length;
  return Math.round(((total * present) / days.length) * 100) / 100;
}

/** What a certificate states of a person's attendance. */
export function attendanceOf(event: EventRow, days: readonly string[], attendee: Attendee): CertificateAttendance {
  const hours = attendedHours(event, days, attendee);
  return {
    personId: attendee.personId,
    personName: `${attendee.firstName} ${attendee.lastName}`,
    daysText: formatDaysInWords(attendee.presentDays.filter((day) => days.includes(day))),
    hoursText: hours === null ? null : hoursText({ hours, hourUnit: event.hourUnit }),
  };
}

/** Why a person gets no certificate under the rule; null when they get one. */
export function reasonLeftOut(rule: CertificateRuleInEffect, event: EventRow, days: readonly string[], attendee: Attendee): string | null {
  const present = attendee.presentDays.filter((day) => days.includes(day));
  if (present.length === 0) return 'brak obecności na wydarzeniu';
  if (rule.rule === 'every_day') {
    const missed = days.filter((day) => !present.includes(day));
    if (missed.length === 0) return null;
    return `${missed.length === 1 ? 'nieobecność w dniu' : 'nieobecność w dniach'} ${missed.map(formatDayInWords).join(', ')}; wymagana obecność każdego dnia`;
  }
  const share = (present.length / days.length) * 100;
  if (share + 1e-9 >= rule.minShare) return null;
  const hours = attendedHours(event, days, attendee);
  const total = isPerPersonHourType(event.type as EventType) && attendee.ownHours !== null ? attendee.ownHours : event.hours;
  const attended =
    hours !== null && total !== null
      ? `przez ${formatNumberPl(hours)} z ${hoursText({ hours: total, hourUnit: event.hourUnit })}`
      : `w ${present.length} z ${days.length} dni`;
  return `obecność ${attended} (${formatNumberPl(Math.round(share))}%); wymagane co najmniej ${rule.minShare}%`;
}

/** Who gets a certificate now, who has one already and who is left out, before numbering. */
export async function certificatePlan(db: Knex, eventId: string): Promise<CertificatePlan> {
  const event = await loadEvent(db, eventId);
  const rule = await certificateRuleOf(db, event);
  const days = eventDays(event.startsAt, event.endsAt);
  const issued = new Set(((await db('certificates').where({ event_id: eventId }).select('person_id')) as { person_id: string }[]).map((row) => row.person_id));
  const plan: CertificatePlan = { rule, toIssue: [], alreadyIssued: 0, leftOut: [] };
  for (const attendee of await attendees(db, eventId)) {
    if (issued.has(attendee.personId)) {
      plan.alreadyIssued += 1;
      continue;
    }
    const reason = reasonLeftOut(rule, event, days, attendee);
    if (reason) plan.leftOut.push({ personId: attendee.personId, personName: `${attendee.firstName} ${attendee.lastName}`, reason });
    else plan.toIssue.push(attendanceOf(event, days, attendee));
  }
  return plan;
}
