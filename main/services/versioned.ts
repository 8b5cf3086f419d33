/**
 * Optimistic concurrency for every editable table: a write names the version the user saw;
 * if someone else saved since, nothing is written and the user gets a conflict.
 *
 * Every write of the registers goes through the helpers below, which also keep the audit log (main/services/audit/):
 * each reads the row before, writes, and records who changed what in the same transaction (opening one when the
 * caller is not in one), so a write that fails or is rolled back leaves no entry, and no service can forget one.
 */
import type { Knex } from 'knex';
import type { AuditValues } from '../../preload/contract';
import { claimWriteLock, diffOf, parentOf, recordChanges, snapshotOf, withContext, type AuditChange, type Row } from './audit';
import { notFound, staleVersion } from './errors';
import { nowIso } from './ids';

/** A table of records: its name in messages ("instytucja", "osoba") and what its delete's entry keeps besides the row. */
export interface RecordKind {
  table: string;
  what: string;
  /** What a delete takes with it (by cascade): a person's roles, an event's leaders and participants… */
  related?: (db: Knex, id: string) => Promise<AuditValues>;
}

/** Values that belong to a record without being its columns (a person's roles, an event's leaders), for its entry. */
export interface AuditExtra {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Runs `work` in the caller's transaction, or in a new one. */
export async function inTransaction<T>(db: Knex, work: (trx: Knex) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction((trx) => work(trx));
}

/** An audited write: in a transaction, holding the write lock before the row before is read (see claimWriteLock). */
function audited<T>(db: Knex, work: (trx: Knex) => Promise<T>): Promise<T> {
  return inTransaction(db, async (trx) => {
    await claimWriteLock(trx);
    return work(trx);
  });
}

async function failWrite(db: Knex, kind: RecordKind, id: string): Promise<never> {
  const exists = await db(kind.table).where({ id }).first('id');
  throw exists ? staleVersion(kind.what) : notFound(kind.what);
}

/** Inserts one row (with its `id`) and records its creation; `extra` adds values that are not columns. */
export async function insertAudited(db: Knex, kind: RecordKind, row: Row, extra?: Record<string, unknown>): Promise<void> {
  await audited(db, async (trx) => {
    await trx(kind.table).insert(row);
    await recordChanges(trx, [
      { table: kind.table, recordId: String(row.id), parent: parentOf(kind.table, row), action: 'create', before: null, after: { ...snapshotOf(row), ...snapshotOf(extra ?? {}) } },
    ]);
  });
}

/**
 * Updates a record if it still has the version the user saw. `extraValues` (values that are not columns) are read after the
 * write lock is taken, so give a function when it reads the database.
 */
export async function updateVersioned(
  db: Knex,
  kind: RecordKind,
  id: string,
  version: number,
  row: Record<string, unknown>,
  extraValues?: AuditExtra | ((trx: Knex) => Promise<AuditExtra>),
): Promise<void> {
  await audited(db, async (trx) => {
    const extra = typeof extraValues === 'function' ? await extraValues(trx) : extraValues;
    const before = (await trx(kind.table).where({ id }).first()) as Row | undefined;
    if (!before) throw notFound(kind.what);
    if (Number(before.version) !== version) throw staleVersion(kind.what);
    const updated = await trx(kind.table)
      .where({ id, version })
      .update({ ...row, version: version + 1, updated_at: nowIso() });
    if (updated === 0) await failWrite(trx, kind, id);
    const diff = diffOf({ ...before, ...extra?.before }, { ...row, ...extra?.after });
    if (diff) await recordChanges(trx, [{ table: kind.table, recordId: id, parent: parentOf(kind.table, before), action: 'update', ...withContext(kind.table, before, diff) }]);
  });
}

export async function deleteVersioned(db: Knex, kind: RecordKind, id: string, version: number): Promise<void> {
  await audited(db, async (trx) => {
    const before = (await trx(kind.table).where({ id }).first()) as Row | undefined;
    if (!before) throw notFound(kind.what);
    if (Number(before.version) !== version) throw staleVersion(kind.what);
    const related = (await kind.related?.(trx, id)) ?? {};
    const deleted = await trx(kind.table).where({ id, version }).delete();
    if (deleted === 0) await failWrite(trx, kind, id);
    await recordChanges(trx, [{ table: kind.table, recordId: id, parent: parentOf(kind.table, before), action: 'delete', before: { ...snapshotOf(before), ...snapshotOf(related) }, after: null }]);
  });
}

/** Which rows a write without a version touches: one id, a list of ids, or a condition. */
export type Target = string | string[] | ((query: Knex.QueryBuilder) => void);

function target(query: Knex.QueryBuilder, which: Target): Knex.QueryBuilder {
  if (typeof which === 'string') return query.where('id', which);
  if (Array.isArray(which)) return query.whereIn('id', which);
  which(query);
  return query;
}

/**
 * Updates rows that carry no version of their own (a membership, a participant's hours, occurrences of a series),
 * recording each row's changed columns; `extra` (per row) adds values that are not columns. Returns the rows updated.
 */
export async function updateAudited(
  db: Knex,
  kind: RecordKind,
  which: Target,
  row: Record<string, unknown>,
  extra?: (before: Row) => Promise<AuditExtra> | AuditExtra,
): Promise<number> {
  if (Array.isArray(which) && which.length === 0) return 0;
  return audited(db, async (trx) => {
    const before = (await target(trx(kind.table).select('*'), which)) as Row[];
    if (before.length === 0) return 0;
    const extras = await Promise.all(before.map(async (old) => (extra ? await extra(old) : {})));
    const updated = await target(trx(kind.table), which).update(row);
    const changes: AuditChange[] = [];
    before.forEach((old, i) => {
      const diff = diffOf({ ...old, ...extras[i]!.before }, { ...row, ...extras[i]!.after });
      if (diff) changes.push({ table: kind.table, recordId: String(old.id), parent: parentOf(kind.table, old), action: 'update', ...withContext(kind.table, old, diff) });
    });
    await recordChanges(trx, changes);
    return updated;
  });
}

/** Deletes rows that carry no version of their own, recording each (with what it takes with it). Returns the rows deleted. */
export async function deleteAudited(db: Knex, kind: RecordKind, which: Target): Promise<number> {
  if (Array.isArray(which) && which.length === 0) return 0;
  return audited(db, async (trx) => {
    const before = (await target(trx(kind.table).select('*'), which)) as Row[];
    if (before.length === 0) return 0;
    const changes: AuditChange[] = [];
    for (const old of before) {
      const related = (await kind.related?.(trx, String(old.id))) ?? {};
      changes.push({ table: kind.table, recordId: String(old.id), parent: parentOf(kind.table, old), action: 'delete', before: { ...snapshotOf(old), ...snapshotOf(related) }, after: null });
    }
    const deleted = await target(trx(kind.table), which).delete();
    await recordChanges(trx, changes);
    return deleted;
  });
}

