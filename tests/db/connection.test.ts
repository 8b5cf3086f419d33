/**
 * "Sprawdź połączenie" against a real PostgreSQL server (KOOPERATOR_TEST_DATABASE_URL): the server's version and
 * schema, or the exact reason in Polish – a wrong password, a missing database, a closed port, an unknown host.
 */
import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations';
import { createHarnessSecretStore } from '../../main/config/secretStore';
import { createWorkstation } from '../../main/config/workstationSettings';
import { dispatch } from '../../main/ipc/dispatch';
import type { ServiceContext } from '../../main/services/context';
import type { ConnectionTestResult } from '../../preload/contract';
import { unwrap } from '../support/results';
import { makeTempDir, TEST_POSTGRES_URL } from '../support/tempDatabase';
import { connectionFieldsOf, serverChecksPasswords, TRUST_NOTE } from '../support/postgresAuth';

let dir: string;
let ctx: ServiceContext;
beforeEach(() => {
  dir = makeTempDir();
  const workstation = createWorkstation({
    file: path.join(dir, 'ustawienia-stanowiska.json'),
    secrets: createHarnessSecretStore(path.join(dir, 'klucz.bin')),
    defaultSqliteFile: path.join(dir, 'kooperator.sqlite'),
  });
  ctx = { engine: 'sqlite', databaseLocation: path.join(dir, 'kooperator.sqlite'), workstation } as ServiceContext;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('checking a connection that cannot be made', () => {
  it('names a closed port and an unknown host', async () => {
    expect(await dispatch(ctx, 'connection.test', { host: '127.0.0.1', port: 1, database: 'kooperator', user: 'biuro', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('Serwer 127.0.0.1:1 odrzucił połączenie'), fieldErrors: { port: expect.any(String) } },
    });
    expect(await dispatch(ctx, 'connection.test', { host: 'nie-ma-takiego-serwera.invalid', port: 5432, database: 'kooperator', user: 'biuro', password: 'x' })).toMatchObject({
      ok: false,
      error: { message: 'Nie znaleziono komputera „nie-ma-takiego-serwera.invalid” w sieci. Sprawdź adres serwera.', fieldErrors: { host: expect.any(String) } },
    });
  });
});

/** Work on the test server over a connection of its own. */
async function onServer<T>(work: (db: Knex) => Promise<T>): Promise<T> {
  const db = knex({ client: 'pg', connection: TEST_POSTGRES_URL, pool: { min: 0, max: 1 } });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

describe.skipIf(!TEST_POSTGRES_URL)('checking a connection to PostgreSQL', () => {
  const fields = connectionFieldsOf(TEST_POSTGRES_URL ?? 'postgres://x@localhost/x');

  it('reports the server version and the schema with the right password', async () => {
    const result = unwrap<ConnectionTestResult>(await dispatch(ctx, 'connection.test', fields));
    expect(result.serverVersion).toMatch(/^PostgreSQL \d+(\.\d+)?/);
    expect(result.message).toMatch(/^Połączono: PostgreSQL \d/);
    // The user's default schema as the server resolves it ("$user", then public), read here on its own.
    const applied = await onServer(async (db) => ((await db.schema.hasTable('knex_migrations')) ? Number(((await db('knex_migrations').count({ n: '*' }).first()) as { n: number | string }).n) : 0));
    expect(result.pendingMigrations).toBe(Object.keys(MIGRATIONS).length - applied);
  });

  it('counts the migrations a server still needs in Polish, and refuses a schema newer than this program', async () => {
    // A schema named like the user comes first in PostgreSQL's search path: the check reads it instead of public.
    const known = Object.keys(MIGRATIONS).sort();
    await onServer(async (db) => {
      await db.raw('CREATE SCHEMA ??', [fields.user]);
      await db.schema.withSchema(fields.user).createTable('knex_migrations', (t) => t.string('name'));
      await db.withSchema(fields.user).table('knex_migrations').insert(known.slice(0, -5).map((name) => ({ name })));
    });
    try {
      const result = unwrap<ConnectionTestResult>(await dispatch(ctx, 'connection.test', fields));
      expect(result).toMatchObject({ schemaVersion: known.at(-6), pendingMigrations: 5 });
      expect(result.message).toContain(`przy uruchomieniu program zastosuje 5 migracji.`);
      await onServer((db) => db.withSchema(fields.user).table('knex_migrations').insert({ name: '20991231_999_z_przyszlosci' }));
      expect(await dispatch(ctx, 'connection.test', fields)).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringContaining('ma nowszy schemat (20991231_999_z_przyszlosci) niż ta wersja programu') },
      });
    } finally {
      await onServer((db) => db.raw('DROP SCHEMA ?? CASCADE', [fields.user]));
    }
  });

  it('says the password is wrong, and which database is missing', async (test) => {
    expect(await dispatch(ctx, 'connection.test', { ...fields, database: 'nie_ma_takiej_bazy' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('nie ma bazy danych „nie_ma_takiej_bazy”'), fieldErrors: { database: expect.any(String) } },
    });
    test.skip(!(await serverChecksPasswords(fields)), TRUST_NOTE);
    expect(await dispatch(ctx, 'connection.test', { ...fields, password: 'złe hasło' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: `Złe hasło użytkownika „${fields.user}” (albo nie ma takiego użytkownika na serwerze ${fields.host}:${fields.port}).`, fieldErrors: { password: expect.any(String) } },
    });
  });

  it('an empty password field uses the password saved for the same server', async (test) => {
    unwrap(await dispatch(ctx, 'connection.save', { engine: 'postgresql', ...fields }));
    // (The test server's password may equal its user's name, so only the password's own field is searched.)
    const stored = (JSON.parse(fs.readFileSync(path.join(dir, 'ustawienia-stanowiska.json'), 'utf8')) as { database: { passwordEncrypted: string } }).database.passwordEncrypted;
    expect(stored).not.toContain(fields.password);
    expect(Buffer.from(stored, 'base64').toString('latin1')).not.toContain(fields.password);
    expect(await dispatch(ctx, 'connection.test', { ...fields, password: '' })).toMatchObject({ ok: true });
    test.skip(!(await serverChecksPasswords(fields)), TRUST_NOTE);
    expect(await dispatch(ctx, 'connection.test', { ...fields, password: 'złe hasło' })).toMatchObject({ ok: false });
  });
});
