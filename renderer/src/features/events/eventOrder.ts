/**
 * The order of the events list: where the work is. This week's events and the ones to come first, soonest first;
 * the earlier ones below them, the latest first, so the past stays one scroll away.
 */
import type { EventSummary } from '../../../../preload/contract';
import { mondayOf, warsawEndDay } from '../../../../preload/contract/warsawTime';

/** An event that ended before the Monday of today's week (Warsaw days). */
export function endedBeforeThisWeek(event: Pick<EventSummary, 'startsAt' | 'endsAt'>, today: string): boolean {
  return warsawEndDay(event.startsAt, event.endsAt) < mondayOf(today);
}

/** `events` in the service's chronological order, rearranged: this week and later first, then earlier ones backwards. */
export function upcomingFirst<Event extends Pick<EventSummary, 'startsAt' | 'endsAt'>>(events: Event[], today: string): Event[] {
  const past = events.filter((event) => endedBeforeThisWeek(event, today));
  return [...events.filter((event) => !endedBeforeThisWeek(event, today)), ...past.reverse()];
}
