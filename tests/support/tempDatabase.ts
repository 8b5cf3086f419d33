/**
 * A fresh database per test. By default a SQLite file in a folder whose name has spaces and Polish letters,
 * as office PCs have ("C:\\Users\\Łukasz\\Moje dokumenty"). With KOOPERATOR_TEST_DATABASE_URL set, tests that can run
 * on either engine get a fresh schema on that PostgreSQL server instead. Everything is removed afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { openRuntime, type Runtime, type RuntimeOptions } from '../../main/runtime';

export function makeTempDir(prefix = 'Kooperator Łódź '): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempDatabase {
  runtime: Runtime;
  /** The SQLite file (for tests of SQLite itself: backups, pragmas); on PostgreSQL a path nothing uses. */
  file: string;
  /** Another client on the same data (a second PC of the office, with its own settings); closed by `cleanup`. */
  openSecondClient(options?: RuntimeOptions): Promise<Runtime>;
  cleanup(): Promise<void>;
}

/** The PostgreSQL server tests run against, when one is configured (see README: "Testy na PostgreSQL"). */
export const TEST_POSTGRES_URL = process.env.KOOPERATOR_TEST_DATABASE_URL;

/** An office's SQLite file and its files, and a schema of its own on the test PostgreSQL server with its files. */
export interface OfficeAndServer {
  office: { sqliteFile: string; filesDir: string };
  server: { postgresUrl: string; schema: string; filesDir: string };
}

/**
 * Runs `use` with an office's SQLite file (not yet created) and a fresh schema on the test PostgreSQL server, in
 * a temporary folder named `label`; the schema and the folder are removed afterwards, whatever `use` did.
 */
export async function withOfficeAndServer<T>(label: string, use: (targets: OfficeAndServer) => Promise<T>): Promise<T> {
  const dir = makeTempDir(label);
  const schema = `copy_${crypto.randomBytes(6).toString('hex')}`;
  try {
    return await use({
      office: { sqliteFile: path.join(dir, 'biuro', 'kooperator.sqlite'), filesDir: path.join(dir, 'biuro', 'pliki') },
      server: { postgresUrl: TEST_POSTGRES_URL!, schema, filesDir: path.join(dir, 'serwer', 'pliki') },
    });
  } finally {
    const admin = knex({ client: 'pg', connection: TEST_POSTGRES_URL });
    await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    await admin.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function openTempDatabase(options: { engine?: 'sqlite' } = {}): Promise<TempDatabase> {
  const dir = makeTempDir();
  const file = path.join(dir, 'dane użytkownika', 'kooperator.sqlite');
  if (TEST_POSTGRES_URL && options.engine !== 'sqlite') {
    const schema = `test_${crypto.randomBytes(6).toString('hex')}`;
    const target = { postgresUrl: TEST_POSTGRES_URL, schema };
    const runtime = await openRuntime(target, { filesDir: path.join(dir, 'pliki') });
    const others: Runtime[] = [];
    return {
      runtime,
      file,
      async openSecondClient(options = {}) {
        const other = await openRuntime(target, { filesDir: path.join(dir, 'pliki'), ...options });
        others.push(other);
        return other;
      },
      async cleanup() {
        for (const other of others) await other.close();
        await runtime.close();
        const admin = knex({ client: 'pg', connection: TEST_POSTGRES_URL });
        await admin.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
        await admin.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const runtime = await openRuntime(file);
  const others: Runtime[] = [];
  return {
    runtime,
    file,
    async openSecondClient(options = {}) {
      const other = await openRuntime(file, { dailyBackup: false, ...options });
      others.push(other);
      return other;
    },
    async cleanup() {
      for (const other of others) await other.close();
      await runtime.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
