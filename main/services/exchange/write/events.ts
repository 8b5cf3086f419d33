import type { Knex } from 'knex';
import { DEFAULT_CERTIFICATE_MIN_SHARE, exchangeHeadcounts, type ExchangeRecord } from '../../../../preload/contract';
import { headcountMap, leaderList } from '../../events/auditSnapshot';
import { newId } from '../../ids';
import { storedAudiences } from '../../events/read';
import { eventSearchText } from '../../searchText';
import { groupBy, rowsWhereIn, sameRow, type AttachmentRow, type AttendanceRow, type EventRow, type HeadcountRow, type LeaderRow, type ParticipantRow, type Row } from '../rows';
import { eventDays, toStoredInstant } from '../time';
import type { CheckedFile } from '../validate';
import { chunksOf, upsert, type Details, type Writing } from './writing';

type Event = ExchangeRecord<'events'>;
type Mark = { day: string; status: string };

/** What the register holds for a chunk of events: their rows, leaders, headcounts and participants by event, marks by participant. */
interface Stored {
  events: Map<string, EventRow>;
  leaders: Map<string, LeaderRow[]>;
  headcounts: Map<string, HeadcountRow[]>;
  participants: Map<string, ParticipantRow[]>;
  attendance: Map<string, AttendanceRow[]>;
  attachments: Map<string, AttachmentRow>;
}

const TABLES = ['events', 'event_leaders', 'event_day_headcounts', 'event_participants', 'attendance', 'event_attachments'];

/** Events with their leaders, people counted but not named per day, participants and attendance per day, in smaller chunks: an event brings its participants and marks. */
export async function writeEvents(w: Writing, doc: CheckedFile): Promise<void> {
  for (const chunk of chunksOf(doc, 'events', 100)) {
    const stored = await readStored(
      w.db,
      chunk.map((value) => value.id),
      chunk.flatMap((value) => (value.attachments ?? []).map((attachment) => attachment.id)),
    );
    for (const value of chunk) {
      await writeEvent(w, value, stored);
      await w.inserts.flushIfFull(TABLES);
    }
  }
  await w.inserts.flush(TABLES);
}

async function readStored(db: Knex, ids: string[], attachmentIds: string[]): Promise<Stored> {
  const events = new Map((await rowsWhereIn<EventRow>(db, 'events', 'id', ids)).map((row) => [row.id, row]));
  const leaders = groupBy(await rowsWhereIn<LeaderRow>(db, 'event_leaders', 'event_id', ids), (row) => row.event_id);
  const headcounts = groupBy(await rowsWhereIn<HeadcountRow>(db, 'event_day_headcounts', 'event_id', ids), (row) => row.event_id);
  const participantRows = await rowsWhereIn<ParticipantRow>(db, 'event_participants', 'event_id', ids);
  const attendance = groupBy(await rowsWhereIn<AttendanceRow>(db, 'attendance', 'participant_id', participantRows.map((row) => row.id)), (row) => row.participant_id);
  const attachments = new Map((await rowsWhereIn<AttachmentRow>(db, 'event_attachments', 'id', attachmentIds)).map((row) => [row.id, row]));
  return { events, leaders, headcounts, participants: groupBy(participantRows, (row) => row.event_id), attendance, attachments };
}

function eventRow(value: Event, startsAt: string, endsAt: string) {
  return {
    title: value.title,
    type: value.type,
    status: value.status,
    project_id: value.projectId,
    partnership_id: value.partnershipId,
    teryt_code: value.teryt,
    place: value.place,
    organiser_institution_id: value.organiserInstitutionId,
    starts_at: startsAt,
    ends_at: endsAt,
    hours: value.hours,
    hour_unit: value.hourUnit,
    mode: value.mode,
    certificate_rule: value.certificateRule,
    certificate_min_share: value.certificateRule === 'share' ? (value.certificateMinShare ?? DEFAULT_CERTIFICATE_MIN_SHARE) : null,
    notes: value.notes,
    cancellation_reason: value.cancellationReason,
    audiences: storedAudiences(value.audiences),
    series_id: value.seriesId,
    detached_from_series: value.detachedFromSeries,
  };
}

async function writeEvent(w: Writing, value: Event, stored: Stored): Promise<void> {
  const startsAt = toStoredInstant(value.start);
  const endsAt = toStoredInstant(value.end);
  const storedRow = stored.events.get(value.id);
  const leadersBefore = (stored.leaders.get(value.id) ?? []).map((row) => `${row.person_id} ${row.role}`).sort();
  const leaders = value.leaders.map((leader) => `${leader.personId} ${leader.role}`).sort();
  const leadersChanged = storedRow !== undefined && leadersBefore.join('\n') !== leaders.join('\n');
  const days = eventDays(startsAt, endsAt);
  const headcounts = headcountMap(exchangeHeadcounts(value, days[0]!));
  const headcountsBefore = headcountMap(stored.headcounts.get(value.id) ?? []);
  const headcountsChanged = storedRow !== undefined && JSON.stringify(headcountsBefore) !== JSON.stringify(headcounts);
  const participants = compareParticipants(w, value, stored, days);
  const partsChanged = leadersChanged || headcountsChanged || participants.changed;

  const details: Details = {};
  if (!storedRow || partsChanged) {
    details.after = {
      leaders: leaderList(value.leaders.map((leader) => ({ person_id: leader.personId, role: leader.role }))),
      unnamed_by_day: headcounts,
      participants: sortedByPerson(participants.after.map((values) => participantValues(...values))),
    };
  }
  if (storedRow && partsChanged) {
    details.before = {
      leaders: leaderList(stored.leaders.get(value.id) ?? []),
      unnamed_by_day: headcountsBefore,
      participants: sortedByPerson(participants.before.map((row) => participantValues(row.person_id, row, stored.attendance.get(row.id) ?? []))),
    };
  }
  const search = { search_text: eventSearchText(value.title, value.place) };
  w.count('events', await upsert(w, 'events', value.id, eventRow(value, startsAt, endsAt), search, storedRow as never, partsChanged, details));
  if (participants.gone.length) await w.db('event_participants').whereIn('id', participants.gone.map((row) => row.id)).delete();
  for (const write of participants.writes) await write();
  if (leadersChanged) await w.db('event_leaders').where({ event_id: value.id }).delete();
  if (!storedRow || leadersChanged) for (const leader of value.leaders) w.inserts.add('event_leaders', { event_id: value.id, person_id: leader.personId, role: leader.role });
  if (headcountsChanged) await w.db('event_day_headcounts').where({ event_id: value.id }).delete();
  if (!storedRow || headcountsChanged) for (const [day, count] of Object.entries(headcounts)) w.inserts.add('event_day_headcounts', { event_id: value.id, day, count });
  await writeAttachments(w, value, stored);
}

