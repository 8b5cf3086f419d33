/**
 * How the audit log describes an event: its leaders and its headcounts of people not named (`unnamed_by_day`,
 * day → number) are columns of the event's own entry; its participants and
 * their attendance marks are entries of their own, and go with its delete.
 */
import type { Knex } from 'knex';
import type { AuditValues } from '../../../preload/contract';
import { snapshotOf, type Row } from '../audit';

export interface Leader {
  person_id: string;
  role: string;
}

/** A record's leaders as the log keeps them: sorted, so the same set compares equal. */
export function leaderList(leaders: Leader[]): Leader[] {
  return leaders.map((leader) => ({ person_id: leader.person_id, role: leader.role })).sort((a, b) => `${a.person_id} ${a.role}`.localeCompare(`${b.person_id} ${b.role}`));
}

export async function leadersOfEvent(db: Knex, eventId: string): Promise<Leader[]> {
  return leaderList(await db('event_leaders').where({ event_id: eventId }).select('person_id', 'role'));
}

/** Headcounts by day as the log keeps them: day → number, by day. */
export function headcountMap(byDay: { day: string; count: number | string }[]): Record<string, number> {
  return Object.fromEntries([...byDay].sort((a, b) => a.day.localeCompare(b.day)).map((headcount) => [headcount.day, Number(headcount.count)]));
}

export async function headcountsOfEvent(db: Knex, eventId: string): Promise<Record<string, number>> {
  return headcountMap(await db('event_day_headcounts').where({ event_id: eventId }).select('day', 'count'));
}

async function attendanceOf(db: Knex, participantId: string): Promise<Record<string, string>> {
  const marks: { day: string; status: string }[] = await db('attendance').where({ participant_id: participantId }).orderBy('day').select('day', 'status');
  return Object.fromEntries(marks.map((mark) => [mark.day, mark.status]));
}

/** What an event's delete takes with it: its leaders, its headcounts, and its participants with their attendance. */
export async function eventRelated(db: Knex, eventId: string): Promise<AuditValues> {
  const participants: Row[] = await db('event_participants').where({ event_id: eventId }).orderBy('created_at').orderBy('id').select('*');
  const list: AuditValues[] = [];
  for (const participant of participants) {
    list.push({ ...snapshotOf({ ...participant, event_id: undefined }), attendance: await attendanceOf(db, participant.id as string) });
  }
  return { leaders: await leadersOfEvent(db, eventId), unnamed_by_day: await headcountsOfEvent(db, eventId), participants: list };
}

/** What a participant's delete takes with it: their attendance marks. */
export async function participantRelated(db: Knex, participantId: string): Promise<AuditValues> {
  return { attendance: await attendanceOf(db, participantId) };
}
