/** Polish formats for dates and numbers (dd.mm.rrrr, 1 200,5), whatever the interface language. */
import { formatDatePl } from '../../../preload/contract';

/** "2025-01-01" → "01.01.2025". */
export const formatDate = formatDatePl;

const dateTimeFormat = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Warsaw' });

/** An ISO instant as Warsaw time: "23.11.2026, 19:05". */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/**
 * Polish number: "1 200,5" (a non-breaking space between thousands). Grouping is 'always': Polish CLDR data leaves
 * four-digit numbers ungrouped ("1200,5"), which the offices' own reports do not.
 */
export function formatNumber(value: number, fractionDigits = 0): string {
  return value.toLocaleString('pl-PL', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0, useGrouping: 'always' });
}

/**
 * A date as a user types it: "7.12.2026", "07.12.2026" (also with "-", "/" or spaces) or pasted as "2026-12-07".
 * '' for an empty field, the ISO date for a real calendar day, null for anything else (31.02.2026 too).
 */
export function parseTypedDate(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typed);
  const dotted = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/.exec(typed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A time of day as a user types it ("9:30", "09:30", "9.30", "930") as HH:MM (24 h); '' when empty, null when not a time. */
export function parseTypedTime(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(typed);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? '0')];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
