/**
 * Days and months of a summary. Events are stored as UTC instants and belong to the Warsaw calendar day they
 * start on; periods, formation and signing dates are calendar days (YYYY-MM-DD). Month names as the offices write
 * them: genitive in dates ("1 kwietnia 2019 r."), nominative in chronicle headings (KWIECIEŃ) and monthly tables
 * ("październik 2019"). An instant's Warsaw day comes from preload/contract/warsawTime.ts, the one place that
 * knows Warsaw's summer time.
 */
import { DateTime } from 'luxon';
import { formatDateInWords } from '../documents';
import { addDays } from '../../../preload/contract/warsawTime';

export { addDays };

const MONTHS_NOMINATIVE = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'] as const;

/** Adds calendar months to a day (31 January + 1 month = 28/29 February). */
export function addMonths(day: string, months: number): string {
  return DateTime.fromISO(day, { zone: 'utc' }).plus({ months }).toFormat('yyyy-LL-dd');
}

/**
 * A window of UTC instants that surely contains every instant whose Warsaw day is in [from, to]: a cheap
 * prefilter for SQL (instants may be stored with or without milliseconds); the exact test is on the Warsaw day.
 */
export function instantWindow(from: string, to: string): { low: string; high: string } {
  return { low: `${addDays(from, -2)}T00:00`, high: `${addDays(to, 2)}T99` };
}

/** Every month (YYYY-MM) from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let month = DateTime.fromISO(`${from.slice(0, 7)}-01`, { zone: 'utc' });
  const last = to.slice(0, 7);
  while (months.length < 1200) {
    const key = month.toFormat('yyyy-LL');
    if (key > last) break;
    months.push(key);
    month = month.plus({ months: 1 });
  }
  return months;
}

function monthIndex(month: string): number {
  return Number(month.slice(5, 7)) - 1;
}

/** "KWIECIEŃ", or "KWIECIEŃ 2019" when the year has to be said. */
export function monthHeading(month: string, withYear: boolean): string {
  const name = (MONTHS_NOMINATIVE[monthIndex(month)] ?? '').toLocaleUpperCase('pl');
  return withYear ? `${name} ${month.slice(0, 4)}` : name;
}

/** "październik 2019" */
export function monthInWords(month: string): string {
  return `${MONTHS_NOMINATIVE[monthIndex(month)] ?? ''} ${month.slice(0, 4)}`;
}

/** "1 kwietnia 2019 r." */
export function dayInWords(day: string): string {
  return formatDateInWords(day) ?? day;
}

/** Whether [from, to] is exactly one or more whole calendar years. */
export function wholeYears(from: string, to: string): { first: number; last: number } | null {
  if (!from.endsWith('-01-01') || !to.endsWith('-12-31')) return null;
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  return last >= first ? { first, last } : null;
}

/**
 * The period as a sentence opens: "W 2019 roku", "W latach 2019–2020", "W okresie od 1 kwietnia 2019 r. do
 * 31 grudnia 2020 r.".
 */
export function periodPhrase(from: string, to: string): string {
  const years = wholeYears(from, to);
  if (years && years.first === years.last) return `W ${years.first} roku`;
  if (years) return `W latach ${years.first}–${years.last}`;
  return `W okresie od ${dayInWords(from)} do ${dayInWords(to)}`;
}

/** The period as a title says it: "roku 2019", "lat 2019–2020", "okresu od 1 kwietnia 2019 r. do 31 grudnia 2020 r.". */
export function periodTitle(from: string, to: string): string {
  const years = wholeYears(from, to);
  if (years && years.first === years.last) return `roku ${years.first}`;
  if (years) return `lat ${years.first}–${years.last}`;
  return `okresu od ${dayInWords(from)} do ${dayInWords(to)}`;
}
