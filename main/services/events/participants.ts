/**
 * Who takes part: participants registered one by one, a partnership's representatives at once, walk-ins created
 * on the spot; attendance marked per participant and Warsaw day; per-person hours of coaching and supervision.
 * A participant keeps the institution the person came from at the time (people move; lists keep what was true then).
 */
import type { Knex } from 'knex';
import type { PersonRow as StoredPerson } from '../../../db/rows';
import {
  formatDatePl,
  EVENT_TYPES,
  isPerPersonHourType,
  type EventAddParticipants,
  type EventAddPartnershipMembers,
  type EventCreateParticipant,
  type EventDetail,
  type EventParticipant,
  type EventSetAttendance,
  type EventSetParticipantHours,
  type ParticipantsAdded,
  type PersonRef,
} from '../../../preload/contract';
import { notFound, ServiceError } from '../errors';
import { newId, nowIso } from '../ids';
import { problem, throwProblems, type Problem } from '../partnerships/problems';
import { changeOf, recordChanges } from '../audit';
import { savePerson } from '../people';
import { deleteAudited, insertAudited, updateAudited } from '../versioned';
import { eventRow, getEvent, getParticipant, PARTICIPANT_WHAT, participantsById, personName } from './read';
import { eventDays } from '../../../preload/contract/warsawTime';
import { PARTICIPANT } from './write';

type PersonRow = Pick<StoredPerson, 'id' | 'first_name' | 'last_name' | 'institution_id'>;

/** Registers the people not on the event's list yet; reports those who are. */
async function register(trx: Knex, eventId: string, people: PersonRow[], walkIn: boolean): Promise<{ added: string[]; alreadyRegistered: PersonRef[] }> {
  const registered = new Set((await trx('event_participants').where({ event_id: eventId }).select('person_id')).map((row: { person_id: string }) => row.person_id));
  const added: string[] = [];
  const alreadyRegistered: PersonRef[] = [];
  const now = nowIso();
  for (const person of people) {
    if (registered.has(person.id)) {
      alreadyRegistered.push({ personId: person.id, name: personName(person.first_name, person.last_name) });
      continue;
    }
    registered.add(person.id);
    const id = newId('par');
    await insertAudited(trx, PARTICIPANT, { id, event_id: eventId, person_id: person.id, institution_id: person.institution_id, walk_in: walkIn, hours: null, created_at: now });
    added.push(id);
  }
  return { added, alreadyRegistered };
}

async function peopleByIds(trx: Knex, ids: string[]): Promise<PersonRow[]> {
  const rows: PersonRow[] = [];
  for (let i = 0; i < ids.length; i += 500) rows.push(...(await trx('people').whereIn('id', ids.slice(i, i + 500)).select('id', 'first_name', 'last_name', 'institution_id')));
  return rows;
}

/** Registers people for an event, each once: those on the list already are skipped and reported. */
export async function addParticipants(db: Knex, input: EventAddParticipants): Promise<ParticipantsAdded> {
  const result = await db.transaction(async (trx) => {
    await eventRow(trx, input.eventId);
    const people = await peopleByIds(trx, input.personIds);
    const found = new Map(people.map((person) => [person.id, person]));
    const problems: Problem[] = [];
    input.personIds.forEach((id, index) => {
      if (!found.has(id)) problems.push(problem(`personIds.${index}`, 'Wybrana osoba nie istnieje (mogła zostać usunięta).'));
    });
    throwProblems(problems, 'Nie zapisano żadnego uczestnika. ');
    return register(trx, input.eventId, input.personIds.map((id) => found.get(id)!), input.walkIn);
  });
  return { added: await participantsById(db, result.added), alreadyRegistered: result.alreadyRegistered, withoutRepresentative: [] };
}

/**
 * Registers the representatives of the partnership's current members (membership rows not closed). Members without
 * a representative are reported, so the user can name one or add someone by hand.
 */
export async function addPartnershipMembers(db: Knex, input: EventAddPartnershipMembers): Promise<ParticipantsAdded> {
  const result = await db.transaction(async (trx) => {
    await eventRow(trx, input.eventId);
    if (!(await trx('partnerships').where({ id: input.partnershipId }).first('id'))) throw notFound('zespół');
    const members: { institution_id: string; institution_name: string; representative_person_id: string | null }[] = await trx('partnership_members as m')
      .join('institutions as i', 'i.id', 'm.institution_id')
      .where('m.partnership_id', input.partnershipId)
      .whereNull('m.left_on')
      .orderBy('m.joined_on')
      .select('m.institution_id', { institution_name: 'i.name' }, 'm.representative_person_id');
    const representatives = [...new Set(members.map((m) => m.representative_person_id).filter((id): id is string => id !== null))];
    const withRepresentative = new Set(members.filter((m) => m.representative_person_id).map((m) => m.institution_id));
    const without = new Map<string, string>();
    for (const m of members) if (!withRepresentative.has(m.institution_id)) without.set(m.institution_id, m.institution_name);
    const people = await peopleByIds(trx, representatives);
    const registered = await register(trx, input.eventId, people, false);
    return { ...registered, without };
  });
  const withoutRepresentative = [...result.without].map(([institutionId, institutionName]) => ({ institutionId, institutionName }));
  return { added: await participantsById(db, result.added), alreadyRegistered: result.alreadyRegistered, withoutRepresentative };
}

