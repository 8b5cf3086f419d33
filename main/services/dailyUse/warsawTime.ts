/** Calendar days in Europe/Warsaw and the UTC instants (as stored in `events.starts_at`) where they begin. */
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Warsaw';

/** Today in Warsaw, YYYY-MM-DD. */
export function warsawToday(now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

/** The UTC instant ("…T23:00:00.000Z") at which the Warsaw day begins. */
export function startOfWarsawDay(day: string): string {
  return DateTime.fromISO(day, { zone: ZONE }).startOf('day').toJSDate().toISOString();
}

/** A calendar day plus `days` days. */
export function plusDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** The Monday of the day's week (weeks run Monday to Sunday, as in Poland). */
export function mondayOf(day: string): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).startOf('week').toISODate()!;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}
