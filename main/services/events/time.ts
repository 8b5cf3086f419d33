/**
 * Time in Europe/Warsaw, where the offices are: calendar days, wall-clock times and their instants, with the
 * changes to and from summer time. Plain Intl, no time-zone library.
 *
 * A "wall time" is what a Warsaw clock shows, written as milliseconds as if it were UTC (so 17:00 Warsaw on
 * 3 March 2026 is Date.UTC(2026, 2, 3, 17)); arithmetic on wall times keeps the time of day across the change
 * of time, which adding multiples of 24 hours to an instant would not.
 */
export const TIME_ZONE = 'Europe/Warsaw';

const DAY_MS = 24 * 60 * 60 * 1000;

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

function toDate(instant: Date | string | number): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** The Warsaw wall time of an instant (as UTC-encoded milliseconds). */
export function toWallTime(instant: Date | string | number): number {
  const date = toDate(instant);
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const hour = parts.hour === 24 ? 0 : parts.hour!;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, hour, parts.minute!, parts.second!, date.getUTCMilliseconds());
}

/** Warsaw's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(ms: number): number {
  return toWallTime(ms) - ms;
}

/**
 * The instant at which Warsaw clocks show `wall`. A time skipped in spring (2:30 on the last Sunday of March)
 * becomes the hour after; a time repeated in autumn, its second (winter) occurrence.
 */
export function fromWallTime(wall: number): Date {
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

/** 'YYYY-MM-DD' of a UTC-encoded millisecond value. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Warsaw calendar day of an instant, 'YYYY-MM-DD'. */
export function warsawDay(instant: Date | string | number): string {
  return isoDay(toWallTime(instant));
}

/** The day `count` days after (or before) a calendar day. */
export function addDays(day: string, count: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS);
}

/** The instant a Warsaw calendar day begins, as a UTC ISO string (the form stored in the database). */
export function warsawDayStart(day: string): string {
  return fromWallTime(Date.parse(`${day}T00:00:00Z`)).toISOString();
}

/** Time of day of a wall time, in milliseconds since its midnight. */
export function wallTimeOfDay(wall: number): number {
  return ((wall % DAY_MS) + DAY_MS) % DAY_MS;
}

/** Midnight of a wall time's day. */
export function wallMidnight(wall: number): number {
  return wall - wallTimeOfDay(wall);
}

/**
 * The Warsaw calendar days an event spans, first to last. An event ending exactly at midnight does not span the
 * day that midnight begins.
 */
export function eventDays(startsAt: string, endsAt: string): string[] {
  const first = warsawDay(startsAt);
  const endWall = toWallTime(endsAt);
  let last = isoDay(endWall);
  if (wallTimeOfDay(endWall) === 0 && last > first) last = addDays(last, -1);
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Moves an event to `startsAt`, keeping its duration on the wall clock (a 17:00–19:00 meeting stays 17:00–19:00). */
export function keepDuration(oldStartsAt: string, oldEndsAt: string, startsAt: string): string {
  const duration = toWallTime(oldEndsAt) - toWallTime(oldStartsAt);
  return fromWallTime(toWallTime(startsAt) + duration).toISOString();
}
