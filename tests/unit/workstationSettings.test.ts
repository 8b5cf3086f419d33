/** This PC's settings file: read, written, validated; which database a start opens; the harness's own password cipher. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarnessSecretStore } from '../../main/config/secretStore';
import {
  argumentValue,
  chooseStartDatabase,
  createWorkstation,
  NO_SECRET_STORE,
  postgresUrlOf,
  prepareWorkstationStart,
  readWorkstationSettings,
  savedPassword,
  writeWorkstationSettings,
} from '../../main/config/workstationSettings';
import { dispatch } from '../../main/ipc/dispatch';
import type { ServiceContext } from '../../main/services/context';
import { makeTempDir } from '../support/tempDatabase';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir('Kooperator stanowisko Żółć ');
  file = path.join(dir, 'Dane użytkownika', 'ustawienia-stanowiska.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const PASSWORD = 'Zażółć gęślą jaźń @/:?#%';

function harnessStore() {
  return createHarnessSecretStore(path.join(dir, 'Dane użytkownika', 'klucz.bin'));
}

/** Only what connection channels read of a context: no database needed for them. */
function contextWith(workstation: ServiceContext['workstation']): ServiceContext {
  return { engine: 'sqlite', databaseLocation: path.join(dir, 'kooperator.sqlite'), workstation } as ServiceContext;
}

describe('the settings file', () => {
  it('is empty when missing, keeps what is written, and names itself and the problem when damaged', () => {
    expect(readWorkstationSettings(file)).toEqual({ version: 1, userName: null, database: null });
    writeWorkstationSettings(file, { version: 1, userName: 'Łucja Żak', database: { engine: 'sqlite', file: 'D:\\Dane biura\\kooperator.sqlite' } });
    expect(readWorkstationSettings(file)).toEqual({ version: 1, userName: 'Łucja Żak', database: { engine: 'sqlite', file: 'D:\\Dane biura\\kooperator.sqlite' } });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['ustawienia-stanowiska.json']); // no temporary file left

    fs.writeFileSync(file, '{ "version": 1, ');
    expect(() => readWorkstationSettings(file)).toThrow(`Plik ustawień stanowiska ${file} nie jest poprawnym plikiem JSON`);
    fs.writeFileSync(file, JSON.stringify({ version: 1, database: { engine: 'postgresql', host: 'serwer', port: 70000, database: 'k', user: 'u', passwordEncrypted: null, passwordEncryptedBy: null } }));
    expect(() => readWorkstationSettings(file)).toThrow('database.port: Port musi być liczbą od 1 do 65535');
  });

  it('a workstation writes every change through, and a second reader sees it', () => {
    const workstation = createWorkstation({ file, secrets: harnessStore(), defaultSqliteFile: path.join(dir, 'kooperator.sqlite') });
    expect(workstation.userName()).toBeNull();
    workstation.setUserName('  Jan Ślęzak  ');
    expect(createWorkstation({ file, secrets: harnessStore(), defaultSqliteFile: '' }).userName()).toBe('Jan Ślęzak');
    workstation.setUserName('');
    expect(readWorkstationSettings(file).userName).toBeNull();
  });
});

