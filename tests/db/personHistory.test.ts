/**
 * A person's history through the contract: events registered for and attended, hours (own or the event's, only
 * for held events with presence), certificates, events led, totals in clock hours; an unknown person refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventDetail, Person } from '../../preload/contract';
import type { PersonHistory } from '../../preload/contract/schemas/personHistory';
import { dispatch } from '../../main/ipc/dispatch';
import { unwrap } from '../support/results';
import { openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(async () => {
  await temp.cleanup();
});

const call = async <T>(channel: string, input: object) => unwrap<T>(await dispatch(temp.runtime, channel as never, input));

describe("a person's history", () => {
  it('lists participations newest first with attendance, hours and certificates, the events led, and totals', async () => {
    const anna = await call<Person>('people.save', { firstName: 'Anna', lastName: 'Łęcka' });
    const other = await call<Person>('people.save', { firstName: 'Jan', lastName: 'Żak' });
    const event = async (title: string, fields: object, present: boolean | null) => {
      const saved = await call<EventDetail>('events.save', { title, type: 'workshop', status: 'held', hours: 6, hourUnit: 'didactic', ...fields });
      await call('events.addParticipants', { eventId: saved.id, personIds: [anna.id, other.id] });
      const detail = await call<EventDetail>('events.get', { id: saved.id });
      const mine = detail.participants.find((p) => p.personId === anna.id)!;
      if (present !== null) await call('events.setAttendance', { eventId: saved.id, marks: detail.days.map((day) => ({ participantId: mine.id, day, status: present ? 'present' : 'absent' })) });
      return { ...detail, mine };
    };
    // A two-day workshop attended both days, with a certificate; a coaching session with her own 1.5 clock hours;
    // a workshop she missed; a planned one (unmarked).
    const workshop = await event('Warsztat dwudniowy', { startsAt: '2026-03-12T09:00:00+01:00', endsAt: '2026-03-13T15:00:00+01:00' }, true);
    await call('eventDocuments.issueCertificates', { eventId: workshop.id, issuedOn: '2026-03-14' });
    const coaching = await event('Coaching', { type: 'coaching', mode: 'individual', hours: 2, hourUnit: 'clock', startsAt: '2026-04-02T09:00:00+02:00', endsAt: '2026-04-02T11:00:00+02:00' }, true);
    await call('events.setParticipantHours', { participantId: coaching.mine.id, hours: 1.5 });
    await event('Warsztat opuszczony', { startsAt: '2026-05-05T09:00:00+02:00', endsAt: '2026-05-05T15:00:00+02:00' }, false);
    await event('Warsztat planowany', { status: 'planned', startsAt: '2026-12-15T09:00:00+01:00', endsAt: '2026-12-15T15:00:00+01:00' }, null);
    await call('events.save', { title: 'Szkolenie prowadzone', type: 'training', status: 'held', hours: 4, hourUnit: 'clock', startsAt: '2026-06-01T09:00:00+02:00', endsAt: '2026-06-01T13:00:00+02:00', leaders: [{ personId: anna.id, role: 'trainer' }] });

    const history = await call<PersonHistory>('people.history', { id: anna.id });
    expect(history.participations.map((row) => [row.title, row.daysPresent, row.days, row.hours, row.hourUnit, row.certificateNumber])).toEqual([
      ['Warsztat planowany', null, 1, null, 'didactic', null],
      ['Warsztat opuszczony', 0, 1, null, 'didactic', null],
      ['Coaching', 1, 1, 1.5, 'clock', null],
      ['Warsztat dwudniowy', 2, 2, 6, 'didactic', '1/2026'],
    ]);
    expect(history.led.map((row) => [row.title, row.role, row.hours])).toEqual([['Szkolenie prowadzone', 'trainer', 4]]);
    // 6 didactic hours are 4.5 clock hours, plus her own 1.5.
    expect(history.totals).toEqual({ registered: 4, attended: 2, clockHours: 6, certificates: 1, led: 1, ledClockHours: 4 });

    expect(await dispatch(temp.runtime, 'people.history', { id: 'nie-ma-takiej-osoby' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
