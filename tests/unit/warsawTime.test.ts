/**
 * Warsaw days by plain arithmetic (the EU summer-time rule) against luxon's time-zone data: every quarter hour of
 * 2024–2025, the midnights, and the instants around each change of time. If the law changes and the runtime's
 * time-zone data with it, these tests fail before a summary counts an event on the wrong day.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { daysBetween, eventDays, fromWallTime, mondayOf, toWallTime, warsawDay, warsawDayOrNull, warsawEndDay, warsawWallClock } from '../../preload/contract/warsawTime';
import { daysFrom, toStoredInstant, toWarsawIso, warsawInstant } from '../../main/services/exchange/time';
import { warsawIso, warsawParts } from '../../renderer/src/features/events/warsawTime';

const QUARTER_HOUR = 15 * 60 * 1000;
const WARSAW = 'Europe/Warsaw';

/** The summary's earlier, luxon-based definitions: the reference. */
function luxonDay(instant: string): string | null {
  const time = DateTime.fromISO(instant, { zone: 'utc' });
  return time.isValid ? time.setZone(WARSAW).toFormat('yyyy-LL-dd') : null;
}

function luxonEndDay(startsAt: string, endsAt: string): string | null {
  const start = luxonDay(startsAt);
  const end = DateTime.fromISO(endsAt, { zone: 'utc' });
  if (!start || !end.isValid) return start;
  let local = end.setZone(WARSAW);
  if (local.equals(local.startOf('day'))) local = local.minus({ milliseconds: 1 });
  const day = local.toFormat('yyyy-LL-dd');
  return day < start ? start : day;
}

const HOUR = 60 * 60 * 1000;

function offsetOf(ms: number): number {
  return DateTime.fromMillis(ms, { zone: WARSAW }).offset;
}

/** Instants at which Warsaw's clocks change in a year, from luxon: day by day, then the hour within the day. */
function changeOvers(year: number): number[] {
  const changes: number[] = [];
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 24 * HOUR) {
    if (offsetOf(day) === offsetOf(day + 24 * HOUR)) continue;
    for (let ms = day + HOUR; ms <= day + 24 * HOUR; ms += HOUR) if (offsetOf(ms) !== offsetOf(ms - HOUR)) changes.push(ms);
  }
  return changes;
}