/**
 * The descriptions of the event's attachments (version 3): a new one is added where the content-addressed store keeps
 * its file (`skany/<sha256>.<extension>`: with the data folder copied along, the file is found; otherwise the app
 * says, by its name, that it is missing); a known one gets the file's kind, caption, day and summary flag. Attachments
 * the file does not list are left alone (a file from elsewhere cannot know this installation's files).
 */
async function writeAttachments(w: Writing, value: Event, stored: Stored): Promise<void> {
  for (const attachment of value.attachments ?? []) {
    const wanted = { kind: attachment.kind, caption: attachment.caption, taken_on: attachment.takenOn, in_summary: attachment.inSummary };
    const before = stored.attachments.get(attachment.id);
    if (!before) {
      const extension = attachment.name.slice(attachment.name.lastIndexOf('.') + 1).toLowerCase();
      const row = { id: attachment.id, event_id: value.id, path: `skany/${attachment.sha256}.${extension}`, name: attachment.name, sha256: attachment.sha256, created_at: w.now, ...wanted };
      w.inserts.add('event_attachments', row);
      w.inserts.log.imported('event_attachments', attachment.id, null, row);
    } else if (!sameRow(before, wanted)) {
      await w.db('event_attachments').where({ id: attachment.id }).update(wanted);
      w.inserts.log.imported('event_attachments', attachment.id, { ...before }, wanted);
    }
  }
}

const marksKey = (marks: Mark[]) => marks.map((mark) => `${mark.day}=${mark.status}`).sort().join(' ');

/**
 * The event's participants against the stored ones: new ones queued at once, changed ones as `writes` (made after
 * the event's row), `gone` those the file no longer lists; `after` the values of the audit entry, built only when the
 * entry shows participants (a new event, or one whose people changed).
 */
function compareParticipants(w: Writing, value: Event, stored: Stored, days: string[]) {
  const before = new Map((stored.participants.get(value.id) ?? []).map((row) => [row.person_id, row]));
  const wantedPeople = new Set(value.participants.map((participant) => participant.personId));
  const gone = [...before.values()].filter((row) => !wantedPeople.has(row.person_id));
  let changed = gone.length > 0;
  const writes: (() => Promise<void>)[] = [];
  const after: Parameters<typeof participantValues>[] = [];
  for (const participant of value.participants) {
    const marks: Mark[] = participant.attendanceByDay
      ? Object.entries(participant.attendanceByDay).map(([day, status]) => ({ day, status }))
      : participant.attendance
        ? days.map((day) => ({ day, status: participant.attendance! }))
        : [];
    const fields = { institution_id: participant.institutionId, walk_in: participant.walkIn, hours: participant.hours };
    after.push([participant.personId, fields, marks]);
    const earlier = before.get(participant.personId);
    if (!earlier) {
      changed = true;
      const id = newId('ucz');
      w.inserts.add('event_participants', { id, event_id: value.id, person_id: participant.personId, ...fields, created_at: w.now });
      for (const mark of marks) w.inserts.add('attendance', { participant_id: id, ...mark });
      continue;
    }
    const fieldsChanged = !sameRow(earlier, fields);
    const marksChanged = marksKey(stored.attendance.get(earlier.id) ?? []) !== marksKey(marks);
    if (!fieldsChanged && !marksChanged) continue;
    changed = true;
    writes.push(async () => {
      if (fieldsChanged) await w.db('event_participants').where({ id: earlier.id }).update(fields);
      if (marksChanged) {
        await w.db('attendance').where({ participant_id: earlier.id }).delete();
        for (const mark of marks) w.inserts.add('attendance', { participant_id: earlier.id, ...mark });
      }
    });
  }
  return { changed, gone, writes, after, before: [...before.values()] };
}

/** A participant as their event's audit entry keeps them: only the values they have, marks by day. */
type ParticipantValues = Row & { person_id: string };

function participantValues(
  personId: string,
  fields: { institution_id: string | null; walk_in: boolean | number | null | undefined; hours: number | null },
  marks: { day: string; status: string }[],
): ParticipantValues {
  const values: ParticipantValues = { person_id: personId };
  if (fields.institution_id) values.institution_id = fields.institution_id;
  if (fields.walk_in === true || fields.walk_in === 1) values.walk_in = true;
  if (fields.hours !== null && fields.hours !== undefined) values.hours = Number(fields.hours);
  if (marks.length) values.attendance = Object.fromEntries([...marks].sort((a, b) => (a.day < b.day ? -1 : 1)).map((mark) => [mark.day, mark.status]));
  return values;
}

const sortedByPerson = (list: ParticipantValues[]) => list.sort((a, b) => (a.person_id < b.person_id ? -1 : a.person_id > b.person_id ? 1 : 0));
