/**
 * Warsaw wall-clock time in the renderer. Offices work in Poland, but the computer may be set to any zone: what the
 * user types ("12.03.2026, 9:00") is Warsaw time, sent to the contract with Warsaw's offset on that day
 * ("2026-03-12T09:00:00+01:00"); instants from main are shown in Warsaw time. The reckoning itself is the contract's
 * (preload/contract/warsawTime.ts), the same as the services'; here is how the screens write it.
 */
import { isCalendarDate } from '../../../../preload/contract/schemas/fields';
import { fromWallTime, TIME_ZONE, toWallTime } from '../../../../preload/contract/warsawTime';

export { addDays, warsawDay, warsawToday } from '../../../../preload/contract/warsawTime';

export const WARSAW = TIME_ZONE;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A real calendar day written 'YYYY-MM-DD'. */
export const isDate = isCalendarDate;

export function isTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/**
 * A Warsaw date and time ('2026-03-12', '09:00') as an ISO instant with Warsaw's offset on that day
 * ('2026-03-12T09:00:00+01:00'); '' when either is incomplete (the contract then says what is missing).
 */
export function warsawIso(date: string, time: string): string {
  if (!isDate(date) || !isTime(time)) return '';
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset of the instant the clock shows `wall`.
  const offset = (wall - fromWallTime(wall).getTime()) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${time}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** An instant as a Warsaw date and time: { date: '2026-03-12', time: '09:00' }. */
export function warsawParts(iso: string): { date: string; time: string } {
  const wall = new Date(toWallTime(iso));
  return { date: wall.toISOString().slice(0, 10), time: wall.toISOString().slice(11, 16) };
}

/** The weekday of a calendar day: 0 Monday … 6 Sunday. */
export function weekdayOf(day: string): number {
  return (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
}

const dayFormat = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const weekdayFormats = {
  pl: new Intl.DateTimeFormat('pl-PL', { weekday: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }),
};

/** '2026-03-12' → '12.03.2026'. */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T12:00:00Z`));
}

/** '2026-03-12' → 'czw.' (in English mode 'Thu'). */
export function formatWeekday(day: string, language: 'pl' | 'en' = 'pl'): string {
  return weekdayFormats[language].format(new Date(`${day}T12:00:00Z`));
}

/** '09:05' → '9:05' (Polish style for times of day). */
function formatTime(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** The Warsaw time of day of an instant: '9:00'. */
export function formatTimeOfDay(iso: string): string {
  return formatTime(warsawParts(iso).time);
}

/** An instant in Warsaw time: '12.03.2026 9:00'. */
export function formatInstant(iso: string): string {
  const { date, time } = warsawParts(iso);
  return `${formatDay(date)} ${formatTime(time)}`;
}

/** When an event takes place: '12.03.2026, 9:00–13:00', or '12.03.2026 9:00 – 14.03.2026 15:00' across days. */
export function formatEventTime(startsAt: string, endsAt: string): string {
  const start = warsawParts(startsAt);
  const end = warsawParts(endsAt);
  if (start.date === end.date) return `${formatDay(start.date)}, ${formatTime(start.time)}–${formatTime(end.time)}`;
  return `${formatInstant(startsAt)} – ${formatInstant(endsAt)}`;
}
