/**
 * The register's tables as the exchange reads and writes them: row shapes, bulk loading in chunks (SQLite
 * limits bound parameters), batched inserts, and comparing a stored row with the row a file asks for.
 */
import type { Knex } from 'knex';

export type {
  AgreementRow,
  AttendanceRow,
  CertificateRow,
  EventRow,
  HeadcountRow,
  IndicatorRow,
  IndicatorValueRow,
  InstitutionRow,
  MemberRow,
  MilestoneRow,
  OfferRow,
  ParticipantRow,
  PartnershipRow,
  PartyRow,
  PersonRow,
  PhaseRow,
  ProjectRow,
  StudyRow,
  TargetRow,
  TeamPersonRow,
  TemplateRow,
} from '../../../db/rows';

/**
 * Rows per `INSERT … VALUES` statement: up to 400, and never more bound variables than SQLite's 32 766
 * (docs/performance.md, section 1: 400-row statements load the bulk tables about a third faster than 100).
 */
const INSERT_ROWS = 400;
const MAX_VARIABLES = 32_766;
const WHERE_IN_CHUNK = 500;

export type Row = Record<string, unknown>;

export interface CaseRow {
  id: string;
  version: number;
  partnership_id: string;
  case_code: string;
  has_ipw: boolean | number;
  opened_on: string | null;
  closed_on: string | null;
  outcome: string | null;
}

export interface GoalRow {
  id: string;
  case_id: string;
  position: number;
  description: string;
  status: string;
}

export interface SeriesRow {
  id: string;
  version: number;
  rule: string;
}

/** A file kept with an event, as the exchange file describes it (never its bytes). */
export interface AttachmentRow {
  id: string;
  event_id: string;
  path: string;
  name: string;
  sha256: string;
  kind: string;
  caption: string | null;
  taken_on: string | null;
  in_summary: boolean | number;
  created_at: string;
}

export interface LeaderRow {
  event_id: string;
  person_id: string;
  role: string;
}

/** Rows whose `column` is one of `values`, in chunks. */
export async function rowsWhereIn<T>(db: Knex, table: string, column: string, values: Iterable<string>): Promise<T[]> {
  const list = [...new Set(values)];
  const rows: T[] = [];
  for (let i = 0; i < list.length; i += WHERE_IN_CHUNK) rows.push(...((await db(table).whereIn(column, list.slice(i, i + WHERE_IN_CHUNK)).select('*')) as T[]));
  return rows;
}

/** Which of `ids` exist in `table` (column `column`). */
export async function existing(db: Knex, table: string, ids: Iterable<string>, column = 'id'): Promise<Set<string>> {
  const list = [...new Set(ids)];
  const found = new Set<string>();
  for (let i = 0; i < list.length; i += WHERE_IN_CHUNK) {
    for (const value of (await db(table).whereIn(column, list.slice(i, i + WHERE_IN_CHUNK)).pluck(column)) as string[]) found.add(value);
  }
  return found;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inserts rows with plain `INSERT INTO t (…) VALUES (…), (…)` statements (SQLite and PostgreSQL alike). knex's own
 * multi-row insert is a compound `SELECT … UNION ALL` on SQLite, capped at 500 terms and slower to compile. Rows
 * of one table have the same columns here; a row with a value left undefined (the column's default) goes
 * through knex instead, which writes DEFAULT for it.
 */
export async function insertRows(db: Knex, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const batch = Math.max(1, Math.min(INSERT_ROWS, Math.floor(MAX_VARIABLES / columns.length)));
  const head = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const bindings: unknown[] = [];
    let plain = true;
    for (const row of slice) {
      if (Object.keys(row).length !== columns.length) plain = false;
      for (const column of columns) {
        const value = row[column];
        if (value === undefined) plain = false;
        bindings.push(value);
      }
    }
    if (plain) await db.raw(head + Array(slice.length).fill(tuple).join(', '), bindings as Knex.RawBinding[]);
    else await db(table).insert(slice);
  }
}

export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** One representation per value whatever the driver returns: SQLite booleans are 0/1, absent is null. */
function normal(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** The stored row already holds every value of `wanted`. */
export function sameRow(stored: object, wanted: object): boolean {
  return Object.keys(wanted).every((key) => {
    const a = normal((stored as Row)[key]);
    const b = normal((wanted as Row)[key]);
    if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b) && (a === null) === (b === null);
    return a === b;
  });
}

/** Two lists of rows hold the same values (in order). */
export function sameRows(stored: readonly object[], wanted: readonly object[]): boolean {
  return stored.length === wanted.length && stored.every((row, i) => sameRow(row, wanted[i]!));
}