/** Creates a person and registers them in one transaction (a walk-in added on the spot). */
export async function createParticipant(db: Knex, input: EventCreateParticipant): Promise<EventParticipant> {
  const participantId = await db.transaction(async (trx) => {
    await eventRow(trx, input.eventId);
    const { institutionId } = input.person;
    if (institutionId && !(await trx('institutions').where({ id: institutionId }).first('id'))) {
      throwProblems([problem('person.institutionId', 'Wybrana instytucja nie istnieje (mogła zostać usunięta).')], 'Nie zapisano uczestnika. ');
    }
    const person = await savePerson(trx, { ...input.person, roles: [], phone: null, notes: null });
    const { added } = await register(trx, input.eventId, [{ id: person.id, first_name: person.firstName, last_name: person.lastName, institution_id: person.institutionId }], input.walkIn);
    return added[0]!;
  });
  return getParticipant(db, participantId);
}

interface ParticipantRow {
  id: string;
  event_id: string;
  person_id: string;
}

async function participantRow(trx: Knex, participantId: string): Promise<ParticipantRow> {
  const row = await trx('event_participants').where({ id: participantId }).first('id', 'event_id', 'person_id');
  if (!row) throw notFound(PARTICIPANT_WHAT);
  return row;
}

/** Takes a person off the list with their attendance; refused when a certificate was issued to them for the event. */
export async function removeParticipant(db: Knex, participantId: string): Promise<{ id: string }> {
  await db.transaction(async (trx) => {
    const row = await participantRow(trx, participantId);
    const certificate: { number: string } | undefined = await trx('certificates').where({ event_id: row.event_id, person_id: row.person_id }).first('number');
    if (certificate) {
      throw new ServiceError(
        'conflict',
        `Nie można usunąć tego uczestnika z listy, bo wydano mu zaświadczenie o udziale nr ${certificate.number}; rejestr wydanych zaświadczeń musi je zachować.`,
      );
    }
    await deleteAudited(trx, PARTICIPANT, participantId);
  });
  return { id: participantId };
}

/** Sets (or, with status null, clears) attendance per participant and day: every mark checked first, then all written, or none. */
export async function setAttendance(db: Knex, input: EventSetAttendance): Promise<EventDetail> {
  await db.transaction(async (trx) => {
    const event = await eventRow(trx, input.eventId);
    if (event.status === 'cancelled') {
      throw new ServiceError('conflict', `Wydarzenie „${event.title}” jest odwołane: obecności się nie zaznacza. Jeśli jednak się odbyło, najpierw zmień jego stan.`);
    }
    const days = eventDays(event.starts_at, event.ends_at);
    const personOf = new Map(
      (await trx('event_participants').where({ event_id: input.eventId }).select('id', 'person_id')).map((row: { id: string; person_id: string }) => [row.id, row.person_id]),
    );
    const participants = new Set(personOf.keys());
    const problems: Problem[] = [];
    input.marks.forEach((mark, index) => {
      if (!participants.has(mark.participantId)) problems.push(problem(`marks.${index}.participantId`, 'Ta osoba nie jest uczestnikiem tego wydarzenia.'));
      if (!days.includes(mark.day)) {
        problems.push(problem(`marks.${index}.day`, `Dzień ${formatDatePl(mark.day)} nie należy do terminu wydarzenia (${days.length === 1 ? `dzień ${formatDatePl(days[0]!)}` : `dni ${days.map(formatDatePl).join(', ')}`}).`));
      }
    });
    throwProblems(problems, 'Nie zapisano żadnego zaznaczenia obecności. ');
    // The last mark for the same participant and day wins.
    const latest = new Map(input.marks.map((mark) => [`${mark.participantId} ${mark.day}`, mark]));
    const toSet = [...latest.values()].filter((mark) => mark.status !== null);
    // Each mark that changes is an entry of the log under its event, with the person it is about.
    const previous = new Map<string, string>();
    const marked = [...new Set([...latest.values()].map((mark) => mark.participantId))];
    for (let i = 0; i < marked.length; i += 500) {
      const rows: { participant_id: string; day: string; status: string }[] = await trx('attendance').whereIn('participant_id', marked.slice(i, i + 500)).select('participant_id', 'day', 'status');
      for (const row of rows) previous.set(`${row.participant_id} ${row.day}`, row.status);
    }
    for (const mark of latest.values()) {
      if (mark.status === null) await trx('attendance').where({ participant_id: mark.participantId, day: mark.day }).delete();
    }
    for (let i = 0; i < toSet.length; i += 300) {
      await trx('attendance')
        .insert(toSet.slice(i, i + 300).map((mark) => ({ participant_id: mark.participantId, day: mark.day, status: mark.status })))
        .onConflict(['participant_id', 'day'])
        .merge(['status']);
    }
    const asMark = (mark: (typeof input.marks)[number], status: string | null | undefined) =>
      status ? { participant_id: mark.participantId, person_id: personOf.get(mark.participantId) ?? null, day: mark.day, status } : null;
    const changes = [...latest].map(([key, mark]) =>
      changeOf({ table: 'attendance', recordId: `${mark.participantId}/${mark.day}`, parent: { table: 'events', id: input.eventId }, before: asMark(mark, previous.get(key)), after: asMark(mark, mark.status) }),
    );
    await recordChanges(trx, changes.filter((change) => change !== null));
  });
  return getEvent(db, input.eventId);
}

/** A participant's own hours, in the event's unit: coaching and supervision only. */
export async function setParticipantHours(db: Knex, input: EventSetParticipantHours): Promise<EventParticipant> {
  await db.transaction(async (trx) => {
    const row = await participantRow(trx, input.participantId);
    const event = await eventRow(trx, row.event_id);
    if (!isPerPersonHourType(event.type)) {
      throwProblems([
        problem('hours', `Godziny na osobę wpisuje się tylko dla coachingu i superwizji; dla wydarzenia rodzaju „${EVENT_TYPES[event.type].pl}” liczą się godziny całego wydarzenia.`),
      ]);
    }
    await updateAudited(trx, PARTICIPANT, row.id, { hours: input.hours });
  });
  return getParticipant(db, input.participantId);
}
