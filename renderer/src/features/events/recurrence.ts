/** The "Powtarzaj" section of a new event as an iCalendar rule: every N weeks on a weekday, N times or until a day. */
import { MAX_SERIES_OCCURRENCES } from '../../../../preload/contract';
import { isDate } from './warsawTime';

/** RFC 5545 weekday codes, Monday first (as Polish calendars are). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface RecurrenceValues {
  repeat: boolean;
  /** Every how many weeks ("1" every week, "2" every second week). */
  interval: string;
  /** 0 Monday … 6 Sunday. */
  weekday: number;
  /** The weekday was chosen by hand (otherwise it follows the start date). */
  weekdayChosen: boolean;
  end: 'count' | 'until';
  count: string;
  until: string;
}

export const NO_RECURRENCE: RecurrenceValues = { repeat: false, interval: '1', weekday: 0, weekdayChosen: false, end: 'count', count: '10', until: '' };

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** The rule, or the problems with the section's fields (keyed like the form's field errors). */
export function buildRule(values: RecurrenceValues, startDate: string): { rule: string } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const interval = wholeNumber(values.interval);
  if (interval === null || interval < 1 || interval > 52) errors['recurrence.interval'] = 'Podaj liczbę tygodni od 1 do 52';
  let ending = '';
  if (values.end === 'count') {
    const count = wholeNumber(values.count);
    if (count === null || count < 1 || count > MAX_SERIES_OCCURRENCES) errors['recurrence.count'] = `Podaj liczbę spotkań od 1 do ${MAX_SERIES_OCCURRENCES}`;
    else ending = `COUNT=${count}`;
  } else if (!isDate(values.until)) {
    errors['recurrence.until'] = 'Podaj datę ostatniego spotkania';
  } else if (isDate(startDate) && values.until < startDate) {
    errors['recurrence.until'] = 'Data ostatniego spotkania nie może być wcześniejsza niż pierwszego';
  } else {
    ending = `UNTIL=${values.until.replace(/-/g, '')}`;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { rule: `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${WEEKDAY_CODES[values.weekday]};${ending}` };
}
