/**
 * Ustawienia → Baza danych: which database this PC opens at start. "Sprawdź połączenie" really connects to the
 * PostgreSQL server typed in the form and reads its version and schema; saving writes this PC's settings (the
 * password only through the SecretStore) and takes effect at the next start. The password never goes back to
 * the renderer.
 */
import knex, { type Knex } from 'knex';
import { migrationState } from '../../../db/migrate';
import type {
  ConnectionSaved,
  ConnectionSettings,
  ConnectionTestResult,
  DatabaseChoiceSave,
  DatabaseChoiceView,
  PostgresConnection,
  SecretStoreKind,
  StoredDatabaseChoice,
} from '../../../preload/contract/schemas/connection';
import { savedPassword } from '../../config/workstationSettings';
import type { ServiceContext, Workstation } from '../context';
import { ServiceError } from '../errors';
import { pluralForm } from '../language/plural';

const CONNECT_TIMEOUT_MS = 5000;

export function viewOf(choice: StoredDatabaseChoice): DatabaseChoiceView {
  if (choice.engine === 'sqlite') return { engine: 'sqlite', file: choice.file };
  return { engine: 'postgresql', host: choice.host, port: choice.port, database: choice.database, user: choice.user, passwordSaved: choice.passwordEncrypted !== null };
}

export function connectionSettings(ctx: Pick<ServiceContext, 'engine' | 'databaseLocation' | 'workstation'>): ConnectionSettings {
  const { workstation } = ctx;
  const saved = workstation.database();
  return {
    current: { engine: ctx.engine, location: ctx.databaseLocation },
    saved: saved ? viewOf(saved) : null,
    defaultSqliteFile: workstation.defaultSqliteFile,
    settingsFile: workstation.file ?? '(tylko w pamięci)',
    overriddenBy: workstation.overriddenBy,
    encryption: { available: workstation.secrets.available(), reason: workstation.secrets.unavailableReason() },
  };
}

/** The PostgreSQL choice this PC saved, when it is for the same server and user; whose password an empty field keeps. */
function savedForSameServer(workstation: Workstation, input: Pick<PostgresConnection, 'host' | 'port' | 'user'>) {
  const saved = workstation.database();
  return saved?.engine === 'postgresql' && saved.host === input.host && saved.port === input.port && saved.user === input.user ? saved : null;
}

