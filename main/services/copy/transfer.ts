/**
 * Copying the tables of one open database into another, inside the caller's transactions: every table, parents
 * first, after the destination's office rows are deleted, children first. What was read is fingerprinted, so that
 * the written tables can be compared with it (compare.ts).
 */
import type { Knex } from 'knex';
import type { Engine } from '../../../db/connection';
import { refusalReason } from '../databaseErrors';
import { ServiceError } from '../errors';
import { pluralForm, type PluralForms } from '../language/plural';
import {
  columnsOf,
  continueNumbering,
  deleteRows,
  Fingerprint,
  insertChunkSize,
  normaliseRow,
  parentsFirst,
  readChunks,
  TABLES,
  unknownTables,
  type Column,
  type TableSpec,
} from './tables';

/** An open database, as the copy reads or writes it. */
export interface CopySide {
  db: Knex;
  engine: Engine;
}

/** A counted noun in its Polish form: "1 wiersz", "3 wiersze", "5 wierszy", "12 500 wierszy". */
function counted(count: number, forms: PluralForms): string {
  return `${count.toLocaleString('pl-PL')} ${pluralForm(count, forms)}`;
}

export const rowsText = (count: number) => counted(count, ['wiersz', 'wiersze', 'wierszy']);

export async function refuseUnknownTables(side: CopySide, name: string): Promise<void> {
  const unknown = await unknownTables(side.db, side.engine);
  if (unknown.length) {
    throw new ServiceError('validation', `${name} zawiera tabele, których kopiowanie nie obsługuje (${unknown.join(', ')}); nic nie skopiowano.`);
  }
}

/** The columns of every table; both sides must have the same ones (they have the same schema version). */
export async function columnsOfBoth(source: CopySide, destination: CopySide): Promise<Map<string, Column[]>> {
  const all = new Map<string, Column[]>();
  for (const table of TABLES) {
    const from = await columnsOf(source.db, source.engine, table.name);
    const to = await columnsOf(destination.db, destination.engine, table.name);
    const names = (columns: Column[]) => columns.map((c) => c.name).join(', ');
    if (names(from) !== names(to)) {
      throw new ServiceError('validation', `Tabela ${table.name} ma w źródle inne kolumny (${names(from)}) niż w celu (${names(to)}); nic nie skopiowano.`);
    }
    all.set(table.name, to);
  }
  return all;
}

function keyOf(table: TableSpec, row: Record<string, unknown>): string {
  return table.key.map((column) => String(row[column])).join(' / ');
}

/** PostgreSQL refuses text longer than its column and NUL characters; SQLite never checked. Say which row, before the server does. */
function checkLengths(table: TableSpec, rows: Record<string, unknown>[], columns: Column[]): void {
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column.name];
      if (typeof value !== 'string') continue;
      if (value.includes('\u0000')) {
        throw new ServiceError(
          'validation',
          `Tabela ${table.name}, wiersz ${keyOf(table, row)}: pole ${column.name} zawiera znak NUL, którego PostgreSQL nie przyjmuje. Usuń go z tego rekordu w źródle; nic nie skopiowano.`,
        );
      }
      if (column.maxLength === null) continue;
      const length = [...value].length;
      if (length > column.maxLength) {
        throw new ServiceError(
          'validation',
          `Tabela ${table.name}, wiersz ${keyOf(table, row)}: pole ${column.name} ma ${counted(length, ['znak', 'znaki', 'znaków'])}, a baza docelowa przyjmuje najwyżej ${column.maxLength}. Popraw ten rekord w źródle; nic nie skopiowano.`,
        );
      }
    }
  }
}

async function writeRows(dst: Knex, engine: Engine, table: TableSpec, rows: Record<string, unknown>[], columns: Column[]): Promise<void> {
  if (engine === 'postgresql') checkLengths(table, rows, columns);
  const size = insertChunkSize(engine, columns.length);
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size).map((row) => normaliseRow(row, columns));
    try {
      if (engine === 'postgresql') {
        // One JSON parameter instead of one per value: the server turns it into rows of the table's own type.
        const names = columns.map((column) => column.name);
        await dst.raw(`INSERT INTO ?? (${names.map(() => '??').join(', ')}) SELECT ${names.map(() => '??').join(', ')} FROM json_populate_recordset(NULL::??, ?)`, [
          table.name,
          ...names,
          ...names,
          table.name,
          JSON.stringify(chunk),
        ]);
      } else {
        await dst(table.name).insert(chunk);
      }
    } catch (error) {
      // knex puts the SQL statement before the server's message: the user gets the reason only.
      const reason = refusalReason(error) ?? (error instanceof Error ? error.message.split(' - ').pop()! : String(error));
      throw new ServiceError('conflict', `Baza docelowa odrzuciła wiersze tabeli ${table.name} (${reason}); nic nie skopiowano.`);
    }
  }
}

/** Copies one table; returns the fingerprint of what was read from the source. */
async function copyTable(src: Knex, dst: Knex, engine: Engine, table: TableSpec, columns: Column[], progress: (rows: number) => void): Promise<Fingerprint> {
  const read = new Fingerprint();
  if (table.parentColumn) {
    // A handful of rows that may point at each other: all at once, parents first.
    const rows: Record<string, unknown>[] = [];
    for await (const chunk of readChunks(src, table)) rows.push(...chunk);
    for (const row of rows) read.add(row, columns);
    await writeRows(dst, engine, table, parentsFirst(rows, table.parentColumn, table.key[0]!), columns);
    return read;
  }
  let reported = 0;
  for await (const chunk of readChunks(src, table)) {
    for (const row of chunk) read.add(row, columns);
    await writeRows(dst, engine, table, chunk, columns);
    if (read.count - reported >= 100_000) {
      reported = read.count;
      progress(read.count);
    }
  }
  return read;
}

/** Rows of a table copied so far (`done` false, every 100 000 rows) or all of them (`done` true). */
export type TableProgress = (table: string, rows: number, done: boolean) => void;

/**
 * Replaces the destination's office rows with the source's, table by table; returns the fingerprint of what was
 * read from each table.
 */
export async function copyTables(src: Knex, dst: Knex, engine: Engine, columns: Map<string, Column[]>, progress: TableProgress): Promise<Map<string, Fingerprint>> {
  for (const table of [...TABLES].reverse()) await deleteRows(dst, table);
  const read = new Map<string, Fingerprint>();
  for (const table of TABLES) {
    const fingerprint = await copyTable(src, dst, engine, table, columns.get(table.name)!, (rows) => progress(table.name, rows, false));
    await continueNumbering(dst, engine, table);
    read.set(table.name, fingerprint);
    progress(table.name, fingerprint.count, true);
  }
  return read;
}
