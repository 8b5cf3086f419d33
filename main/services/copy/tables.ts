/**
 * The tables of a Kooperator database, table by table: which exist, in which order they can be filled (every row
 * after the rows it refers to), how their rows are read in chunks, written, counted and fingerprinted, so that the
 * same rows give the same fingerprint on SQLite and on PostgreSQL.
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Engine } from '../../../db/connection';
import { listTables } from '../app';
import { isBuiltInTemplate } from '../exchange/export/tables';
import { BACKUP_FOLDER_SETTING } from '../backups';
import { STATE_DATE_SETTING } from '../territory';

export interface TableSpec {
  name: string;
  /** The primary key: rows are read in its order, a chunk at a time. */
  key: string[];
  /** Narrows the table to the office's rows, leaving out those that belong to one installation (never copied or replaced). */
  officeRows?: (query: Knex.QueryBuilder) => Knex.QueryBuilder;
  /** A column pointing at another row of the same table: parents are written first, children deleted first. */
  parentColumn?: string;
  /** An integer key numbered by the database: the numbering continues after the copied rows. */
  serial?: boolean;
}

/**
 * Every table of the schema, parents before children. A table that is not listed here (a later migration) makes the
 * copy refuse to start, so nothing is ever left behind silently.
 */
export const TABLES: TableSpec[] = [
  { name: 'territorial_units', key: ['code'] },
  { name: 'subregions', key: ['id'] },
  { name: 'subregion_powiats', key: ['powiat_code'] },
  // The backup folder is a path on one PC; the destination keeps its own.
  { name: 'settings', key: ['key'], officeRows: (q) => q.whereNot('key', BACKUP_FOLDER_SETTING) },
  { name: 'institutions', key: ['id'] },
  { name: 'people', key: ['id'] },
  { name: 'person_roles', key: ['person_id', 'role'] },
  { name: 'projects', key: ['id'] },
  { name: 'project_phases', key: ['id'] },
  { name: 'project_indicators', key: ['id'] },
  { name: 'indicator_phase_targets', key: ['indicator_id', 'phase_id'] },
  { name: 'indicator_values', key: ['id'] },
  { name: 'project_milestones', key: ['id'] },
  { name: 'studies', key: ['id'] },
  { name: 'partnerships', key: ['id'], parentColumn: 'parent_partnership_id' },
  { name: 'partnership_members', key: ['id'] },
  { name: 'partnership_team_people', key: ['id'] },
  { name: 'service_offers', key: ['id'] },
  { name: 'zzk_cases', key: ['id'] },
  { name: 'zzk_case_problems', key: ['case_id', 'category'] },
  { name: 'zzk_goals', key: ['id'] },
  { name: 'document_templates', key: ['id'] },
  { name: 'agreements', key: ['id'] },
  { name: 'agreement_parties', key: ['id'] },
  { name: 'event_series', key: ['id'] },
  { name: 'events', key: ['id'] },
  { name: 'event_leaders', key: ['event_id', 'person_id', 'role'] },
  { name: 'event_day_headcounts', key: ['event_id', 'day'] },
  { name: 'event_participants', key: ['id'] },
  { name: 'attendance', key: ['participant_id', 'day'] },
  { name: 'event_attachments', key: ['id'] },
  { name: 'certificates', key: ['id'] },
  { name: 'audit_log', key: ['id'], serial: true },
];

/** The rows of a table that are copied (all of them, but for the installation's own settings). */
export function copiedRows(db: Knex, table: TableSpec): Knex.QueryBuilder {
  const query = db(table.name);
  return table.officeRows ? table.officeRows(query) : query;
}

/** Tables of the database the copy does not know (a newer schema): listed, so the copy can refuse. */
export async function unknownTables(db: Knex, engine: Engine): Promise<string[]> {
  const known = new Set(TABLES.map((t) => t.name));
  return (await listTables(db, engine)).filter((name) => !known.has(name));
}

export type ColumnKind = 'boolean' | 'number' | 'text';

export interface Column {
  name: string;
  kind: ColumnKind;
  /** The most characters the column holds (PostgreSQL enforces it, SQLite does not); null when unlimited. */
  maxLength: number | null;
}

function kindOf(type: string): ColumnKind {
  const t = type.toLowerCase();
  if (t.includes('bool')) return 'boolean';
  if (/int|double|float|real|numeric|decimal/.test(t)) return 'number';
  return 'text';
}

/** The table's columns as the database declares them, sorted by name. */
export async function columnsOf(db: Knex, engine: Engine, table: string): Promise<Column[]> {
  let columns: Column[];
  if (engine === 'sqlite') {
    const rows = (await db.raw('SELECT name, type FROM pragma_table_info(?)', [table])) as { name: string; type: string }[];
    columns = rows.map((row) => {
      const length = /\((\d+)\)/.exec(row.type);
      return { name: row.name, kind: kindOf(row.type), maxLength: length ? Number(length[1]) : null };
    });
  } else {
    const rows = (await db('information_schema.columns')
      .select({ name: 'column_name', type: 'data_type', maxLength: 'character_maximum_length' })
      .where('table_schema', db.raw('current_schema()'))
      .andWhere('table_name', table)) as { name: string; type: string; maxLength: number | null }[];
    columns = rows.map((row) => ({ name: row.name, kind: kindOf(row.type), maxLength: row.maxLength === null ? null : Number(row.maxLength) }));
  }
  return columns.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Row = Record<string, unknown>;

/** A value as both engines mean it: SQLite keeps booleans as 0 and 1, PostgreSQL as true and false. */
function normalise(value: unknown, kind: ColumnKind): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return typeof value === 'string' ? ['1', 't', 'true'].includes(value.toLowerCase()) : Boolean(value);
  return value;
}

