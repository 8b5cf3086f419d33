/** How events read on screen: the colour of each state, and the defaults that follow from the kind of event. */
import { HOUR_UNITS, isPerPersonHourType, type EventLeaderRole, type EventStatus, type EventType, type HourUnit, type Language } from '../../../../preload/contract';
import { formatNumber } from '../../i18n/format';

export const STATUS_COLORS: Record<EventStatus, 'info' | 'success' | 'default'> = { planned: 'info', held: 'success', cancelled: 'default' };

/** Coaching and supervision count clock hours; trainings and workshops didactic ones. */
export function defaultHourUnit(type: EventType): HourUnit {
  return isPerPersonHourType(type) ? 'clock' : 'didactic';
}

export function defaultLeaderRole(type: EventType): EventLeaderRole {
  if (type === 'coaching') return 'coach';
  if (type === 'supervision') return 'supervisor';
  if (type === 'training' || type === 'workshop' || type === 'education_meeting') return 'trainer';
  return 'moderator';
}

/** Polish counted form: 1 godzina, 2–4 godziny (not 12–14), 5+ godzin. */
function pluralForm(count: number, forms: readonly [string, string, string]): string {
  if (count === 1) return forms[0];
  const tens = count % 100;
  return count % 10 >= 2 && count % 10 <= 4 && (tens < 12 || tens > 14) ? forms[1] : forms[2];
}

/** "2 godziny zegarowe", "16 godzin dydaktycznych"; a fraction with the unit's name: "7,5 (godzina dydaktyczna (45 min))". */
export function formatHours(hours: number, unit: HourUnit, language: Language): string {
  const entry = HOUR_UNITS[unit];
  if (language === 'pl' && Number.isInteger(hours)) return `${formatNumber(hours)} ${pluralForm(hours, entry.forms)}`;
  return `${formatNumber(hours, 2)} (${entry[language]})`;
}
