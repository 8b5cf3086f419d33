/**
 * THE rule for a delivered hour. Every figure of hours — the summary (screen, narrative, tables, XLSX, DOCX, PDF,
 * JSON, `kooperator report`), the dashboard's indicators and the coaching and supervision register — comes from here.
 *
 * Only held events count; "present" means marked present on at least one day (an unmarked, absent or excused
 * participant was not present).
 *  - The mode of a coaching or supervision session is the recorded one; without one, a session with more than one
 *    person present is a group session, otherwise an individual one.
 *  - An individual session delivers hours only to participants present: each present participant's own hours when
 *    recorded, else the session's hours. A session whose participant was absent delivered nothing.
 *  - A group session delivers the hours held (the event's hours), however many came; each person present received
 *    their own hours when recorded, else the session's hours (the register's per-person figure).
 *  - Any other event delivers its hours as recorded.
 * Hours stay in the event's unit (clock or didactic); figures convert didactic hours to clock hours at 45/60.
 *
 * Its sibling for people, the rule of how many an event reached (its listed people present on any day plus the
 * largest headcount of one day of people not named), is `unnamedReached` / `peopleReached` in the contract's
 * schemas/events.ts, so the event's page uses it too.
 */
import { PER_PERSON_HOUR_TYPES, type EventType, type SessionMode } from '../../../preload/contract';

export function isSessionType(type: EventType): boolean {
  return (PER_PERSON_HOUR_TYPES as readonly EventType[]).includes(type);
}

/** The mode of a coaching or supervision session (null for any other event). */
export function sessionModeOf(event: { type: EventType; mode: SessionMode | null }, peoplePresent: number): SessionMode | null {
  if (!isSessionType(event.type)) return null;
  return event.mode ?? (peoplePresent > 1 ? 'group' : 'individual');
}

/** Who was present at an event, as far as hours go. */
export interface PresentForHours {
  /** People present. */
  people: number;
  /** The sum of the own hours of those present who have them (null: nobody has). */
  personalHours: number | null;
  /** How many of those present have no hours of their own. */
  withoutOwnHours: number;
}

/** The hours an event delivered, in its own unit. */
export function deliveredHours(event: { type: EventType; mode: SessionMode | null; hours: number | null }, present: PresentForHours): number {
  const held = event.hours ?? 0;
  if (sessionModeOf(event, present.people) === 'individual') return (present.personalHours ?? 0) + present.withoutOwnHours * held;
  return held;
}

/** The hours one participant received at a coaching or supervision session, in the session's unit. */
export function hoursReceived(event: { hours: number | null }, participant: { present: boolean; ownHours: number | null }): number {
  return participant.present ? (participant.ownHours ?? event.hours ?? 0) : 0;
}
