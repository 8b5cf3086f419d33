/**
 * What the calendar's month draws: a busy day keeps three events and a tile with the number of the others, a quiet
 * day keeps all, an event of several days is drawn only where it has a row on each of its days; and the range the
 * page asks for before the calendar mounts is the one the calendar shows.
 */
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../preload/contract';
import { monthTiles, visibleRange } from '../../renderer/src/features/calendar/monthTiles';

let next = 0;
/** An event from Warsaw wall-clock times of one day or several (winter time: UTC+1). */
function event(day: string, from: string, to: string, endDay = day): CalendarEvent {
  next += 1;
  return { id: `e${next}`, version: 1, type: 'training', status: 'held', title: `Szkolenie ${next}`, startsAt: `${day}T${from}:00+01:00`, endsAt: `${endDay}T${to}:00+01:00` };
}

describe('the month view draws at most four rows a day', () => {
  it('keeps every event of a day with four, and three and a tile on a day with more', () => {
    const quiet = [event('2025-01-13', '09:00', '10:00'), event('2025-01-13', '10:00', '11:00'), event('2025-01-13', '11:00', '12:00'), event('2025-01-13', '12:00', '13:00')];
    const busy = Array.from({ length: 10 }, (_, i) => event('2025-01-14', `${String(8 + i).padStart(2, '0')}:00`, '18:00'));
    const { shown, more } = monthTiles([...busy].reverse().concat(quiet));
    expect(shown.map((e) => e.id)).toEqual([...quiet, ...busy.slice(0, 3)].map((e) => e.id));
    expect(more).toEqual([{ day: '2025-01-14', count: 7 }]);
  });

  it('draws an event of several days only if every day it spans has a row for it, and counts it in each day’s tile', () => {
    const monday = Array.from({ length: 5 }, () => event('2025-01-13', '08:00', '09:00'));
    const twoDays = event('2025-01-13', '10:00', '16:00', '2025-01-14');
    const tuesday = Array.from({ length: 2 }, () => event('2025-01-14', '08:00', '09:00'));
    const { shown, more } = monthTiles([twoDays, ...tuesday, ...monday]);
    // Monday has six events, so three rows and a tile; the two-day event is not among its first three, so it is
    // drawn on neither day, and Tuesday, which had room, says so in a tile of its own.
    expect(shown.map((e) => e.id)).toEqual([...monday.slice(0, 3), ...tuesday].map((e) => e.id));
    expect(more).toEqual([
      { day: '2025-01-13', count: 3 },
      { day: '2025-01-14', count: 1 },
    ]);
  });

  it('draws an event of several days that has a row on each of them', () => {
    const twoDays = event('2025-01-13', '10:00', '16:00', '2025-01-14');
    const tuesday = Array.from({ length: 6 }, () => event('2025-01-14', '08:00', '09:00'));
    const { shown, more } = monthTiles([...tuesday, twoDays]);
    expect(shown.map((e) => e.id)).toEqual([twoDays, ...tuesday.slice(0, 2)].map((e) => e.id));
    expect(more).toEqual([{ day: '2025-01-14', count: 4 }]);
  });

  it('gives a month of 2 400 events at most four rows on every day', () => {
    const events = Array.from({ length: 2_400 }, (_, i) => {
      const day = `2025-01-${String(1 + (i % 31)).padStart(2, '0')}`;
      return event(day, `${String(7 + (i % 12)).padStart(2, '0')}:00`, '20:00');
    });
    const { shown, more } = monthTiles(events);
    expect(shown).toHaveLength(31 * 3);
    expect(more).toHaveLength(31);
    expect(more.reduce((sum, m) => sum + m.count, 0) + shown.length).toBe(2_400);
  });
});

describe('the range the calendar shows, known from the address', () => {
  it('is six weeks from the Monday on or before the month’s first day for a month', () => {
    expect(visibleRange('dayGridMonth', '2025-07-15')).toEqual({ from: '2025-06-30', to: '2025-08-10' });
    // A month starting on a Monday starts its grid that day.
    expect(visibleRange('dayGridMonth', '2025-09-01')).toEqual({ from: '2025-09-01', to: '2025-10-12' });
  });

  it('is Monday to Sunday for a week, the month for the month’s list and the day for the day’s list', () => {
    expect(visibleRange('timeGridWeek', '2025-03-30')).toEqual({ from: '2025-03-24', to: '2025-03-30' });
    expect(visibleRange('listMonth', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(visibleRange('listMonth', '2025-12-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(visibleRange('listDay', '2025-03-30')).toEqual({ from: '2025-03-30', to: '2025-03-30' });
  });
});
