/**
 * Event times as documents show them. Events are stored as UTC instants (`starts_at`, `ends_at`) and shown in
 * Europe/Warsaw: calendar days, "9:00–13:30", "12–14 marca 2026 r.".
 */
import { MONTHS_GENITIVE } from '../documents/dates';
import { ServiceError } from '../errors';

// Days of an event are what the events service says they are: one definition, so lists match the attendance.
import { eventDays, TIME_ZONE, warsawWallClock } from '../events/time';
export { eventDays, warsawDay, warsawDayStart, warsawToday } from '../events/time';

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



function parts(day: string): { year: number; month: number; day: number } {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: dayOfMonth ?? 1 };
}

/** 12.03.2026, as forms and table headers write a date. */
export function formatDayDots(day: string): string {
  const { year, month, day: d } = parts(day);
  return `${String(d).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** "12 marca 2026 r." */
export function formatDayInWords(day: string): string {
  const { year, month, day: d } = parts(day);
  return `${d} ${MONTHS_GENITIVE[month - 1]} ${year} r.`;
}

/**
 * A span of days in words: "12 marca 2026 r.", "12–14 marca 2026 r.", "30 marca – 2 kwietnia 2026 r.",
 * "30 grudnia 2025 r. – 2 stycznia 2026 r.".
 */
export function formatDaySpan(first: string, last: string): string {
  if (first === last) return formatDayInWords(first);
  const a = parts(first);
  const b = parts(last);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS_GENITIVE[b.month - 1]} ${b.year} r.`;
  if (a.year === b.year) return `${a.day} ${MONTHS_GENITIVE[a.month - 1]} – ${b.day} ${MONTHS_GENITIVE[b.month - 1]} ${b.year} r.`;
  return `${formatDayInWords(first)} – ${formatDayInWords(last)}`;
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
