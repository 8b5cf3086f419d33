/**
 * How the audit log describes an event: its leaders are a column of the event's own entry; its participants and
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

async function attendanceOf(db: Knex, participantId: string): Promise<Record<string, string>> {
  const marks: { day: string; status: string }[] = await db('attendance').where({ participant_id: participantId }).orderBy('day').select('day', 'status');
  return Object.fromEntries(marks.map((mark) => [mark.day, mark.status]));
}

/** What an event's delete takes with it: its leaders, and its participants with their attendance. */
export async function eventRelated(db: Knex, eventId: string): Promise<AuditValues> {
  const participants: Row[] = await db('event_participants').where({ event_id: eventId }).orderBy('created_at').orderBy('id').select('*');
  const list: AuditValues[] = [];
  for (const participant of participants) {
    list.push({ ...snapshotOf({ ...participant, event_id: undefined }), attendance: await attendanceOf(db, participant.id as string) });
  }
  return { leaders: await leadersOfEvent(db, eventId), participants: list };
}

/** What a participant's delete takes with it: their attendance marks. */
export async function participantRelated(db: Knex, participantId: string): Promise<AuditValues> {
  return { attendance: await attendanceOf(db, participantId) };
}
