/** Hours as people read them, in documents and on screens alike. */
import { formatCount } from './plural';
import { HOUR_UNITS, type HourUnit, type Language } from './vocabulary';

/** Hours counted in their unit: "16 godzin dydaktycznych", "2,5 godziny zegarowej"; in English "16 didactic hours". */
export function formatHours(hours: number, unit: HourUnit, language: Language = 'pl'): string {
  const entry = HOUR_UNITS[unit];
  if (language === 'pl') return formatCount(hours, entry.forms);
  const number = hours.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return `${number} ${hours === 1 ? entry.enForms[0] : entry.enForms[1]}`;
}
