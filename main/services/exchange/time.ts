/**
 * Event instants in the exchange file are written with Warsaw's offset ("2026-03-29T09:00:00+02:00"); the
 * register stores them in UTC. Calendar days (attendance) are Warsaw days, reckoned as everywhere else in
 * preload/contract/warsawTime.ts; only the file's way of writing an instant is here.
 */
import { addDays, fromWallTime, instantMs, toWallTime } from '../../../preload/contract/warsawTime';

export { eventDays, warsawDay } from '../../../preload/contract/warsawTime';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant with Warsaw's offset: "2026-03-29T09:00:00+02:00" (milliseconds only when not zero). */
export function toWarsawIso(instant: string | Date): string {
  const ms = instantMs(instant);
  const wall = toWallTime(ms);
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

/** Every calendar day from `first` to `last`, inclusive (at most 400). */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The instant a Warsaw clock shows `time` ("09:30") on `day`, written with Warsaw's offset. */
export function warsawInstant(day: string, time: string): string {
  return toWarsawIso(fromWallTime(Date.parse(`${day}T${time}:00Z`)));
}
