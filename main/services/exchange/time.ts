/**
 * Event instants in the exchange file are written with Warsaw's offset ("2026-03-29T09:00:00+02:00"); the
 * register stores them in UTC. Calendar days (attendance) are Warsaw days. Plain Intl, no time-zone library.
 */
const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** What a Warsaw clock shows at `ms`, encoded as milliseconds as if it were UTC. */
function wallTime(ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(ms))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour === 24 ? 0 : parts.hour!, parts.minute!, parts.second!, new Date(ms).getUTCMilliseconds());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant with Warsaw's offset: "2026-03-29T09:00:00+02:00" (milliseconds only when not zero). */
export function toWarsawIso(instant: string | Date): string {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  const wall = wallTime(ms);
  const offset = Math.round((wall - ms) / 60_000);
  const text = new Date(wall).toISOString();
  const fraction = wall % 1000 === 0 ? '' : text.slice(19, 23);
  const sign = offset < 0 ? '-' : '+';
  return `${text.slice(0, 19)}${fraction}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The UTC form the register stores ("2026-03-29T07:00:00.000Z"). */
export function toStoredInstant(instant: string): string {
  return new Date(instant).toISOString();
}

/** The Warsaw calendar day of an instant. */
export function warsawDay(instant: string | Date): string {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  return new Date(wallTime(ms)).toISOString().slice(0, 10);
}

/** Every calendar day from `first` to `last`, inclusive. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`) && days.length < 400; ms += 86_400_000) {
    days.push(new Date(ms).toISOString().slice(0, 10));
  }
  return days;
}

/** The Warsaw days an event spans (an event ending at midnight does not span the day it ends on). */
export function eventDays(start: string, end: string): string[] {
  const last = Date.parse(end) > Date.parse(start) ? warsawDay(new Date(Date.parse(end) - 1)) : warsawDay(start);
  return daysFrom(warsawDay(start), last);
}

/** The instant a Warsaw clock shows `time` ("09:30") on `day`, written with Warsaw's offset. */
export function warsawInstant(day: string, time: string): string {
  const wall = Date.parse(`${day}T${time}:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = wall - offsetHours * 3_600_000;
    if (wallTime(candidate) === wall) return toWarsawIso(new Date(candidate));
  }
  return toWarsawIso(new Date(wall - 3_600_000));
}
