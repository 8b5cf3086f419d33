/**
 * Recurring meetings (a PZK meeting every second Tuesday at 17:00): a series row with its RRULE and one event per
 * occurrence. A series edit reaches every occurrence that was not edited on its own (detached); each keeps its date
 * and takes the new time of day in Warsaw time. Headcounts of people not named are facts of one occurrence: a new
 * series gives each occurrence those of the draft that fall on its days; a series edit leaves them as they are.
 */
import type { Knex } from 'knex';
import { formatDatePl, type EventSeriesCreate, type EventSeriesDelete, type EventSeriesDeleted, type EventSeriesResult, type EventSeriesUpdate } from '../../../preload/contract';
import { notFound, ServiceError, staleVersion } from '../errors';
import { newId, nowIso } from '../ids';
import { problem, throwProblems, type Problem } from '../partnerships/problems';
import { deleteAudited, updateAudited, updateVersioned } from '../versioned';
import type { EventRow } from '../../../db/rows';
import { EVENT, SERIES, summariesOf } from './read';
import { occurrencesOf } from './recurrence';
import { eventDays, fromWallTime, toWallTime, wallMidnight, wallTimeOfDay, warsawDay } from '../../../preload/contract/warsawTime';
import {
  attendanceOutsideProblem,
  certificateBlockers,
  certificateMessage,
  dropEmptySeries,
  dropPerPersonHours,
  insertEvent,
  leadersChange,
  referenceProblems,
  toRow,
  writeLeaders,
} from './write';

async function seriesRow(trx: Knex, seriesId: string): Promise<{ id: string; version: number; rule: string }> {
  const row = await trx(SERIES.table).where({ id: seriesId }).first('id', 'version', 'rule');
  if (!row) throw notFound(SERIES.what);
  return row;
}

export async function getSeries(db: Knex, seriesId: string): Promise<EventSeriesResult> {
  const row = await seriesRow(db, seriesId);
  const ids = (await db(EVENT.table).where({ series_id: seriesId }).select('id')).map((event: { id: string }) => event.id);
  return { seriesId: row.id, version: row.version, rule: row.rule, events: await summariesOf(db, ids) };
}

/** Creates the series and one event per occurrence of its rule, all in one transaction. */
export async function createSeries(db: Knex, input: EventSeriesCreate): Promise<EventSeriesResult> {
  const seriesId = await db.transaction(async (trx) => {
    throwProblems(await referenceProblems(trx, input.draft, 'draft.'));
    const occurrences = occurrencesOf(input.rule, input.draft.startsAt, input.draft.endsAt);
    const id = newId('ser');
    const now = nowIso();
    await trx(SERIES.table).insert({ id, version: 1, rule: input.rule, created_at: now, updated_at: now });
    for (const occurrence of occurrences) {
      const days = new Set(eventDays(occurrence.startsAt, occurrence.endsAt));
      await insertEvent(trx, { ...input.draft, ...occurrence, unnamedByDay: input.draft.unnamedByDay.filter((headcount) => days.has(headcount.day)) }, { id });
    }
    return id;
  });
  return getSeries(db, seriesId);
}

/** The occurrences from `fromEventId` on (all when absent); refuses an event of another series. */
async function occurrencesFrom(trx: Knex, seriesId: string, fromEventId: string | undefined): Promise<EventRow[]> {
  const rows: EventRow[] = await trx(EVENT.table).where({ series_id: seriesId }).orderBy('starts_at');
  if (fromEventId === undefined) return rows;
  const from = rows.find((row) => row.id === fromEventId);
  if (!from) {
    if (await trx(EVENT.table).where({ id: fromEventId }).first('id')) {
      throw new ServiceError('validation', 'Popraw zaznaczone pole.', { fromEventId: 'To spotkanie nie należy do tej serii.' });
    }
    throw notFound(EVENT.what);
  }
  return rows.filter((row) => row.starts_at >= from.starts_at);
}

/**
 * Applies the draft to every occurrence not detached (from one occurrence on, when given): every field, and the
 * draft's Warsaw times of day with its duration on each occurrence's own date.
 */
