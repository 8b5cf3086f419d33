/** One colour per kind of event, the same in the calendar, its legend and the events list; white text reads on each. */
import type { EventType } from '../../../../preload/contract';

export const EVENT_TYPE_COLORS: Record<EventType, string> = {
  conference: '#1565c0',
  training: '#2e7d32',
  workshop: '#bf360c',
  coaching: '#6a1b9a',
  supervision: '#ad1457',
  consultation: '#00695c',
  pzk_initiating_meeting: '#283593',
  pzk_meeting: '#0277bd',
  zzk_meeting: '#4e342e',
  focus_group: '#33691e',
  study_visit: '#c62828',
  expert_team_meeting: '#37474f',
  education_meeting: '#00838f',
};

/** Cancelled events stay in the calendar, greyed. */
export const CANCELLED_COLOR = '#9e9e9e';

/** The tile "+N więcej" of a busy day in the month: light, so it does not read as an event; dark text on it. */
export const MORE_COLOR = '#e0e0e0';
export const MORE_TEXT_COLOR = '#1f1f1f';
