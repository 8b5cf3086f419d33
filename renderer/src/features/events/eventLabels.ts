/** How events read on screen: the colour of each state, and the defaults that follow from the kind of event. */
import { isPerPersonHourType, type EventLeaderRole, type EventStatus, type EventType, type HourUnit } from '../../../../preload/contract';

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