describe('Warsaw days by the EU rule', () => {
  it('give luxon’s day for every quarter hour of 2024–2025, with and without milliseconds or the Z', () => {
    const differences: string[] = [];
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2026, 0, 1); ms += QUARTER_HOUR) {
      const iso = new Date(ms).toISOString();
      for (const instant of [iso, iso.replace('.000Z', 'Z'), iso.slice(0, 19)]) {
        if (warsawDay(instant) !== luxonDay(instant)) differences.push(instant);
      }
    }
    expect(differences).toEqual([]);
  });

  it('give luxon’s day at Warsaw midnights and a millisecond either side', () => {
    const differences: string[] = [];
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 2); day += 24 * HOUR) {
      const midnight = DateTime.fromMillis(day, { zone: 'utc' }).setZone(WARSAW, { keepLocalTime: true }).toMillis();
      for (const ms of [midnight - 1, midnight, midnight + 1]) {
        const instant = new Date(ms).toISOString();
        if (warsawDay(instant) !== luxonDay(instant)) differences.push(instant);
        if (warsawEndDay('2023-12-31T12:00:00.000Z', instant) !== luxonEndDay('2023-12-31T12:00:00.000Z', instant)) differences.push(`end ${instant}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('change at 01:00 UTC on the last Sundays of March and October, as the time-zone data says for 1996–2099', () => {
    expect(changeOvers(2024).map((ms) => new Date(ms).toISOString())).toEqual(['2024-03-31T01:00:00.000Z', '2024-10-27T01:00:00.000Z']);
    expect(changeOvers(2025).map((ms) => new Date(ms).toISOString())).toEqual(['2025-03-30T01:00:00.000Z', '2025-10-26T01:00:00.000Z']);
    const differences: string[] = [];
    for (let year = 1996; year <= 2099; year++) {
      const changes = changeOvers(year);
      if (changes.length !== 2) differences.push(`${year}: ${changes.length} changes`);
      for (const change of changes) {
        for (const ms of [change - 1, change, change + 1, change + 22 * HOUR, change + 23 * HOUR]) {
          const expected = DateTime.fromMillis(ms, { zone: WARSAW });
          if (toWallTime(ms) !== ms + expected.offset * 60 * 1000) differences.push(new Date(ms).toISOString());
          const instant = new Date(ms).toISOString();
          if (warsawDay(instant) !== luxonDay(instant)) differences.push(`day ${instant}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('ask the time-zone data before 1996, when Poland’s summer time ended in September', () => {
    // 1995: summer time ended on 24 September, so 30 September 22:30 UTC is 23:30 CET, not 00:30 the next day.
    expect(warsawDay('1995-09-30T22:30:00Z')).toBe('1995-09-30');
    expect(warsawDay('1995-09-30T23:30:00Z')).toBe('1995-10-01');
    expect(luxonDay('1995-09-30T22:30:00Z')).toBe('1995-09-30');
  });

  it('count the end day as luxon did, around the changes of time and at midnight', () => {
    const differences: string[] = [];
    for (const change of [...changeOvers(2024), ...changeOvers(2025)]) {
      for (let ms = change - 36 * HOUR; ms <= change + 36 * HOUR; ms += QUARTER_HOUR) {
        const start = new Date(change - 30 * HOUR).toISOString();
        const end = new Date(ms).toISOString();
        if (warsawEndDay(start, end) !== luxonEndDay(start, end)) differences.push(`${start} – ${end}`);
      }
    }
    expect(differences).toEqual([]);
    // Ends at midnight belong to the day before; never before the start day.
    expect(warsawEndDay('2025-03-29T08:00:00.000Z', '2025-03-29T23:00:00.000Z')).toBe('2025-03-29');
    expect(warsawEndDay('2025-03-29T08:00:00.000Z', '2025-03-30T22:00:00.000Z')).toBe('2025-03-30');
    expect(warsawEndDay('2025-06-01T10:00:00.000Z', '2025-06-01T09:00:00.000Z')).toBe('2025-06-01');
    expect(eventDays('2025-10-25T18:00:00.000Z', '2025-10-26T23:00:00.000Z')).toEqual(['2025-10-25', '2025-10-26']);
  });

  it('turn values that are not times into null, and an unreadable end into the start day', () => {
    expect(warsawDayOrNull('nie data')).toBeNull();
    expect(luxonDay('nie data')).toBeNull();
    expect(() => warsawDay('nie data')).toThrow(RangeError);
    expect(warsawEndDay('2025-01-10T10:00:00Z', 'nie data')).toBe('2025-01-10');
  });

  it('round-trip wall times, skipping the spring hour and taking the autumn hour’s second occurrence', () => {
    expect(fromWallTime(Date.UTC(2025, 2, 3, 17)).toISOString()).toBe('2025-03-03T16:00:00.000Z');
    expect(fromWallTime(Date.UTC(2025, 6, 3, 17)).toISOString()).toBe('2025-07-03T15:00:00.000Z');
    expect(fromWallTime(Date.UTC(2025, 2, 30, 2, 30)).toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(fromWallTime(Date.UTC(2025, 9, 26, 2, 30)).toISOString()).toBe('2025-10-26T01:30:00.000Z');
  });
});

describe("the exchange file's instants (Warsaw's offset written out)", () => {
  it('writes an instant with the offset of its season, milliseconds only when there are some', () => {
    expect(toWarsawIso('2026-01-10T08:30:00.000Z')).toBe('2026-01-10T09:30:00+01:00');
    expect(toWarsawIso('2026-03-29T07:00:00.000Z')).toBe('2026-03-29T09:00:00+02:00');
    expect(toWarsawIso('2026-07-01T10:15:00.250Z')).toBe('2026-07-01T12:15:00.250+02:00');
  });

  it('reads every quarter hour of a year back to the instant it was written from', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 15 * 60_000) {
      const stored = new Date(ms).toISOString();
      expect(toStoredInstant(toWarsawIso(stored))).toBe(stored);
    }
  });

  it('takes a wall-clock time skipped in spring as the hour after, and one repeated in autumn as its winter occurrence', () => {
    expect(warsawInstant('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(warsawInstant('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+01:00');
    expect(warsawInstant('2026-06-15', '09:00')).toBe('2026-06-15T09:00:00+02:00');
  });

  it('lists the days from one to another, inclusive', () => {
    expect(daysFrom('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysFrom('2026-03-02', '2026-03-01')).toEqual([]);
  });
});

describe('calendar days and the Warsaw wall clock', () => {
  it('shows an instant as a Warsaw clock does, in winter and in summer time', () => {
    expect(warsawWallClock('2026-01-10T08:30:00.000Z')).toBe('2026-01-10T09:30:00');
    expect(warsawWallClock('2026-07-01T22:15:00Z')).toBe('2026-07-02T00:15:00');
    expect(warsawWallClock('nie-czas')).toBeNull();
  });

  it('finds the Monday of a week and counts days across a change of time and a leap day', () => {
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(mondayOf('2026-03-30')).toBe('2026-03-30');
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
  });
});

describe("the screens' Warsaw date and time (renderer/src/features/events/warsawTime.ts)", () => {
  it("writes what a Warsaw clock shows as the instant luxon gives, for every quarter hour of 2024–2025, and reads it back", () => {
    let checked = 0;
    for (let wall = Date.UTC(2024, 0, 1); wall < Date.UTC(2026, 0, 1); wall += QUARTER_HOUR) {
      const [date, time] = new Date(wall).toISOString().slice(0, 16).split('T') as [string, string];
      const local = DateTime.fromISO(`${date}T${time}`, { zone: WARSAW });
      // The hour skipped in spring has no instant, and the one repeated in autumn two: luxon and the form may differ there.
      const ambiguous = local.toFormat("yyyy-LL-dd'T'HH:mm") !== `${date}T${time}` || local.offset !== local.plus({ hours: 1 }).offset || local.offset !== local.minus({ hours: 1 }).offset;
      if (ambiguous) continue;
      expect(Date.parse(warsawIso(date, time)), `${date} ${time}`).toBe(local.toMillis());
      expect(warsawParts(warsawIso(date, time))).toEqual({ date, time });
      checked++;
    }
    expect(checked).toBeGreaterThan(70_000);
    expect(warsawIso('2026-03-12', '09:00')).toBe('2026-03-12T09:00:00+01:00');
    expect(warsawIso('2026-07-12', '09:00')).toBe('2026-07-12T09:00:00+02:00');
    expect(warsawIso('2026-02-30', '09:00')).toBe('');
  });
});
