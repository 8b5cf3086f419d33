/** Saving, moving and deleting single events; the checks every write of an event's fields shares (series too). */
import type { Knex } from 'knex';
import { formatDatePl, isPerPersonHourType, type UnnamedHeadcount, type EventDetail, type EventReschedule, type EventSave, type EventSetHeadcount, type EventSettle } from '../../../preload/contract';
import { notFound, ServiceError, staleVersion } from '../errors';
import { newId, nowIso } from '../ids';
import { problem, throwProblems, type Problem } from '../partnerships/problems';
import { headcountMap, headcountsOfEvent, leaderList, leadersOfEvent, participantRelated } from './auditSnapshot';
import { deleteVersioned, insertAudited, updateAudited, updateVersioned, type RecordKind } from '../versioned';
import { countOf, EVENT, eventRow, getEvent, PARTICIPANT_WHAT, SERIES, storedAudiences } from './read';
import { eventDays, keepDuration } from '../../../preload/contract/warsawTime';
import { eventSearchText } from '../searchText';

/** The fields of an event a user edits (without identity). */
export type EventFields = Omit<EventSave, 'id' | 'version'>;

const GONE = 'nie istnieje (mógł zostać usunięty)';

export function toRow(fields: EventFields) {
  return {
    title: fields.title,
    type: fields.type,
    status: fields.status,
    project_id: fields.projectId,
    partnership_id: fields.partnershipId,
    teryt_code: fields.terytCode,
    place: fields.place,
    organiser_institution_id: fields.organiserInstitutionId,
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    hours: fields.hours,
    hour_unit: fields.hourUnit,
    mode: fields.mode,
    certificate_rule: fields.certificateRule,
    certificate_min_share: fields.certificateRule === 'share' ? fields.certificateMinShare : null,
    notes: fields.notes,
    cancellation_reason: fields.status === 'cancelled' ? fields.cancellationReason : null,
    audiences: storedAudiences(fields.audiences ?? []),
    search_text: eventSearchText(fields.title, fields.place),
  };
}

/** Everything the event refers to exists. `prefix` places field errors ("draft."). */
export async function referenceProblems(trx: Knex, fields: EventFields, prefix = ''): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (fields.projectId && !(await trx('projects').where({ id: fields.projectId }).first('id'))) {
    problems.push(problem(`${prefix}projectId`, `Wybrany projekt ${GONE}.`));
  }
  if (fields.partnershipId && !(await trx('partnerships').where({ id: fields.partnershipId }).first('id'))) {
    problems.push(problem(`${prefix}partnershipId`, `Wybrany zespół ${GONE}.`));
  }
  if (fields.terytCode && !(await trx('territorial_units').where({ code: fields.terytCode }).first('code'))) {
    problems.push(problem(`${prefix}terytCode`, `Nieznany kod TERYT „${fields.terytCode}”: wybierz gminę z listy.`));
  }
  if (fields.organiserInstitutionId && !(await trx('institutions').where({ id: fields.organiserInstitutionId }).first('id'))) {
    problems.push(problem(`${prefix}organiserInstitutionId`, `Wybrana instytucja ${GONE}.`));
  }
  const leaderIds = [...new Set(fields.leaders.map((leader) => leader.personId))];
  if (leaderIds.length) {
    const found = new Set((await trx('people').whereIn('id', leaderIds).select('id')).map((row: { id: string }) => row.id));
    fields.leaders.forEach((leader, index) => {
      if (!found.has(leader.personId)) problems.push(problem(`${prefix}leaders.${index}.personId`, `Wybrana osoba ${GONE}.`));
    });
  }
  return problems;
}

export async function writeLeaders(trx: Knex, eventId: string, leaders: EventFields['leaders']): Promise<void> {
  await trx('event_leaders').where({ event_id: eventId }).delete();
  if (leaders.length) await trx('event_leaders').insert(leaders.map((leader) => ({ event_id: eventId, person_id: leader.personId, role: leader.role })));
}

/**
 * Attendance marked, or people not named counted, on days the event would no longer span: refused rather than lost.
 * `keptHeadcounts`: the headcounts the write itself sets (a save of the form); absent, the stored ones stay.
 */
export async function attendanceOutsideProblem(trx: Knex, eventId: string, startsAt: string, endsAt: string, field = 'startsAt', keptHeadcounts?: UnnamedHeadcount[]): Promise<Problem | null> {
  const days = eventDays(startsAt, endsAt);
  const outside: { day: string }[] = await trx('attendance as a')
    .join('event_participants as ep', 'ep.id', 'a.participant_id')
    .where('ep.event_id', eventId)
    .whereNotIn('a.day', days)
    .distinct('a.day')
    .orderBy('a.day');
  if (outside.length) {
    return problem(
      field,
      `Obecność jest już zaznaczona w dniach, których wydarzenie w nowym terminie nie obejmuje (${outside.map((row) => formatDatePl(row.day)).join(', ')}). Najpierw usuń te zaznaczenia albo wybierz termin obejmujący te dni.`,
      'conflict',
    );
  }
  if (keptHeadcounts) return null;
  const counted: { day: string }[] = await trx('event_day_headcounts').where({ event_id: eventId }).whereNotIn('day', days).orderBy('day').select('day');
  if (counted.length === 0) return null;
  return problem(
    field,
    `Liczba osób spoza listy jest już podana dla dni, których wydarzenie w nowym terminie nie obejmuje (${counted.map((row) => formatDatePl(row.day)).join(', ')}). Najpierw ją usuń w formularzu wydarzenia albo wybierz termin obejmujący te dni.`,
    'conflict',
  );
}

