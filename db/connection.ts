/**
 * Opens the database. SQLite is the default (one file per office PC); the same knex code
 * runs on a shared PostgreSQL server where an office outgrows one PC.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import knex, { type Knex } from 'knex';
import Client_SQLite3 from 'knex/lib/dialects/sqlite3';
import type pg from 'pg';
import type { DatabaseEngine } from '../preload/contract';

/** The contract's engines (their display names live there too). */
export type Engine = DatabaseEngine;

export interface OpenedDatabase {
  db: Knex;
  engine: Engine;
  /** File path or a password-free server address, for display. */
  location: string;
}

/**
 * Per-connection SQLite settings: referential integrity is off by default in SQLite;
 * WAL lets the app read while a backup or import writes; the busy timeout waits out
 * a second process (the command line) instead of failing at once.
 */
const SQLITE_PRAGMAS = ['PRAGMA foreign_keys = ON', 'PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL', 'PRAGMA busy_timeout = 5000'];

/**
 * knex's SQLite client, with one change: when SQLite has already rolled a transaction back itself (a full disk,
 * SQLITE_FULL; an I/O error), knex's own ROLLBACK fails with "cannot rollback - no transaction is active", and that
 * error took the place of the real one. The transaction is rolled back either way, so that ROLLBACK succeeds and the
 * caller gets the real reason.
 */
class SqliteClient extends Client_SQLite3 {
  override async _query(connection: unknown, query: { sql?: string }): Promise<unknown> {
    try {
      return await super._query(connection, query);
    } catch (error) {
      if (/^\s*ROLLBACK\b/i.test(query.sql ?? '') && /no transaction is active/i.test((error as Error).message)) return query;
      throw error;
    }
  }
}

export function openSqlite(file: string): OpenedDatabase {
  const absolute = path.resolve(file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const db = knex({
    client: SqliteClient as unknown as typeof Knex.Client,
    connection: { filename: absolute },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { exec(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) {
        conn.exec(SQLITE_PRAGMAS.join('; '), (err) => done(err, conn));
      },
    },
  });
  return { db, engine: 'sqlite', location: absolute };
}

/** A read-only connection that changes nothing in the file (no WAL switch): for checking backups. */
export function openSqliteReadOnly(file: string): OpenedDatabase {
  const absolute = path.resolve(file);
  const db = knex({
    client: 'sqlite3',
    // knex always asks for read-write; the URI's mode=ro is stricter and wins.
    connection: { filename: `${pathToFileURL(absolute).href}?mode=ro`, flags: ['OPEN_URI'] },
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
  return { db, engine: 'sqlite', location: absolute };
}

/**
 * A process killed while writing leaves a WAL that only a read-write connection may recover: a read-only one then
 * answers SQLITE_READONLY ("attempt to write a readonly database") although the file is sound.
 */
export function needsWalRecovery(error: unknown, file: string): boolean {
  return (error as { code?: string } | null)?.code === 'SQLITE_READONLY' && fs.existsSync(`${path.resolve(file)}-wal`);
}

/** Lets SQLite recover the WAL a killed process left (what the next writer would do first anyway). */
export async function recoverWal(file: string): Promise<void> {
  const { db } = openSqlite(file);
  try {
    await db.raw('PRAGMA schema_version');
  } finally {
    await db.destroy();
  }
}

/** Runs `work` on a read-only connection; a WAL left by a killed writer is recovered first, then it runs again. */
export async function withReadOnly<T>(file: string, work: (db: Knex) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const { db } = openSqliteReadOnly(file);
    try {
      await db.raw('PRAGMA busy_timeout = 5000'); // another process may be writing right now
      return await work(db);
    } catch (error) {
      if (attempt > 0 || !needsWalRecovery(error, file)) throw error;
    } finally {
      await db.destroy();
    }
    await recoverWal(file);
  }
}

/**
 * A shared PostgreSQL server. `schema` puts the tables in their own schema (tests give each test one);
 * the location shown to users never contains the password.
 */
export function openPostgres(url: string, schema?: string): OpenedDatabase {
  const db = knex({ client: 'pg', connection: url, searchPath: schema ? [schema] : undefined, pool: { min: 0, max: 10 } });
  // COUNT(*) and SUM of integers are bigint in PostgreSQL, which pg returns as strings; our counts fit a number.
  // Set on the driver knex has just loaded: pg is loaded only for a PostgreSQL database (8 MB that SQLite offices
  // never need, docs/performance.md, item 6).
  const driver = (db.client as { driver: typeof pg }).driver;
  driver.types.setTypeParser(driver.types.builtins.INT8, (value: string) => Number(value));
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  return { db, engine: 'postgresql', location: schema ? `${where} (schemat ${schema})` : where };
}

/** Where the data lives: a SQLite file on this PC, or a shared PostgreSQL server. */
export type DatabaseTarget = { sqliteFile: string } | { postgresUrl: string; schema?: string };

export function openDatabase(target: DatabaseTarget): OpenedDatabase {
  return 'postgresUrl' in target ? openPostgres(target.postgresUrl, target.schema) : openSqlite(target.sqliteFile);
}
