/** Events in Polish words: the kind of event (also in the locative, as certificates say it) and its hours counted. */
import { EVENT_TYPES, formatHours, HOUR_UNITS, type EventType, type HourUnit } from '../../../preload/contract';

export function eventTypeLabel(type: string): string {
  return (EVENT_TYPES as Record<string, { pl: string } | undefined>)[type]?.pl ?? type;
}

/** "w wizycie studyjnej": the form of the event in the locative, after "wziął udział" or "wzięła udział". */
const TYPE_LOCATIVE: Record<EventType, string> = {
  conference: 'w konferencji',
  training: 'w szkoleniu',
  workshop: 'w warsztacie kooperacyjnym',
  coaching: 'w sesji coachingowej',
  supervision: 'w superwizji',
  consultation: 'w spotkaniu konsultacyjnym',
  pzk_initiating_meeting: 'w spotkaniu inicjującym Partnerskiego Zespołu Kooperacyjnego',
  pzk_meeting: 'w spotkaniu Partnerskiego Zespołu Kooperacyjnego',
  zzk_meeting: 'w spotkaniu Zadaniowego Zespołu Kooperacyjnego',
  focus_group: 'w badaniu fokusowym',
  study_visit: 'w wizycie studyjnej',
  expert_team_meeting: 'w spotkaniu Zespołu ds. Modelu',
  education_meeting: 'w spotkaniu edukacyjnym',
};

export function eventTypeLocative(type: string): string {
  return (TYPE_LOCATIVE as Record<string, string | undefined>)[type] ?? `w wydarzeniu (${eventTypeLabel(type)})`;
}

/** The hours of an event: how many (none when not set) and in which unit (a stored key of HOUR_UNITS). */
export interface EventHours {
  hours: number | null;
  hourUnit: string;
}

/** "6 godzin dydaktycznych", "2,5 godziny zegarowej", or null when the event has no hours. */
export function hoursText(event: EventHours): string | null {
  if (event.hours === null || !Number.isFinite(event.hours)) return null;
  const key: HourUnit = event.hourUnit in HOUR_UNITS ? (event.hourUnit as HourUnit) : 'didactic';
  return formatHours(event.hours, key);
}