/** The password to use: the one typed, or else the one saved for the same server and user. */
function passwordFor(workstation: Workstation, input: PostgresConnection): string {
  if (input.password) return input.password;
  const saved = savedForSameServer(workstation, input);
  if (!saved) return '';
  try {
    return savedPassword(saved, workstation.secrets);
  } catch (error) {
    throw new ServiceError('validation', error instanceof Error ? error.message : String(error), { password: 'Wpisz hasło ponownie' });
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
  errors?: PgLikeError[];
}

/** A failed connection in words an office worker can act on, with the form field to look at. */
export function describeConnectionError(error: unknown, input: Pick<PostgresConnection, 'host' | 'port' | 'database' | 'user'>): ServiceError {
  const e = (error ?? {}) as PgLikeError;
  // Node reports "localhost" tried over IPv6 and IPv4 as one AggregateError: its first reason speaks for it.
  const code = e.code ?? e.errors?.[0]?.code ?? '';
  const message = e.message ?? '';
  const where = `${input.host}:${input.port}`;
  const fail = (text: string, field: string) => new ServiceError('validation', text, { [field]: text });
  switch (code) {
    case '28P01':
      return fail(`Złe hasło użytkownika „${input.user}” (albo nie ma takiego użytkownika na serwerze ${where}).`, 'password');
    case '28000':
      return fail(`Serwer ${where} nie wpuszcza użytkownika „${input.user}” z tego komputera (pg_hba.conf) albo nie ma takiego użytkownika.`, 'user');
    case '3D000':
      return fail(`Na serwerze ${where} nie ma bazy danych „${input.database}”. Poproś administratora o jej utworzenie albo popraw nazwę.`, 'database');
    case '42501':
      return fail(`Użytkownik „${input.user}” nie ma uprawnień do bazy „${input.database}”.`, 'user');
    case 'ECONNREFUSED':
      return fail(`Serwer ${where} odrzucił połączenie: na tym porcie nie działa PostgreSQL albo blokuje go zapora. Sprawdź adres i port.`, 'port');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return fail(`Nie znaleziono komputera „${input.host}” w sieci. Sprawdź adres serwera.`, 'host');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return fail(`Serwer ${where} jest nieosiągalny z tego komputera (brak trasy w sieci).`, 'host');
    case 'ETIMEDOUT':
      return fail(`Serwer ${where} nie odpowiedział w ciągu ${CONNECT_TIMEOUT_MS / 1000} s. Sprawdź adres, port i zaporę sieciową.`, 'host');
  }
  // pg's words when the server asks for a password and none was given.
  if (/client password must be a string|password authentication .*no password|no password was provided/i.test(message)) {
    return fail(`Serwer ${where} wymaga hasła użytkownika „${input.user}”. Wpisz hasło.`, 'password');
  }
  if (/timeout/i.test(message) || /timed out/i.test(message)) {
    return fail(`Serwer ${where} nie odpowiedział w ciągu ${CONNECT_TIMEOUT_MS / 1000} s. Sprawdź adres, port i zaporę sieciową.`, 'host');
  }
  if (/SSL|TLS/i.test(message)) return fail(`Serwer ${where} wymaga połączenia szyfrowanego, którego ten program nie ustawia.`, 'host');
  return fail(`Nie udało się połączyć z serwerem ${where}: ${message || String(error)}`, 'host');
}

function openTestConnection(input: PostgresConnection, password: string): Knex {
  return knex({
    client: 'pg',
    connection: { host: input.host, port: input.port, database: input.database, user: input.user, password, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    pool: { min: 0, max: 1 },
    acquireConnectionTimeout: CONNECT_TIMEOUT_MS + 2000,
    // A refused connection is this check's answer, told to the user in Polish; knex need not also print it.
    log: { warn: () => undefined, error: () => undefined, deprecate: () => undefined, debug: () => undefined },
  });
}

export async function testConnection(ctx: Pick<ServiceContext, 'workstation'>, input: PostgresConnection): Promise<ConnectionTestResult> {
  const db = openTestConnection(input, passwordFor(ctx.workstation, input));
  try {
    let serverVersion: string;
    try {
      const result = (await db.raw('SHOW server_version')) as { rows: { server_version: string }[] };
      serverVersion = `PostgreSQL ${result.rows[0]?.server_version.split(' ')[0] ?? '?'}`;
    } catch (error) {
      throw describeConnectionError(error, input);
    }
    const { applied, unknown, pending: toApply } = await migrationState(db);
    if (unknown.length > 0) {
      throw new ServiceError(
        'validation',
        `Połączono (${serverVersion}), ale baza „${input.database}” ma nowszy schemat (${unknown.at(-1)}) niż ta wersja programu. Zaktualizuj Kooperatora na tym komputerze.`,
      );
    }
    const pending = toApply.length;
    const schemaVersion = applied.at(-1) ?? null;
    const message =
      schemaVersion === null
        ? `Połączono: ${serverVersion}. Baza „${input.database}” jest pusta – program utworzy w niej tabele przy pierwszym uruchomieniu.`
        : pending > 0
          ? `Połączono: ${serverVersion}. Schemat bazy ${schemaVersion}; przy uruchomieniu program zastosuje ${pending} ${pluralForm(pending, ['migrację', 'migracje', 'migracji'])}.`
          : `Połączono: ${serverVersion}. Schemat bazy jest aktualny (${schemaVersion}).`;
    return { serverVersion, schemaVersion, pendingMigrations: pending, message };
  } finally {
    await db.destroy();
  }
}

const RESTART = 'Zapisano. Program połączy się z wybraną bazą po ponownym uruchomieniu.';

export function saveConnection(ctx: Pick<ServiceContext, 'workstation'>, input: DatabaseChoiceSave): ConnectionSaved {
  const { workstation } = ctx;
  let choice: StoredDatabaseChoice;
  if (input.engine === 'sqlite') {
    choice = { engine: 'sqlite', file: input.file };
  } else {
    const before = savedForSameServer(workstation, input);
    let passwordEncrypted: string | null = null;
    let passwordEncryptedBy: SecretStoreKind | null = null;
    if (input.password) {
      if (!workstation.secrets.available()) {
        const reason = workstation.secrets.unavailableReason() ?? 'szyfrowanie nie jest dostępne';
        throw new ServiceError('validation', `Nie zapisano: hasła nie da się tu zaszyfrować (${reason}), a w postaci jawnej nie zapisujemy go nigdy.`, {
          password: 'Hasła nie da się zaszyfrować na tym komputerze',
        });
      }
      passwordEncrypted = workstation.secrets.encrypt(input.password).toString('base64');
      passwordEncryptedBy = workstation.secrets.kind;
    } else if (before) {
      // An empty field keeps the password saved for the same server and user.
      passwordEncrypted = before.passwordEncrypted;
      passwordEncryptedBy = before.passwordEncryptedBy;
    }
    choice = { engine: 'postgresql', host: input.host, port: input.port, database: input.database, user: input.user, passwordEncrypted, passwordEncryptedBy };
  }
  try {
    workstation.saveDatabase(choice);
  } catch (error) {
    throw new ServiceError('validation', `Nie udało się zapisać ustawień stanowiska: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { saved: viewOf(choice), restartRequired: true, message: RESTART };
}