/** A row ready to be written to the other engine: its columns only, booleans as booleans. */
export function normaliseRow(row: Row, columns: Column[]): Row {
  const out: Row = {};
  for (const column of columns) out[column.name] = normalise(row[column.name], column.kind);
  return out;
}

/**
 * The fingerprint of a set of rows: the sum (mod 2^64) of a SHA-256 of each normalised row. A sum does not depend
 * on the order rows are read in (which differs between engines' collations), and any changed value changes it.
 */
export class Fingerprint {
  private sum = 0n;
  count = 0;

  add(row: Row, columns: Column[]): void {
    const values = columns.map((column) => [column.name, normalise(row[column.name], column.kind)]);
    const digest = createHash('sha256').update(JSON.stringify(values)).digest();
    this.sum = (this.sum + digest.readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
    this.count += 1;
  }

  get value(): string {
    return this.sum.toString(16).padStart(16, '0');
  }
}

/** Reads the copied rows of a table in chunks, in key order, without holding the whole table in memory. */
export async function* readChunks(db: Knex, table: TableSpec, size = 2000): AsyncGenerator<Row[]> {
  let after: Knex.Value[] | null = null;
  for (;;) {
    let query = copiedRows(db, table).select('*');
    if (after) {
      const last = after;
      // A row-value comparison: the next rows after the last key read (both engines understand it).
      query = query.whereRaw(`(${table.key.map(() => '??').join(', ')}) > (${table.key.map(() => '?').join(', ')})`, [...table.key, ...last]);
    }
    for (const column of table.key) query = query.orderBy(column);
    const rows = (await query.limit(size)) as Row[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < size) return;
    const lastRow = rows[rows.length - 1]!;
    after = table.key.map((column) => lastRow[column] as Knex.Value);
  }
}

/** Parents before their children (a ZZK after its PZK); rows whose parent is not among them keep their place. */
export function parentsFirst(rows: Row[], parentColumn: string, key: string): Row[] {
  const byId = new Map(rows.map((row) => [row[key], row]));
  const placed = new Set<unknown>();
  const ordered: Row[] = [];
  const place = (row: Row, depth: number): void => {
    if (placed.has(row[key])) return;
    const parent = byId.get(row[parentColumn]);
    // A cycle cannot be written in any order; the database refuses it and says so.
    if (parent && parent !== row && depth < rows.length) place(parent, depth + 1);
    placed.add(row[key]);
    ordered.push(row);
  };
  for (const row of rows) place(row, 0);
  return ordered;
}

/** Deletes the office's rows of a table; with a parent column, rows no other row points at go first. */
export async function deleteRows(db: Knex, table: TableSpec): Promise<void> {
  if (!table.parentColumn) {
    await copiedRows(db, table).delete();
    return;
  }
  const parent = table.parentColumn;
  for (;;) {
    const deleted = await copiedRows(db, table)
      .whereNotIn(table.key[0]!, db(table.name).select(parent).whereNotNull(parent))
      .delete();
    if (deleted === 0) break;
  }
  // Whatever is left points at itself in a circle: deleted in one statement.
  await copiedRows(db, table).delete();
}

/**
 * How many rows go in one INSERT: PostgreSQL takes up to 65 535 parameters; knex writes SQLite's multi-row insert
 * as a compound SELECT, which SQLite limits to 500 terms.
 */
export function insertChunkSize(engine: Engine, columnCount: number): number {
  const byParameters = Math.max(1, Math.floor(30_000 / Math.max(1, columnCount)));
  return engine === 'sqlite' ? Math.min(400, byParameters) : byParameters;
}

/** After rows with explicit ids, PostgreSQL's sequence must continue after the highest (SQLite's does so itself). */
export async function continueNumbering(db: Knex, engine: Engine, table: TableSpec): Promise<void> {
  if (engine !== 'postgresql' || !table.serial) return;
  const column = table.key[0]!;
  await db.raw(`SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(??), 1), MAX(??) IS NOT NULL) FROM ??`, [table.name, column, column, column, table.name]);
}

/**
 * What the database holds of an office's data, per table: every row but the reference data every installation has
 * (TERYT, its state date, the built-in templates unchanged) and the PC's own backup folder. Empty: nothing to lose.
 */
export async function officeData(db: Knex): Promise<Record<string, number>> {
  const held: Record<string, number> = {};
  for (const table of TABLES) {
    let count: number;
    if (table.name === 'territorial_units') continue;
    if (table.name === 'settings') {
      const row = (await db('settings').whereNotIn('key', [BACKUP_FOLDER_SETTING, STATE_DATE_SETTING]).count({ n: '*' }).first()) as { n: number | string };
      count = Number(row.n);
    } else if (table.name === 'document_templates') {
      const rows = (await db('document_templates').select('kind', 'name', 'body')) as { kind: string; name: string; body: string }[];
      count = rows.filter((row) => !isBuiltInTemplate(row)).length;
    } else {
      const row = (await db(table.name).count({ n: '*' }).first()) as { n: number | string };
      count = Number(row.n);
    }
    if (count > 0) held[table.name] = count;
  }
  return held;
}
