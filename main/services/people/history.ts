/**
 * A person's history: every event they were registered for (attendance, hours, certificate) and every event they
 * led, newest first, with totals. Hours count only for held events the person attended (present at least one day):
 * their own hours when set (coaching, supervision), else the event's; totals in clock hours.
 */
import type { Knex } from 'knex';
import { toClockHours, type AttendanceStatus, type EventStatus, type EventType, type HourUnit } from '../../../preload/contract';
import type { PersonHistory, PersonHistoryLeading, PersonHistoryParticipation } from '../../../preload/contract/schemas/personHistory';
import { eventDays } from '../../../preload/contract/warsawTime';
import { getPerson } from '.';

interface EventColumns {
  event_id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  starts_at: string;
  ends_at: string;
  event_hours: number | null;
  hour_unit: HourUnit;
}

const round = (hours: number) => Math.round(hours * 100) / 100;
const EVENT_COLUMNS = ['e.id as event_id', 'e.title', 'e.type', 'e.status', 'e.starts_at', 'e.ends_at', 'e.hours as event_hours', 'e.hour_unit'];

export async function personHistory(db: Knex, personId: string): Promise<PersonHistory> {
  await getPerson(db, personId); // a clear "not found" for an unknown person
  const registered: (EventColumns & { participant_id: string; participant_hours: number | null })[] = await db('event_participants as ep')
    .join('events as e', 'e.id', 'ep.event_id')
    .where('ep.person_id', personId)
    .select(...EVENT_COLUMNS, 'ep.id as participant_id', 'ep.hours as participant_hours')
    .orderBy([{ column: 'e.starts_at', order: 'desc' }, { column: 'e.id' }]);
  const marks = new Map<string, AttendanceStatus[]>();
  const ids = registered.map((row) => row.participant_id);
  for (let i = 0; i < ids.length; i += 500) {
    const rows: { participant_id: string; status: AttendanceStatus }[] = await db('attendance').whereIn('participant_id', ids.slice(i, i + 500)).select('participant_id', 'status');
    for (const row of rows) marks.set(row.participant_id, [...(marks.get(row.participant_id) ?? []), row.status]);
  }
  const certificates = new Map<string, { number: string; issued_on: string }>(
    ((await db('certificates').where({ person_id: personId }).select('event_id', 'number', 'issued_on')) as { event_id: string; number: string; issued_on: string }[]).map((row) => [row.event_id, row]),
  );

  const participations: PersonHistoryParticipation[] = registered.map((row) => {
    const marked = marks.get(row.participant_id);
    const daysPresent = marked ? marked.filter((status) => status === 'present').length : null;
    const attended = row.status === 'held' && (daysPresent ?? 0) > 0;
    const hours = row.participant_hours ?? row.event_hours;
    const certificate = certificates.get(row.event_id);
    return {
      eventId: row.event_id,
      title: row.title,
      type: row.type,
      status: row.status,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      daysPresent,
      days: eventDays(row.starts_at, row.ends_at).length,
      hours: attended && hours !== null ? Number(hours) : null,
      hourUnit: row.hour_unit,
      certificateNumber: certificate?.number ?? null,
      certificateIssuedOn: certificate?.issued_on ?? null,
    };
  });

  const leading: (EventColumns & { role: string })[] = await db('event_leaders as l')
    .join('events as e', 'e.id', 'l.event_id')
    .where('l.person_id', personId)
    .select(...EVENT_COLUMNS, 'l.role')
    .orderBy([{ column: 'e.starts_at', order: 'desc' }, { column: 'e.id' }]);
  const led: PersonHistoryLeading[] = leading.map((row) => ({
    eventId: row.event_id,
    title: row.title,
    type: row.type,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    role: row.role,
    hours: row.status === 'held' && row.event_hours !== null ? Number(row.event_hours) : null,
    hourUnit: row.hour_unit,
  }));

  const clock = (rows: { hours: number | null; hourUnit: HourUnit }[]) => round(rows.reduce((sum, row) => sum + (row.hours === null ? 0 : toClockHours(row.hours, row.hourUnit)), 0));
  return {
    personId,
    participations,
    led,
    totals: {
      registered: participations.length,
      attended: participations.filter((row) => row.status === 'held' && (row.daysPresent ?? 0) > 0).length,
      clockHours: clock(participations),
      certificates: participations.filter((row) => row.certificateNumber !== null).length,
      led: led.length,
      ledClockHours: clock(led),
    },
  };
}