describe('saving the database choice', () => {
  it('keeps the password only encrypted: the file never holds it in plain text, and connection.get never returns it', async () => {
    const workstation = createWorkstation({ file, secrets: harnessStore(), defaultSqliteFile: path.join(dir, 'kooperator.sqlite') });
    const ctx = contextWith(workstation);
    const saved = await dispatch(ctx, 'connection.save', { engine: 'postgresql', host: 'serwer.rops.local', port: 5433, database: 'kooperator', user: 'biuro', password: PASSWORD });
    expect(saved).toMatchObject({ ok: true, value: { restartRequired: true, saved: { engine: 'postgresql', host: 'serwer.rops.local', port: 5433, passwordSaved: true } } });
    expect(JSON.stringify(saved)).not.toContain(PASSWORD);

    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    const stored = readWorkstationSettings(file).database;
    expect(stored).toMatchObject({ engine: 'postgresql', passwordEncryptedBy: 'harness-aes-256-gcm' });
    if (stored?.engine !== 'postgresql') throw new Error('expected PostgreSQL');
    expect(savedPassword(stored, harnessStore())).toBe(PASSWORD);

    const view = await dispatch(ctx, 'connection.get', {});
    expect(view).toMatchObject({ ok: true, value: { saved: { engine: 'postgresql', passwordSaved: true }, settingsFile: file, encryption: { available: true } } });
    expect(JSON.stringify(view)).not.toContain('passwordEncrypted');

    // An empty password field keeps the saved one; another server or user does not inherit it.
    await dispatch(ctx, 'connection.save', { engine: 'postgresql', host: 'serwer.rops.local', port: 5433, database: 'kooperator2', user: 'biuro', password: '' });
    expect(readWorkstationSettings(file).database).toMatchObject({ database: 'kooperator2', passwordEncrypted: stored.passwordEncrypted });
    await dispatch(ctx, 'connection.save', { engine: 'postgresql', host: 'inny', port: 5433, database: 'kooperator2', user: 'biuro', password: '' });
    expect(readWorkstationSettings(file).database).toMatchObject({ host: 'inny', passwordEncrypted: null });

    // Back to SQLite.
    expect(await dispatch(ctx, 'connection.save', { engine: 'sqlite', file: '' })).toMatchObject({ ok: true, value: { saved: { engine: 'sqlite', file: null } } });
    expect(readWorkstationSettings(file).database).toEqual({ engine: 'sqlite', file: null });
  });

  it('refuses to save a password where it cannot be encrypted, and leaves the file as it was', async () => {
    writeWorkstationSettings(file, { version: 1, userName: 'Łucja Żak', database: null });
    const before = fs.readFileSync(file, 'utf8');
    const ctx = contextWith(createWorkstation({ file, secrets: NO_SECRET_STORE, defaultSqliteFile: '' }));
    const refused = await dispatch(ctx, 'connection.save', { engine: 'postgresql', host: 'serwer', port: 5432, database: 'kooperator', user: 'biuro', password: PASSWORD });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', fieldErrors: { password: 'Hasła nie da się zaszyfrować na tym komputerze' } } });
    if (!refused.ok) expect(refused.error.message).toContain('w postaci jawnej nie zapisujemy go nigdy');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('checks the form with Polish messages', async () => {
    const ctx = contextWith(createWorkstation({ file, secrets: harnessStore(), defaultSqliteFile: '' }));
    expect(await dispatch(ctx, 'connection.save', { engine: 'postgresql', host: 'serwer rops', port: 0, database: '', user: '', password: '' })).toMatchObject({
      ok: false,
      error: {
        fieldErrors: {
          host: expect.stringContaining('Adres serwera może zawierać tylko litery'),
          port: 'Port musi być liczbą od 1 do 65535',
          database: 'Pole „Baza danych” jest wymagane',
          user: 'Pole „Użytkownik” jest wymagane',
        },
      },
    });
    expect(await dispatch(ctx, 'connection.save', { engine: 'sqlite', file: 'C:\\dane\\kooperator.txt' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { file: 'Plik bazy SQLite musi mieć rozszerzenie .sqlite, .sqlite3 albo .db' } },
    });
    expect(await dispatch(ctx, 'connection.save', { engine: 'mysql' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('the harness’s own password cipher', () => {
  it('encrypts with a random IV, refuses a changed blob, and keeps its key file private', () => {
    const store = harnessStore();
    const a = store.encrypt(PASSWORD);
    expect(a.equals(store.encrypt(PASSWORD))).toBe(false);
    expect(harnessStore().decrypt(a)).toBe(PASSWORD);
    const tampered = Buffer.from(a);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => store.decrypt(tampered)).toThrow('Nie można odszyfrować zapisanego hasła');
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, 'Dane użytkownika', 'klucz.bin')).mode & 0o077).toBe(0);
    // Another key (another harness folder) cannot read it.
    expect(() => createHarnessSecretStore(path.join(dir, 'inny klucz.bin')).decrypt(a)).toThrow('Nie można odszyfrować');
  });
});

describe('the database of a start', () => {
  const base = { env: {}, saved: null, secrets: NO_SECRET_STORE, defaultSqliteFile: path.resolve('domyślna.sqlite') };

  it('command line first, then environment, then the settings file, then the default file', () => {
    const saved = { engine: 'sqlite' as const, file: path.resolve('z pliku.sqlite') };
    expect(chooseStartDatabase({ ...base, saved, databaseUrlArgument: 'postgres://a@b/c', dbArgument: 'x.sqlite' })).toEqual({ target: { postgresUrl: 'postgres://a@b/c' }, overriddenBy: '--database-url' });
    expect(chooseStartDatabase({ ...base, saved, dbArgument: 'x.sqlite', env: { KOOPERATOR_DATABASE_URL: 'postgres://e@f/g' } })).toEqual({ target: { sqliteFile: path.resolve('x.sqlite') }, overriddenBy: '--db' });
    expect(chooseStartDatabase({ ...base, saved, env: { KOOPERATOR_DATABASE_URL: 'postgres://e@f/g', KOOPERATOR_DB: 'y.sqlite' } })).toMatchObject({ overriddenBy: 'KOOPERATOR_DATABASE_URL' });
    expect(chooseStartDatabase({ ...base, saved, env: { KOOPERATOR_DB: 'y.sqlite' } })).toEqual({ target: { sqliteFile: path.resolve('y.sqlite') }, overriddenBy: 'KOOPERATOR_DB' });
    expect(chooseStartDatabase({ ...base, saved })).toEqual({ target: { sqliteFile: saved.file }, overriddenBy: null });
    expect(chooseStartDatabase(base)).toEqual({ target: { sqliteFile: base.defaultSqliteFile }, overriddenBy: null });
    expect(argumentValue(['electron', '.', '--db', 'C:\\a b.sqlite'], '--db')).toBe('C:\\a b.sqlite');
    expect(argumentValue(['electron', '--database-url=postgres://x@y/z'], '--database-url')).toBe('postgres://x@y/z');
  });

  it('a saved PostgreSQL server opens with its decrypted password, every part escaped', () => {
    const secrets = harnessStore();
    const workstation = createWorkstation({ file, secrets, defaultSqliteFile: '' });
    workstation.saveDatabase({
      engine: 'postgresql',
      host: 'serwer.rops.local',
      port: 5433,
      database: 'kooperator biuro',
      user: 'łucja',
      passwordEncrypted: secrets.encrypt(PASSWORD).toString('base64'),
      passwordEncryptedBy: secrets.kind,
    });
    const start = prepareWorkstationStart({ env: {}, settingsFile: file, secrets, defaultSqliteFile: '' });
    expect(start.workstation.overriddenBy).toBeNull();
    if (!('postgresUrl' in start.target)) throw new Error('expected PostgreSQL');
    const url = new URL(start.target.postgresUrl);
    expect([decodeURIComponent(url.username), decodeURIComponent(url.password), url.hostname, url.port, decodeURIComponent(url.pathname)]).toEqual([
      'łucja',
      PASSWORD,
      'serwer.rops.local',
      '5433',
      '/kooperator biuro',
    ]);
    expect(postgresUrlOf({ host: '::1', port: 5432, database: 'k', user: 'u', password: '' })).toBe('postgres://u@[::1]:5432/k');
    // A password encrypted by the app's safeStorage is not read with the harness's key: a clear message instead.
    workstation.saveDatabase({ ...(workstation.database() as object), passwordEncryptedBy: 'electron-safeStorage' } as never);
    expect(() => prepareWorkstationStart({ env: {}, settingsFile: file, secrets, defaultSqliteFile: '' })).toThrow('zaszyfrowano w innym trybie uruchomienia');
  });
});
