/** Polish formats for dates and numbers (dd.mm.rrrr, 1 200,5), whatever the interface language. */
const dateFormat = new Intl.DateTimeFormat('pl-PL', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Warsaw' });

/** "2025-01-01" → "01.01.2025". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(year!, month! - 1, day!, 12)));
}

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