/** Replaces an event's headcounts of people not named by those of a save. */
export async function writeHeadcounts(trx: Knex, eventId: string, byDay: UnnamedHeadcount[]): Promise<void> {
  await trx('event_day_headcounts').where({ event_id: eventId }).delete();
  if (byDay.length) await trx('event_day_headcounts').insert(byDay.map((headcount) => ({ event_id: eventId, day: headcount.day, count: headcount.count })));
}

/** Participants are audited as their own entries under their event. */
export const PARTICIPANT: RecordKind = { table: 'event_participants', what: PARTICIPANT_WHAT, related: participantRelated };

/** An event's leaders as its audit entry keeps them (the column "leaders"). */
export function auditedLeaders(leaders: EventFields['leaders']) {
  return { leaders: leaderList(leaders.map((leader) => ({ person_id: leader.personId, role: leader.role }))) };
}

/** The leaders before and after a write, for updateVersioned / updateAudited. */
export async function leadersChange(trx: Knex, eventId: string, leaders: EventFields['leaders']) {
  return { before: { leaders: await leadersOfEvent(trx, eventId) }, after: auditedLeaders(leaders) };
}

/** An event's leaders and headcounts as its audit entry keeps them (the columns "leaders" and "unnamed_by_day"). */
export function auditedParts(fields: Pick<EventFields, 'leaders' | 'unnamedByDay'>) {
  return { ...auditedLeaders(fields.leaders), unnamed_by_day: headcountMap(fields.unnamedByDay) };
}

/** The leaders and headcounts before and after a save of the form. */
export async function partsChange(trx: Knex, eventId: string, fields: Pick<EventFields, 'leaders' | 'unnamedByDay'>) {
  return { before: { leaders: await leadersOfEvent(trx, eventId), unnamed_by_day: await headcountsOfEvent(trx, eventId) }, after: auditedParts(fields) };
}

/** Per-person hours make sense only for coaching and supervision: other types drop them. */
export async function dropPerPersonHours(trx: Knex, eventId: string, fields: Pick<EventFields, 'type'>): Promise<void> {
  if (!isPerPersonHourType(fields.type)) await updateAudited(trx, PARTICIPANT, (q) => q.where({ event_id: eventId }).whereNotNull('hours'), { hours: null });
}

/** Inserts a new event (and its leaders); returns its id. */
export async function insertEvent(trx: Knex, fields: EventFields, series: { id: string } | null = null): Promise<string> {
  const id = newId('evt');
  const now = nowIso();
  await insertAudited(
    trx,
    EVENT,
    { id, version: 1, ...toRow(fields), series_id: series?.id ?? null, detached_from_series: false, created_at: now, updated_at: now },
    auditedParts(fields),
  );
  await writeLeaders(trx, id, fields.leaders);
  await writeHeadcounts(trx, id, fields.unnamedByDay);
  return id;
}

/**
 * Creates or edits one event. Editing an occurrence of a series edits that one alone and detaches it, so later
 * edits of the series leave it as it is.
 */
export async function saveEvent(db: Knex, input: EventSave): Promise<EventDetail> {
  const { id, version, ...fields } = input;
  const savedId = await db.transaction(async (trx) => {
    const problems = await referenceProblems(trx, fields);
    if (id === undefined) {
      throwProblems(problems);
      return insertEvent(trx, fields);
    }
    const existing = await eventRow(trx, id);
    if (existing.version !== version) throw staleVersion(EVENT.what);
    const outside = await attendanceOutsideProblem(trx, id, fields.startsAt, fields.endsAt, 'startsAt', fields.unnamedByDay);
    if (outside) problems.push(outside);
    throwProblems(problems);
    await updateVersioned(trx, EVENT, id, version!, { ...toRow(fields), ...(existing.series_id ? { detached_from_series: true } : {}) }, (locked) => partsChange(locked, id, fields));
    await writeLeaders(trx, id, fields.leaders);
    await writeHeadcounts(trx, id, fields.unnamedByDay);
    await dropPerPersonHours(trx, id, fields);
    return id;
  });
  return getEvent(db, savedId);
}

