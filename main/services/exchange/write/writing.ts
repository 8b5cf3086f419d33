/**
 * What every step of writing a checked exchange file writes with: the transaction, the rows queued for bulk inserts
 * with the audit entries of the import, the counts of records added, updated and unchanged, and the upsert that
 * decides which of the three a record is.
 */
import type { Knex } from 'knex';
import { AUDIT_TABLES, EXCHANGE_ENTITIES, EXCHANGE_RECORD_SCHEMAS, type ExchangeCount, type ExchangeEntity, type ExchangeRecord } from '../../../../preload/contract';
import { AUDIT_LOG, auditRow, diffOf, parentOf, snapshotOf, withContext, type AuditChange } from '../../audit';
import { insertRows, sameRow, type Row } from '../rows';
import type { CheckedFile } from '../validate';

export type Outcome = keyof ExchangeCount;
export type ExchangeCounts = Record<ExchangeEntity, ExchangeCount>;

export function emptyCounts(): ExchangeCounts {
  return Object.fromEntries(EXCHANGE_ENTITIES.map((entity) => [entity, { added: 0, updated: 0, unchanged: 0 }])) as ExchangeCounts;
}

/** Whether changes of a table are audited (series and certificates are not). */
const isAudited = (table: string) => Object.hasOwn(AUDIT_TABLES, table);

/**
 * The import's audit entries, collected and inserted in bulk with the rows they describe. Participants and marks
 * are values of their event's entry, not entries of their own: at 500 000 marks an entry per participant and per
 * mark (989 642 entries against 77 714) took 1.7 times the import's CPU time (docs/exchange-format.md, "Audit"),
 * while the event's entry keeps the same values — who took part, from which institution, each day's status —
 * before and after.
 */
class ImportLog {
  private entries: AuditChange[] = [];

  constructor(
    private readonly userName: string,
    private readonly at: string,
  ) {}

  /** A record added (`before` null: all its values) or changed (the changed values); nothing when nothing changed. */
  imported(table: string, id: string, before: Row | null, after: Row): void {
    if (!isAudited(table)) return;
    const parent = parentOf(table, after);
    if (before === null) {
      this.entries.push({ table, recordId: id, parent, action: 'import', before: null, after: snapshotOf(after) });
      return;
    }
    const diff = diffOf(before, after);
    if (diff) this.entries.push({ table, recordId: id, parent, action: 'import', ...withContext(table, before, diff) });
  }

  /** A child row the file no longer lists, removed from its record. */
  removed(table: string, before: Row): void {
    if (isAudited(table)) this.entries.push({ table, recordId: String(before.id), parent: parentOf(table, before), action: 'delete', before: snapshotOf(before), after: null });
  }

  get size(): number {
    return this.entries.length;
  }

  async flush(db: Knex): Promise<void> {
    if (this.entries.length === 0) return;
    const rows = this.entries.map((change) => auditRow(change, this.at, this.userName));
    this.entries = [];
    await insertRows(db, AUDIT_LOG, rows);
  }
}

/**
 * Rows collected while records are compared, written in foreign-key order whenever a few thousand have gathered
 * (and at the end of each step), so memory holds a bounded batch, never a whole step's 400 000 participants.
 */
const FLUSH_AT = 4000;

export class Inserts {
  private readonly rows = new Map<string, Row[]>();
  private pending = 0;

  constructor(
    private readonly db: Knex,
    readonly log: ImportLog,
  ) {}

  add(table: string, row: Row): void {
    const list = this.rows.get(table);
    if (list) list.push(row);
    else this.rows.set(table, [row]);
    this.pending++;
  }

  /** Writes what is pending once a batch has gathered; `order` lists every table pending, parents first. */
  async flushIfFull(order: string[]): Promise<void> {
    if (this.pending + this.log.size >= FLUSH_AT) await this.flush(order);
  }

