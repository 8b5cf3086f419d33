/**
 * "Sprawdź połączenie" against a real PostgreSQL server (KOOPERATOR_TEST_DATABASE_URL): the server's version and
 * schema, or the exact reason in Polish – a wrong password, a missing database, a closed port, an unknown host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe.skipIf(!TEST_POSTGRES_URL)('checking a connection to PostgreSQL', () => {
  const fields = connectionFieldsOf(TEST_POSTGRES_URL ?? 'postgres://x@localhost/x');

  it('reports the server version and the schema with the right password', async () => {
    const result = unwrap<ConnectionTestResult>(await dispatch(ctx, 'connection.test', fields));
    expect(result.serverVersion).toMatch(/^PostgreSQL \d+(\.\d+)?/);
    expect(result.message).toMatch(/^Połączono: PostgreSQL \d/);
    expect(result.pendingMigrations).toBeGreaterThanOrEqual(0);
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