/** Moves an event to a new start keeping its duration (drag and drop in the calendar); an occurrence is detached. */
export async function rescheduleEvent(db: Knex, input: EventReschedule): Promise<EventDetail> {
  await db.transaction(async (trx) => {
    const existing = await eventRow(trx, input.id);
    if (existing.version !== input.version) throw staleVersion(EVENT.what);
    let endsAt = keepDuration(existing.starts_at, existing.ends_at, input.startsAt);
    if (endsAt <= input.startsAt) endsAt = new Date(Date.parse(input.startsAt) + Date.parse(existing.ends_at) - Date.parse(existing.starts_at)).toISOString();
    const outside = await attendanceOutsideProblem(trx, input.id, input.startsAt, endsAt);
    throwProblems(outside ? [outside] : []);
    await updateVersioned(trx, EVENT, input.id, input.version, {
      starts_at: input.startsAt,
      ends_at: endsAt,
      ...(existing.series_id ? { detached_from_series: true } : {}),
    });
  });
  return getEvent(db, input.id);
}

/**
 * Sets (or, with null, clears) the number of people counted but not named on one day of an event, from the
 * attendance screen: a change of the event (version + 1), audited with its other headcounts.
 */
export async function setHeadcount(db: Knex, input: EventSetHeadcount): Promise<EventDetail> {
  await db.transaction(async (trx) => {
    const event = await eventRow(trx, input.eventId);
    if (event.version !== input.version) throw staleVersion(EVENT.what);
    const days = eventDays(event.starts_at, event.ends_at);
    if (!days.includes(input.day)) {
      throwProblems([problem('day', `Dzień ${formatDatePl(input.day)} nie należy do terminu wydarzenia (${days.map(formatDatePl).join(', ')}).`)]);
    }
    const before: { day: string; count: number | string }[] = await trx('event_day_headcounts').where({ event_id: input.eventId }).select('day', 'count');
    const after = [...before.filter((headcount) => headcount.day !== input.day), ...(input.count === null ? [] : [{ day: input.day, count: input.count }])];
    await updateVersioned(trx, EVENT, input.eventId, input.version, {}, { before: { unnamed_by_day: headcountMap(before) }, after: { unnamed_by_day: headcountMap(after) } });
    await trx('event_day_headcounts').where({ event_id: input.eventId, day: input.day }).delete();
    if (input.count !== null) await trx('event_day_headcounts').insert({ event_id: input.eventId, day: input.day, count: input.count });
  });
  return getEvent(db, input.eventId);
}

/** Settles an event: it was held, or it was cancelled, with the reason (from the dashboard's "do rozliczenia"). */
export async function settleEvent(db: Knex, input: EventSettle): Promise<EventDetail> {
  await db.transaction(async (trx) => {
    await updateVersioned(trx, EVENT, input.id, input.version, {
      status: input.status,
      cancellation_reason: input.status === 'cancelled' ? input.cancellationReason : null,
    });
  });
  return getEvent(db, input.id);
}

/** Why events cannot be deleted: certificates were issued for them (the register of certificates keeps them). */
export async function certificateBlockers(trx: Knex, eventIds: string[]): Promise<{ event_id: string; title: string; starts_at: string; n: number | string; first: string }[]> {
  if (eventIds.length === 0) return [];
  return trx('certificates as c')
    .join('events as e', 'e.id', 'c.event_id')
    .whereIn('c.event_id', eventIds)
    .groupBy('c.event_id', 'e.title', 'e.starts_at')
    .select('c.event_id', 'e.title', 'e.starts_at')
    .count({ n: '*' })
    .min({ first: 'c.number' });
}

export function certificateMessage(title: string, count: number, first: string, day?: string): string {
  return `Nie można usunąć wydarzenia „${title}”${day ? ` z dnia ${day}` : ''}, bo wydano dla niego zaświadczenia o udziale (${count}, m.in. nr ${first}); rejestr wydanych zaświadczeń musi je zachować. Wydarzenie, które się nie odbyło, oznacz jako odwołane.`;
}

/** Removes a series row no occurrence refers to any more. */
export async function dropEmptySeries(trx: Knex, seriesId: string | null): Promise<boolean> {
  if (!seriesId) return false;
  if (countOf(await trx(EVENT.table).where({ series_id: seriesId }).count({ n: '*' })) > 0) return false;
  await trx(SERIES.table).where({ id: seriesId }).delete();
  return true;
}

/**
 * Deletes an event entered by mistake, with its participants, attendance and attachments (the files stay: they
 * may be another record's too). Refused when certificates were issued for it.
 */
export async function deleteEvent(db: Knex, id: string, version: number): Promise<{ id: string }> {
  await db.transaction(async (trx) => {
    const existing: { title: string; series_id: string | null } | undefined = await trx(EVENT.table).where({ id }).first('title', 'series_id');
    if (!existing) throw notFound(EVENT.what);
    const [blocked] = await certificateBlockers(trx, [id]);
    if (blocked) throw new ServiceError('conflict', certificateMessage(existing.title, Number(blocked.n), blocked.first));
    await deleteVersioned(trx, EVENT, id, version);
    await dropEmptySeries(trx, existing.series_id);
  });
  return { id };
}
