/** Dates as Polish documents write them in sentences: "1 kwietnia 2019 r." (month in the genitive). */
import { isCalendarDate, MONTHS_GENITIVE } from '../../../preload/contract';
import { warsawDay } from '../../../preload/contract/warsawTime';

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/**
 * "1 kwietnia 2019 r." for an ISO date (2019-04-01, also with a time after it) or a Date (its day in
 * Europe/Warsaw). Returns null for anything else, so callers can keep text that is already written out.
 */
export function formatDateInWords(value: string | Date): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return formatDateInWords(warsawDay(value));
  }
  const day = ISO_DATE.exec(value.trim())?.[1];
  return day && isCalendarDate(day) ? formatDayInWords(day) : null;
}

function parts(day: string): { year: number; month: number; day: number } {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: dayOfMonth ?? 1 };
}

/** 12.03.2026, as forms and table headers write a date. */
export function formatDayDots(day: string): string {
  const { year, month, day: d } = parts(day);
  return `${String(d).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** "12 marca 2026 r." */
export function formatDayInWords(day: string): string {
  const { year, month, day: d } = parts(day);
  return `${d} ${MONTHS_GENITIVE[month - 1]} ${year} r.`;
}

/**
 * A span of days in words: "12 marca 2026 r.", "12–14 marca 2026 r.", "30 marca – 2 kwietnia 2026 r.",
 * "30 grudnia 2025 r. – 2 stycznia 2026 r.".
 */
export function formatDaySpan(first: string, last: string): string {
  if (first === last) return formatDayInWords(first);
  const a = parts(first);
  const b = parts(last);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS_GENITIVE[b.month - 1]} ${b.year} r.`;
  if (a.year === b.year) return `${a.day} ${MONTHS_GENITIVE[a.month - 1]} – ${b.day} ${MONTHS_GENITIVE[b.month - 1]} ${b.year} r.`;
  return `${formatDayInWords(first)} – ${formatDayInWords(last)}`;
}

/**
 * Some days of an event in words, consecutive ones as a span: "12 marca 2026 r.", "12–13 marca 2026 r.",
 * "12 marca 2026 r. i 14 marca 2026 r.", "2–3 marca 2026 r., 5 marca 2026 r. i 9 marca 2026 r.".
 */
export function formatDaysInWords(days: readonly string[]): string {
  const sorted = [...new Set(days)].sort();
  const runs: [string, string][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && nextDay(last[1]) === day) last[1] = day;
    else runs.push([day, day]);
  }
  const spans = runs.map(([first, last]) => formatDaySpan(first, last));
  return spans.length <= 1 ? (spans[0] ?? '') : `${spans.slice(0, -1).join(', ')} i ${spans.at(-1)!}`;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
