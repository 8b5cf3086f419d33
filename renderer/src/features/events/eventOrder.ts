/**
 * The order of the events list: where the work is. This week's events and the ones to come first, soonest first;
 * the earlier ones below them, the latest first, so the past stays one scroll away. The service sends the list in
 * this order a page at a time (events.page); here the earlier ones are told apart to be shown greyed.
 */
import type { EventSummary } from '../../../../preload/contract';
import { mondayOf, warsawEndDay } from '../../../../preload/contract/warsawTime';

/** An event that ended before the Monday of today's week (Warsaw days). */
export function endedBeforeThisWeek(event: Pick<EventSummary, 'startsAt' | 'endsAt'>, today: string): boolean {
  return warsawEndDay(event.startsAt, event.endsAt) < mondayOf(today);
}
