/**
 * Time in Europe/Warsaw, where the offices are (one definition for the services and the renderer, which shows and
 * takes times in Warsaw whatever zone the computer is set to): calendar days, wall-clock times and their instants, with the
 * changes to and from summer time. No time-zone library: since 1996 Warsaw follows the EU rule (summer time from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October), which plain arithmetic
 * computes ~100× faster than Intl (a summary turns tens of thousands of instants into days); other years ask Intl.
 * tests/unit/warsawTime.test.ts checks the rule against the runtime's time-zone data, so a change of the law shows.
 *
 * A "wall time" is what a Warsaw clock shows, written as milliseconds as if it were UTC (so 17:00 Warsaw on
 * 3 March 2026 is Date.UTC(2026, 2, 3, 17)); arithmetic on wall times keeps the time of day across the change
 * of time, which adding multiples of 24 hours to an instant would not.
 */
export const TIME_ZONE = 'Europe/Warsaw';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Years in which Warsaw's offset follows the EU rule (checked against the time-zone data in the tests). */
const EU_RULE_FROM = 1996;
const EU_RULE_TO = 2099;

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

/** Instants carry a zone (Z or ±hh:mm); a date-time without one is UTC, as the database stores instants. */
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/** Milliseconds since the epoch of an instant; NaN for a value that is not a time. */
export function instantMs(instant: Date | string | number): number {
  if (instant instanceof Date) return instant.getTime();
  if (typeof instant === 'number') return instant;
  return Date.parse(instant.includes('T') && !HAS_ZONE.test(instant) ? `${instant}Z` : instant);
}

/** 01:00 UTC on the last Sunday of a month (0-based): when summer time starts (March) and ends (October). */
function lastSundayAtOne(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Warsaw's offset from Intl's time-zone data, for the years outside the EU rule. */
function intlOffset(ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const hour = parts.hour === 24 ? 0 : parts.hour!;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, hour, parts.minute!, parts.second!, new Date(ms).getUTCMilliseconds()) - ms;
}

/** A UTC year of the EU rule and its summer time, [from, to) in milliseconds. */
interface RuleYear {
  from: number;
  to: number;
  summerFrom: number;
  summerTo: number;
}

function ruleYear(year: number): RuleYear {
  return { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), summerFrom: lastSundayAtOne(year, 2), summerTo: lastSundayAtOne(year, 9) };
}

/** The year last asked about: a summary asks about tens of thousands of instants, nearly all in one year. */
let lastYear = ruleYear(2000);

/** Warsaw's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer); NaN for NaN. */
export function warsawOffset(ms: number): number {
  if (Number.isNaN(ms)) return NaN;
  if (ms < lastYear.from || ms >= lastYear.to) {
    const year = new Date(ms).getUTCFullYear();
    if (year < EU_RULE_FROM || year > EU_RULE_TO) return intlOffset(ms);
    lastYear = ruleYear(year);
  }
  return ms >= lastYear.summerFrom && ms < lastYear.summerTo ? 2 * HOUR_MS : HOUR_MS;
}

/** The Warsaw wall time of an instant (as UTC-encoded milliseconds); NaN for a value that is not a time. */
export function toWallTime(instant: Date | string | number): number {
  const ms = instantMs(instant);
  return ms + warsawOffset(ms);
}

/**
 * The instant at which Warsaw clocks show `wall`. A time skipped in spring (2:30 on the last Sunday of March)
 * becomes the hour after; a time repeated in autumn, its second (winter) occurrence.
 */
export function fromWallTime(wall: number): Date {
  const first = wall - warsawOffset(wall);
  return new Date(wall - warsawOffset(first));
}

/** Days written out, by their number since the epoch (the days of a few years' records; emptied past 20 000). */
const dayTexts = new Map<number, string>();

/** 'YYYY-MM-DD' of a UTC-encoded millisecond value. */
function isoDay(ms: number): string {
  const number = Math.floor(ms / DAY_MS);
  let text = dayTexts.get(number);
  if (text === undefined) {
    text = new Date(ms).toISOString().slice(0, 10);
    if (dayTexts.size >= 20_000) dayTexts.clear();
    dayTexts.set(number, text);
  }
  return text;
}

/** The Warsaw calendar day of an instant, 'YYYY-MM-DD'; a RangeError for a value that is not a time. */
export function warsawDay(instant: Date | string | number): string {
  return isoDay(toWallTime(instant));
}

/** The Warsaw calendar day of an instant, or null for a value that is not a time (for rows read as they are). */
export function warsawDayOrNull(instant: Date | string | number): string | null {
  const wall = toWallTime(instant);
  return Number.isNaN(wall) ? null : isoDay(wall);
}

/**
 * The Warsaw day an event ends on: an end exactly at midnight belongs to the day before; never before the start
 * day, and the start day when the end is not a time.
 */
export function warsawEndDay(startsAt: Date | string | number, endsAt: Date | string | number): string {
  const first = warsawDay(startsAt);
  const endWall = toWallTime(endsAt);
  if (Number.isNaN(endWall)) return first;
  const last = isoDay(wallTimeOfDay(endWall) === 0 ? endWall - 1 : endWall);
  return last < first ? first : last;
}

/** The day `count` days after (or before) a calendar day. */
export function addDays(day: string, count: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS);
}

/** The Monday of a calendar day's week (weeks run Monday to Sunday, as in Poland). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today in Warsaw, 'YYYY-MM-DD'. */
export function warsawToday(now: Date = new Date()): string {
  return warsawDay(now);
}

/** What a Warsaw clock and calendar show at an instant, 'YYYY-MM-DDTHH:mm:ss'; null for a value that is not a time. */
export function warsawWallClock(instant: Date | string | number): string | null {
  const wall = toWallTime(instant);
  return Number.isNaN(wall) ? null : new Date(wall).toISOString().slice(0, 19);
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
  const last = warsawEndDay(startsAt, endsAt);
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Moves an event to `startsAt`, keeping its duration on the wall clock (a 17:00–19:00 meeting stays 17:00–19:00). */
export function keepDuration(oldStartsAt: string, oldEndsAt: string, startsAt: string): string {
  const duration = toWallTime(oldEndsAt) - toWallTime(oldStartsAt);
  return fromWallTime(toWallTime(startsAt) + duration).toISOString();
}
