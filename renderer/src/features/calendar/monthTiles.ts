/**
 * What a month of the calendar draws. A month of a macroregion holds some 2 400 events, and FullCalendar lays out
 * every event it is given even when a day shows only four; so the page gives it, per day, the events it can show
 * and one tile "+N więcej" for the rest, which opens that day's list. The range the calendar will ask for is worked
 * out from the address too, so the request leaves before the calendar has mounted.
 */
import type { CalendarEvent } from '../../../../preload/contract';
import { addDays, eventDays, mondayOf } from '../../../../preload/contract/warsawTime';

/** The rows a day of the month view has: events, or three events and the tile for the rest. */
export const DAY_ROWS = 4;

export interface MonthTiles {
  /** The events to draw, in the order the calendar draws them. */
  shown: CalendarEvent[];
  /** Per day with events not drawn, how many there are (days in order). */
  more: { day: string; count: number }[];
}

/** The order FullCalendar draws a day's events in: start, longer first, title. */
function drawingOrder(a: CalendarEvent, b: CalendarEvent): number {
  const duration = (event: CalendarEvent) => Date.parse(event.endsAt) - Date.parse(event.startsAt);
  return a.startsAt.localeCompare(b.startsAt) || duration(b) - duration(a) || a.title.localeCompare(b.title, 'pl');
}

/**
 * The events a month can draw: each day keeps all of its events when they fit in its rows, otherwise its first
 * three in drawing order and a tile with the number of the others. An event of several days is drawn only if it
 * has a row on every day it spans, so no day ever holds more than its rows.
 */
export function monthTiles(events: readonly CalendarEvent[], rows = DAY_ROWS): MonthTiles {
  const sorted = [...events].sort(drawingOrder);
  const spans = sorted.map((event) => eventDays(event.startsAt, event.endsAt));
  const total = new Map<string, number>();
  for (const days of spans) for (const day of days) total.set(day, (total.get(day) ?? 0) + 1);
  const capacity = (day: string) => (total.get(day)! <= rows ? rows : rows - 1);

  const kept = new Map<string, number>();
  const shown: CalendarEvent[] = [];
  sorted.forEach((event, i) => {
    const days = spans[i]!;
    if (!days.every((day) => (kept.get(day) ?? 0) < capacity(day))) return;
    for (const day of days) kept.set(day, (kept.get(day) ?? 0) + 1);
    shown.push(event);
  });
  const more = [...total]
    .map(([day, count]) => ({ day, count: count - (kept.get(day) ?? 0) }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => a.day.localeCompare(b.day));
  return { shown, more };
}

/** FullCalendar's views this page shows. */
export type CalendarView = 'dayGridMonth' | 'timeGridWeek' | 'listMonth' | 'listDay';

/**
 * The days a view shows around a date, first and last (inclusive), as FullCalendar draws them with weeks from
 * Monday: a month is the six weeks from the Monday on or before its first day, a week runs Monday to Sunday, a
 * month's list holds the month.
 */
export function visibleRange(view: CalendarView, date: string): { from: string; to: string } {
  const first = `${date.slice(0, 7)}-01`;
  switch (view) {
    case 'dayGridMonth': {
      const from = mondayOf(first);
      return { from, to: addDays(from, 41) };
    }
    case 'timeGridWeek': {
      const from = mondayOf(date);
      return { from, to: addDays(from, 6) };
    }
    case 'listMonth':
      return { from: first, to: addDays(`${addDays(first, 31).slice(0, 7)}-01`, -1) };
    case 'listDay':
      return { from: date, to: date };
  }
}
