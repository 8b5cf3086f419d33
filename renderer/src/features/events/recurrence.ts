/**
 * The "Powtarzaj" section of a new event as an iCalendar rule: every N weeks on chosen weekdays, or every N months
 * on the start's day of the month or its weekday ("w drugi wtorek miesiąca"), N times or until a day. The rule is
 * what the contract stores; people see it only as a sentence (preload/contract/recurrence.ts).
 */
import { MAX_SERIES_OCCURRENCES } from '../../../../preload/contract';
import { isInLastWeekOfMonth, RULE_WEEKDAYS, weekdayOrdinalInMonth } from '../../../../preload/contract/recurrence';
import { isDate, weekdayOf } from './warsawTime';

/** RFC 5545 weekday codes, Monday first (as Polish calendars are). */
export const WEEKDAY_CODES = RULE_WEEKDAYS;

export type RecurrenceFrequency = 'weekly' | 'monthly';
/** Monthly on the same day of the month (the 8th), on the same weekday of the month (the 2nd Tuesday) or its last. */
export type MonthlyBy = 'date' | 'weekday' | 'lastWeekday';

export interface RecurrenceValues {
  repeat: boolean;
  frequency: RecurrenceFrequency;
  /** Every how many weeks or months ("1" every week, "2" every second week). */
  interval: string;
  /** Weekly: the weekdays, 0 Monday … 6 Sunday. */
  weekdays: number[];
  /** The weekdays were chosen by hand (otherwise they follow the start date). */
  weekdaysChosen: boolean;
  monthlyBy: MonthlyBy;
  end: 'count' | 'until';
  count: string;
  until: string;
}

export const NO_RECURRENCE: RecurrenceValues = {
  repeat: false,
  frequency: 'weekly',
  interval: '1',
  weekdays: [0],
  weekdaysChosen: false,
  monthlyBy: 'date',
  end: 'count',
  count: '10',
  until: '',
};

function wholeNumber(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/** The monthly choices a start day allows ("last" only for a day in the month's last seven days). */
export function monthlyChoices(startDate: string): MonthlyBy[] {
  if (!isDate(startDate)) return ['date', 'weekday'];
  const choices: MonthlyBy[] = ['date'];
  if (weekdayOrdinalInMonth(startDate) <= 4) choices.push('weekday');
  if (isInLastWeekOfMonth(startDate)) choices.push('lastWeekday');
  return choices;
}

/** The rule, or the problems with the section's fields (keyed like the form's field errors). */
export function buildRule(values: RecurrenceValues, startDate: string): { rule: string } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const monthly = values.frequency === 'monthly';
  const interval = wholeNumber(values.interval);
  if (monthly && (interval === null || interval < 1 || interval > 12)) errors['recurrence.interval'] = 'Podaj liczbę miesięcy od 1 do 12';
  if (!monthly && (interval === null || interval < 1 || interval > 52)) errors['recurrence.interval'] = 'Podaj liczbę tygodni od 1 do 52';
  if (!monthly && values.weekdays.length === 0) errors['recurrence.weekdays'] = 'Zaznacz co najmniej jeden dzień tygodnia';
  if (monthly && !isDate(startDate)) errors['recurrence.monthlyBy'] = 'Podaj najpierw datę rozpoczęcia: od niej zależy dzień miesiąca';
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
  if (!monthly) {
    const days = [...new Set(values.weekdays)].sort((a, b) => a - b).map((day) => WEEKDAY_CODES[day]);
    return { rule: `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${days.join(',')};${ending}` };
  }
  const code = WEEKDAY_CODES[weekdayOf(startDate)];
  const by = monthlyChoices(startDate).includes(values.monthlyBy) ? values.monthlyBy : 'date';
  const part =
    by === 'date' ? `BYMONTHDAY=${Number(startDate.slice(8, 10))}` : by === 'weekday' ? `BYDAY=${weekdayOrdinalInMonth(startDate)}${code}` : `BYDAY=-1${code}`;
  return { rule: `FREQ=MONTHLY;INTERVAL=${interval};${part};${ending}` };
}