  async flush(order: string[]): Promise<void> {
    for (const table of order) {
      const rows = this.rows.get(table);
      this.rows.delete(table);
      if (rows) await insertRows(this.db, table, rows);
    }
    if (this.rows.size) throw new Error(`rows of ${[...this.rows.keys()].join(', ')} left unwritten`);
    this.pending = 0;
    await this.log.flush(this.db);
  }
}

/** What every step writes with: the transaction, the pending inserts (with the audit entries), the import's time. */
export interface Writing {
  db: Knex;
  inserts: Inserts;
  now: string;
  /** Counts a record of `entity` as added, updated or unchanged. */
  count(entity: ExchangeEntity, outcome: Outcome): void;
}

/** A new Writing in `db` at `now`, its audit entries naming `userName`, counting into `counts`. */
export function startWriting(db: Knex, now: string, userName: string, counts: ExchangeCounts): Writing {
  return { db, inserts: new Inserts(db, new ImportLog(userName, now)), now, count: (entity, outcome) => counts[entity][outcome]++ };
}

/** Values of a record that are not its columns (a person's roles, an event's participants), for its audit entry. */
export interface Details {
  before?: Row;
  after?: Row;
}

/**
 * Inserts a new record (queued with the step's inserts, or at once when `queue` is false: rows that later rows
 * of the same step refer to), updates a changed one (version + 1), leaves an unchanged one alone.
 */
export async function upsert(
  w: Writing,
  table: string,
  id: string,
  wanted: Row,
  extra: Row,
  stored: (Row & { version: number }) | undefined,
  partsChanged: boolean,
  details: Details = {},
  queue = true,
): Promise<Outcome> {
  if (!stored) {
    const row = { id, version: 1, ...wanted, ...extra, created_at: w.now, updated_at: w.now };
    if (queue) w.inserts.add(table, row);
    else await w.db(table).insert(row);
    w.inserts.log.imported(table, id, null, { ...wanted, ...details.after });
    return 'added';
  }
  if (!partsChanged && sameRow(stored, wanted)) return 'unchanged';
  await w
    .db(table)
    .where({ id })
    .update({ ...wanted, ...extra, version: stored.version + 1, updated_at: w.now });
  w.inserts.log.imported(table, id, { ...stored, ...details.before }, { ...wanted, ...details.after });
  return 'updated';
}

/** Keyed parts of a record (by id): removes, updates and adds so the stored parts become `wanted`; true if any changed. */
export async function syncParts(w: Writing, table: string, stored: Row[], wanted: Row[], onInsert: Row = {}): Promise<boolean> {
  const storedById = new Map(stored.map((row) => [row.id as string, row]));
  const wantedIds = new Set(wanted.map((row) => row.id as string));
  let changed = false;
  const gone = stored.filter((row) => !wantedIds.has(row.id as string));
  if (gone.length) {
    changed = true;
    for (let i = 0; i < gone.length; i += 500) await w.db(table).whereIn('id', gone.slice(i, i + 500).map((row) => row.id as string)).delete();
    for (const row of gone) w.inserts.log.removed(table, row);
  }
  for (const row of wanted) {
    const before = storedById.get(row.id as string);
    if (!before) {
      changed = true;
      w.inserts.add(table, { ...row, ...onInsert });
      w.inserts.log.imported(table, row.id as string, null, row);
    } else if (!sameRow(before, row)) {
      changed = true;
      await w.db(table).where({ id: row.id as string }).update(row);
      w.inserts.log.imported(table, row.id as string, before, row);
    }
  }
  return changed;
}

export const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Records per chunk: the register's rows for a chunk are read at once, then the chunk is compared and queued. */
const CHUNK = 500;

/** A list's records, parsed again (they passed the check), `size` at a time. */
export function* chunksOf<E extends ExchangeEntity>(file: CheckedFile, entity: E, size = CHUNK): Generator<ExchangeRecord<E>[]> {
  const schema = EXCHANGE_RECORD_SCHEMAS[entity];
  let chunk: ExchangeRecord<E>[] = [];
  for (const item of file.source.items(entity)) {
    chunk.push(schema.parse(item) as ExchangeRecord<E>);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