export async function updateSeries(db: Knex, input: EventSeriesUpdate): Promise<EventSeriesResult> {
  const { seriesId, version, draft, fromEventId } = input;
  await db.transaction(async (trx) => {
    await seriesRow(trx, seriesId);
    const problems: Problem[] = await referenceProblems(trx, draft, 'draft.');
    const targets = (await occurrencesFrom(trx, seriesId, fromEventId)).filter((row) => !row.detached_from_series);
    const startWall = toWallTime(draft.startsAt);
    const timeOfDay = wallTimeOfDay(startWall);
    const duration = toWallTime(draft.endsAt) - startWall;
    const planned = targets.map((row) => {
      const start = wallMidnight(toWallTime(row.starts_at)) + timeOfDay;
      const startsAt = fromWallTime(start).toISOString();
      let endsAt = fromWallTime(start + duration).toISOString();
      if (endsAt <= startsAt) endsAt = new Date(Date.parse(startsAt) + Date.parse(draft.endsAt) - Date.parse(draft.startsAt)).toISOString();
      return { row, startsAt, endsAt };
    });
    for (const { row, startsAt, endsAt } of planned) {
      const outside = await attendanceOutsideProblem(trx, row.id, startsAt, endsAt, 'draft.startsAt');
      if (outside) problems.push(problem(outside.field, `„${row.title}” z dnia ${warsawDay(row.starts_at)}: ${outside.message}`, 'conflict'));
    }
    throwProblems(problems, 'Nie zmieniono żadnego spotkania serii. ');
    await updateVersioned(trx, SERIES, seriesId, version, {});
    const now = nowIso();
    for (const { row, startsAt, endsAt } of planned) {
      const leaders = await leadersChange(trx, row.id, draft.leaders);
      await updateAudited(trx, EVENT, row.id, { ...toRow({ ...draft, startsAt, endsAt }), version: trx.raw('?? + 1', ['version']), updated_at: now }, () => leaders);
      await writeLeaders(trx, row.id, draft.leaders);
      await dropPerPersonHours(trx, row.id, draft);
    }
  });
  return getSeries(db, seriesId);
}

/**
 * Deletes the occurrences of a series (from one on, when given). Occurrences edited on their own stay: deleting the
 * whole series turns them into standalone events. Refused when certificates were issued for an occurrence.
 */
export async function deleteSeries(db: Knex, input: EventSeriesDelete): Promise<EventSeriesDeleted> {
  const { seriesId, version, fromEventId } = input;
  const result = await db.transaction(async (trx) => {
    const series = await seriesRow(trx, seriesId);
    if (series.version !== version) throw staleVersion(SERIES.what);
    const inRange = await occurrencesFrom(trx, seriesId, fromEventId);
    const doomed = inRange.filter((row) => !row.detached_from_series);
    const kept = inRange.filter((row) => row.detached_from_series).map((row) => row.id);
    const [blocked] = await certificateBlockers(
      trx,
      doomed.map((row) => row.id),
    );
    if (blocked) {
      const message = certificateMessage(blocked.title, Number(blocked.n), blocked.first, formatDatePl(warsawDay(blocked.starts_at)));
      throw new ServiceError('conflict', `${message} Nie usunięto żadnego spotkania serii.`);
    }
    for (let i = 0; i < doomed.length; i += 500) await deleteAudited(trx, EVENT, doomed.slice(i, i + 500).map((row) => row.id));
    if (fromEventId === undefined && kept.length) {
      await updateAudited(trx, EVENT, kept, { series_id: null, detached_from_series: false, version: trx.raw('?? + 1', ['version']), updated_at: nowIso() });
    }
    const seriesDeleted = await dropEmptySeries(trx, seriesId);
    if (!seriesDeleted) await updateVersioned(trx, SERIES, seriesId, version, {});
    return { deleted: doomed.length, kept, seriesDeleted };
  });
  return { seriesId, deleted: result.deleted, kept: await summariesOf(db, result.kept), seriesDeleted: result.seriesDeleted };
}
