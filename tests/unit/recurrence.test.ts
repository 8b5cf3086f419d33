/** A series' rule is read by people as a Polish sentence: the grammar of weekdays, ordinals and counted nouns. */
import { describe, expect, it } from 'vitest';
import { describeRecurrence, isInLastWeekOfMonth, weekdayOrdinalInMonth } from '../../preload/contract/recurrence';
import { buildRule, monthlyChoices, NO_RECURRENCE } from '../../renderer/src/features/events/recurrence';
import { occurrencesOf } from '../../main/services/events/recurrence';
import { warsawDay } from '../../preload/contract/warsawTime';

describe('a recurrence rule in words', () => {
  it('weekly: every N weeks on the chosen days, with the right preposition and plural', () => {
    expect(describeRecurrence('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=1')).toBe('Co tydzień we wtorek, łącznie 1 spotkanie');
    expect(describeRecurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4')).toBe('Co 2 tygodnie we wtorek, łącznie 4 spotkania');
    expect(describeRecurrence('RRULE:FREQ=WEEKLY;INTERVAL=5;BYDAY=FR,MO,WE;COUNT=12')).toBe('Co 5 tygodni w poniedziałek, w środę i w piątek, łącznie 12 spotkań');
    expect(describeRecurrence('FREQ=WEEKLY;INTERVAL=22;BYDAY=SA;COUNT=22')).toBe('Co 22 tygodnie w sobotę, łącznie 22 spotkania');
  });

  it('monthly by weekday: the ordinal agrees with the weekday\'s gender', () => {
    expect(describeRecurrence('FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=6')).toBe('W drugi wtorek miesiąca, łącznie 6 spotkań');
    expect(describeRecurrence('FREQ=MONTHLY;BYDAY=3WE;UNTIL=20261215')).toBe('W trzecią środę miesiąca, do 15.12.2026 r.');
    expect(describeRecurrence('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1SU;COUNT=2')).toBe('Co 3 miesiące, w ostatnią niedzielę miesiąca, łącznie 2 spotkania');
    expect(describeRecurrence('FREQ=MONTHLY;INTERVAL=5;BYDAY=1MO;COUNT=5')).toBe('Co 5 miesięcy, w pierwszy poniedziałek miesiąca, łącznie 5 spotkań');
  });

  it('monthly by date', () => {
    expect(describeRecurrence('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=10')).toBe('15. dnia miesiąca, łącznie 10 spotkań');
    expect(describeRecurrence('FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1;UNTIL=20270101T000000Z')).toBe('Co 2 miesiące, 1. dnia miesiąca, do 01.01.2027 r.');
  });

  it('never echoes iCalendar text, even for a rule it cannot fully read', () => {
    expect(describeRecurrence('FREQ=DAILY;INTERVAL=3;COUNT=5')).toBe('Co 3 dni, łącznie 5 spotkań');
    expect(describeRecurrence('FREQ=YEARLY;BYMONTH=3;COUNT=2')).toBe('Co roku (z dodatkowymi warunkami), łącznie 2 spotkania');
    // The series' start is no condition (the demo's meetings of PZK are written with it).
    expect(describeRecurrence('FREQ=MONTHLY;BYDAY=2WE;COUNT=8;DTSTART=20260513')).toBe('W drugą środę miesiąca, łącznie 8 spotkań');
    expect(describeRecurrence('nonsense')).not.toMatch(/nonsense|FREQ/);
  });

  it('in English', () => {
    expect(describeRecurrence('FREQ=MONTHLY;BYDAY=2TU;COUNT=6', 'en')).toBe('On the second Tuesday of the month, 6 meetings in all');
    expect(describeRecurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20261215', 'en')).toBe('Every 2 weeks on Tuesday and Thursday, until 15.12.2026');
  });

  it('which weekday of the month a day is', () => {
    expect(weekdayOrdinalInMonth('2027-03-09')).toBe(2);
    expect(weekdayOrdinalInMonth('2027-03-30')).toBe(5);
    expect(isInLastWeekOfMonth('2027-03-30')).toBe(true);
    expect(isInLastWeekOfMonth('2027-02-22')).toBe(true);
    expect(isInLastWeekOfMonth('2027-02-21')).toBe(false);
  });
});

describe('the event form builds the rule it describes', () => {
  const base = { ...NO_RECURRENCE, repeat: true, count: '6' };

  it('weekly on several days, every N weeks', () => {
    const built = buildRule({ ...base, interval: '2', weekdays: [3, 0] }, '2027-03-01');
    expect(built).toEqual({ rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=6' });
    expect(describeRecurrence((built as { rule: string }).rule)).toBe('Co 2 tygodnie w poniedziałek i w czwartek, łącznie 6 spotkań');
  });

  it('monthly by the start day, by its weekday, or by the last such weekday', () => {
    expect(buildRule({ ...base, frequency: 'monthly', monthlyBy: 'date' }, '2027-03-09')).toEqual({ rule: 'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=9;COUNT=6' });
    expect(buildRule({ ...base, frequency: 'monthly', monthlyBy: 'weekday' }, '2027-03-09')).toEqual({ rule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU;COUNT=6' });
    expect(buildRule({ ...base, frequency: 'monthly', monthlyBy: 'lastWeekday', end: 'until', until: '2027-12-31' }, '2027-03-30')).toEqual({
      rule: 'FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TU;UNTIL=20271231',
    });
    // The 30th is the fifth Tuesday: "fifth" is not offered (most months have none), "last" is.
    expect(monthlyChoices('2027-03-30')).toEqual(['date', 'lastWeekday']);
    expect(monthlyChoices('2027-03-09')).toEqual(['date', 'weekday']);
  });

  it('refuses what it cannot build, next to the field', () => {
    expect(buildRule({ ...base, weekdays: [] }, '2027-03-01')).toEqual({ errors: { 'recurrence.weekdays': 'Zaznacz co najmniej jeden dzień tygodnia' } });
    expect(buildRule({ ...base, frequency: 'monthly', interval: '13' }, '2027-03-01')).toEqual({ errors: { 'recurrence.interval': 'Podaj liczbę miesięcy od 1 do 12' } });
    expect(buildRule({ ...base, end: 'until', until: '2027-02-01' }, '2027-03-01')).toEqual({ errors: { 'recurrence.until': 'Data ostatniego spotkania nie może być wcześniejsza niż pierwszego' } });
  });
});

describe('the monthly rules give the meetings they describe', () => {
  const days = (rule: string, start: string) => occurrencesOf(rule, `${start}T17:00:00+01:00`, `${start}T19:00:00+01:00`).map((o) => warsawDay(o.startsAt));

  it('the last Tuesday, the 9th, the second Tuesday every two months', () => {
    expect(days('FREQ=MONTHLY;INTERVAL=1;BYDAY=-1TU;COUNT=3', '2027-03-30')).toEqual(['2027-03-30', '2027-04-27', '2027-05-25']);
    expect(days('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=9;COUNT=3', '2027-01-09')).toEqual(['2027-01-09', '2027-02-09', '2027-03-09']);
    expect(days('FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;UNTIL=20270731', '2027-03-09')).toEqual(['2027-03-09', '2027-05-11', '2027-07-13']);
  });
});
