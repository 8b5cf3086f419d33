/**
 * Occurrences of a recurrence rule (RFC 5545, through `rrule`) in Warsaw wall time: the rule runs on "floating"
 * times (wall times written as UTC), so a meeting at 17:00 stays at 17:00 before and after the change of time;
 * each occurrence then becomes the instant Warsaw clocks show it.
 */
import { RRule, type Options } from 'rrule';
import { MAX_SERIES_OCCURRENCES } from '../../../preload/contract';
import { ServiceError } from '../errors';
import { fromWallTime, toWallTime } from '../../../preload/contract/warsawTime';

export interface Occurrence {
  startsAt: string;
  endsAt: string;
}

function refuse(message: string): ServiceError {
  return new ServiceError('validation', 'Popraw zaznaczone pole.', { rule: message });
}

/** UNTIL as a wall time: a date alone means the whole of that Warsaw day; "…Z" a UTC instant. */
function untilWall(rule: string): Date | null {
  const until = /(?:^|;)UNTIL=([^;]+)/.exec(rule)?.[1];
  if (!until) return null;
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until);
  if (!match) throw refuse('Data UNTIL musi mieć postać RRRRMMDD lub RRRRMMDDTGGMMSSZ, np. UNTIL=20261231');
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  if (match[4] === undefined) return new Date(Date.UTC(year, month, day, 23, 59, 59));
  const written = Date.UTC(year, month, day, Number(match[4]), Number(match[5]), Number(match[6]));
  return new Date(match[7] === 'Z' ? toWallTime(written) : written);
}

/**
 * The occurrences of `rule` for an event that first takes place from `startsAt` to `endsAt` (UTC ISO): each at
 * the same Warsaw time of day, with the same wall-clock duration. Refuses a rule that does not parse, yields no
 * occurrence or more than MAX_SERIES_OCCURRENCES.
 */
export function occurrencesOf(rule: string, startsAt: string, endsAt: string): Occurrence[] {
  let options: Partial<Options>;
  try {
    options = RRule.parseString(rule);
  } catch (error) {
    throw refuse(`Nieprawidłowa reguła powtarzania: ${error instanceof Error ? error.message : String(error)}`);
  }
  const startWall = toWallTime(startsAt);
  const duration = toWallTime(endsAt) - startWall;
  const until = untilWall(rule);
  let dates: Date[];
  try {
    const recurrence = new RRule({ ...options, dtstart: new Date(startWall), tzid: null, ...(until ? { until } : {}) });
    dates = recurrence.all((_date, index) => index <= MAX_SERIES_OCCURRENCES);
  } catch (error) {
    throw refuse(`Nieprawidłowa reguła powtarzania: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (dates.length === 0) throw refuse('Reguła nie wyznacza żadnego spotkania od podanej daty: sprawdź dzień tygodnia, UNTIL i COUNT.');
  if (dates.length > MAX_SERIES_OCCURRENCES) {
    throw refuse(`Reguła wyznacza więcej niż ${MAX_SERIES_OCCURRENCES} spotkań: ogranicz ją przez COUNT albo wcześniejszą datę UNTIL.`);
  }
  return dates.map((date) => {
    const start = fromWallTime(date.getTime());
    let end = fromWallTime(date.getTime() + duration);
    if (end <= start) end = new Date(start.getTime() + (Date.parse(endsAt) - Date.parse(startsAt)));
    return { startsAt: start.toISOString(), endsAt: end.toISOString() };
  });
}
