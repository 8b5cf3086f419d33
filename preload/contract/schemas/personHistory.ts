/** A person's own history: the events they took part in or led, their hours and certificates, with totals. */
import type { EventStatus, EventType, HourUnit } from '../vocabulary';

/** One event the person was registered for. */
export interface PersonHistoryParticipation {
  eventId: string;
  title: string;
  type: EventType;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  /** Days marked present / the event's days; null when no attendance was marked for the person. */
  daysPresent: number | null;
  days: number;
  /** Hours counted for the person (their own, else the event's) in `hourUnit`: only for held events they attended. */
  hours: number | null;
  hourUnit: HourUnit;
  /** The certificate issued for the event, e.g. "12/2026". */
  certificateNumber: string | null;
  certificateIssuedOn: string | null;
}

/** One event the person led (as a trainer, coach, supervisor or moderator). */
export interface PersonHistoryLeading {
  eventId: string;
  title: string;
  type: EventType;
  status: EventStatus;
  startsAt: string;
  endsAt: string;
  role: string;
  hours: number | null;
  hourUnit: HourUnit;
}

export interface PersonHistory {
  personId: string;
  /** Newest first. */
  participations: PersonHistoryParticipation[];
  led: PersonHistoryLeading[];
  totals: {
    /** Events registered for, attended (present at least one day, held). */
    registered: number;
    attended: number;
    /** Hours of the attended events, converted to clock hours (a didactic hour is 45 minutes). */
    clockHours: number;
    certificates: number;
    led: number;
    ledClockHours: number;
  };
}
