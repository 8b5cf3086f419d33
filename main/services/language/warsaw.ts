/**
 * Event times as documents show them. Events are stored as UTC instants (`starts_at`, `ends_at`) and shown in
 * Europe/Warsaw: calendar days, "9:00–13:30", "12–14 marca 2026 r.".
 */
import { formatDaySpan } from './dates';
import { ServiceError } from '../errors';

// Days of an event are what the events service says they are: one definition, so lists match the attendance.
import { eventDays, TIME_ZONE, warsawWallClock } from '../../../preload/contract/warsawTime';
export { eventDays, warsawDay, warsawDayStart, warsawToday } from '../../../preload/contract/warsawTime';

export const WARSAW = TIME_ZONE;

/** A stored instant on a Warsaw clock, 'YYYY-MM-DDTHH:mm:ss'; a stored value that is not a time is a data error. */
export function inWarsaw(instant: string): string {
  const wall = warsawWallClock(instant);
  if (wall === null) throw new ServiceError('validation', `Nieprawidłowy czas wydarzenia w bazie: „${instant}”.`);
  return wall;
}

/** "9:30" of a Warsaw wall clock 'YYYY-MM-DDTHH:mm:ss'. */
function hourAndMinute(wall: string): string {
  return `${Number(wall.slice(11, 13))}:${wall.slice(14, 16)}`;
}

/** The event's dates in words, from its stored instants. */
export function formatEventDates(startsAt: string, endsAt: string): string {
  const days = eventDays(startsAt, endsAt);
  return formatDaySpan(days[0]!, days[days.length - 1]!);
}

/** "9:00–13:30" in Warsaw time (the start on the first day, the end on the last). */
export function formatTimeRange(startsAt: string, endsAt: string): string {
  return `${hourAndMinute(inWarsaw(startsAt))}–${hourAndMinute(inWarsaw(endsAt))}`;
}
