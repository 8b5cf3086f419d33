/** What the documents of an event print about it, as the events' documents service loads it. */
import type { EventHours } from '../../language';
import { keepYearTogether } from '../html';
import { escapeHtml } from '../render';

export interface PrintedEvent extends EventHours {
  title: string;
  type: string;
  place: string | null;
  /** Stored UTC instants; the documents show them in Warsaw. */
  startsAt: string;
  endsAt: string;
}

/** The event's project, partnership and organiser by name, and its dates and times in words. */
export interface EventSetting {
  project: { name: string; clause: string | null } | null;
  partnershipName: string | null;
  organiserName: string | null;
  officeName: string;
  dates: string;
  time: string;
}

/** "<b>Miejsce:</b> Będzin" as a paragraph, nothing when there is no value. */
export function factLine(labelClass: string, label: string, value: string | null): string {
  return value ? `<p><span class="${labelClass}">${escapeHtml(label)}:</span> ${keepYearTogether(escapeHtml(value))}</p>` : '';
}
