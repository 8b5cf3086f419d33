/**
 * The settings of one PC (stanowisko), kept in `ustawienia-stanowiska.json` beside the default database in the
 * data folder: who works here and which database this PC opens at start. They are not in the database, because an
 * office sharing one PostgreSQL server has many PCs, each with its own user. No Electron here: the app, the browser
 * harness and the tests use the same code; only the SecretStore differs (see secretStore.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseTarget } from '../../db/connection';
import { workstationSettingsFile, type StoredDatabaseChoice, type WorkstationSettingsData } from '../../preload/contract/schemas/connection';
import type { Workstation } from '../services/context';
import { defaultDataDir, DATABASE_FILE_NAME } from './paths';
import type { SecretStore } from './secretStore';

export const WORKSTATION_SETTINGS_FILE_NAME = 'ustawienia-stanowiska.json';

export function defaultWorkstationSettingsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultDataDir(env), WORKSTATION_SETTINGS_FILE_NAME);
}

const EMPTY: WorkstationSettingsData = { version: 1, userName: null, database: null };

export class WorkstationSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkstationSettingsError';
  }
}

/** The file's settings; a missing file is an empty one, a damaged one an error that names the file. */
export function readWorkstationSettings(file: string): WorkstationSettingsData {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...EMPTY };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WorkstationSettingsError(`Plik ustawień stanowiska ${file} nie jest poprawnym plikiem JSON. Popraw go albo usuń (ustawienia wrócą do domyślnych).`);
  }
  const parsed = workstationSettingsFile.safeParse(json);
  if (!parsed.success) throw new WorkstationSettingsError(`Plik ustawień stanowiska ${file} ma błędy: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'plik'}: ${issue.message}`).join('; ')}. Popraw go albo usuń.`);
  return parsed.data;
}

/** Written whole to a temporary file and renamed over the old one: a crash never leaves half a file. */
export function writeWorkstationSettings(file: string, data: WorkstationSettingsData): void {
  const checked = workstationSettingsFile.parse(data);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(checked, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
  fs.renameSync(temporary, file);
}

export interface WorkstationOptions {
  /** The settings file; null keeps the settings in memory only (tests, the command line). */
  file: string | null;
  secrets: SecretStore;
  defaultSqliteFile: string;
  overriddenBy?: string | null;
  /** Starting values of an in-memory store. */
  initial?: Partial<WorkstationSettingsData>;
}

/** This PC's settings, read once and written through on every change. */
export function createWorkstation(options: WorkstationOptions): Workstation {
  let data: WorkstationSettingsData = options.file ? readWorkstationSettings(options.file) : { ...EMPTY, ...options.initial };
  const update = (patch: Partial<WorkstationSettingsData>) => {
    const next = { ...data, ...patch };
    if (options.file) writeWorkstationSettings(options.file, next);
    data = next;
  };
  return {
    userName: () => data.userName?.trim() || null,
    setUserName: (name) => update({ userName: name?.trim() ? name.trim().slice(0, 200) : null }),
    database: () => data.database,
    saveDatabase: (choice) => update({ database: choice }),
    secrets: options.secrets,
    file: options.file,
    defaultSqliteFile: options.defaultSqliteFile,
    overriddenBy: options.overriddenBy ?? null,
  };
}

/** For the command line and tests: nothing to encrypt with, so a password is never saved. */
export const NO_SECRET_STORE: SecretStore = {
  kind: 'harness-aes-256-gcm',
  available: () => false,
  unavailableReason: () => 'W tym trybie uruchomienia ustawienia stanowiska nie są zapisywane na dysku.',
  encrypt: () => {
    throw new Error('Szyfrowanie haseł nie jest dostępne w tym trybie uruchomienia');
  },
  decrypt: () => {
    throw new Error('Szyfrowanie haseł nie jest dostępne w tym trybie uruchomienia');
  },
};

export function memoryWorkstation(initial: Partial<WorkstationSettingsData> = {}): Workstation {
  return createWorkstation({ file: null, secrets: NO_SECRET_STORE, defaultSqliteFile: path.join(defaultDataDir(), DATABASE_FILE_NAME), initial });
}

// ---------------------------------------------------------------------------------------------------------
// Which database a start opens

export interface PostgresParts {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

/** A connection URL; every part escaped, so a password with `@`, `/` or Polish letters stays one password. */
export function postgresUrlOf(parts: PostgresParts): string {
  const host = parts.host.includes(':') && !parts.host.startsWith('[') ? `[${parts.host}]` : parts.host;
  const auth = `${encodeURIComponent(parts.user)}${parts.password ? `:${encodeURIComponent(parts.password)}` : ''}`;
  return `postgres://${auth}@${host}:${parts.port}/${encodeURIComponent(parts.database)}`;
}

/** The saved PostgreSQL password in plain text, for connecting only; never shown, never written back. */
export function savedPassword(choice: Extract<StoredDatabaseChoice, { engine: 'postgresql' }>, secrets: SecretStore): string {
  if (!choice.passwordEncrypted) return '';
  if (choice.passwordEncryptedBy !== secrets.kind) {
    throw new WorkstationSettingsError('Zapisane hasło do bazy PostgreSQL zaszyfrowano w innym trybie uruchomienia. Wpisz je ponownie w Ustawieniach.');
  }
  return secrets.decrypt(Buffer.from(choice.passwordEncrypted, 'base64'));
}

export interface StartChoiceInput {
  /** `--db FILE` */
  dbArgument?: string | undefined;
  /** `--database-url postgres://…` */
  databaseUrlArgument?: string | undefined;
  env: NodeJS.ProcessEnv;
  saved: StoredDatabaseChoice | null;
  secrets: SecretStore;
  defaultSqliteFile: string;
}

export interface StartChoice {
  target: DatabaseTarget;
  /** What chose it over the settings file, for Ustawienia ("--db", "KOOPERATOR_DATABASE_URL"…); null: the file or the default. */
  overriddenBy: string | null;
}

/**
 * The database of this start: the command line wins (`--database-url`, then `--db`), then the environment
 * (KOOPERATOR_DATABASE_URL, then KOOPERATOR_DB), then the settings file, then the default SQLite file.
 */
export function chooseStartDatabase(input: StartChoiceInput): StartChoice {
  if (input.databaseUrlArgument) return { target: { postgresUrl: input.databaseUrlArgument }, overriddenBy: '--database-url' };
  if (input.dbArgument) return { target: { sqliteFile: path.resolve(input.dbArgument) }, overriddenBy: '--db' };
  if (input.env.KOOPERATOR_DATABASE_URL) return { target: { postgresUrl: input.env.KOOPERATOR_DATABASE_URL }, overriddenBy: 'KOOPERATOR_DATABASE_URL' };
  if (input.env.KOOPERATOR_DB) return { target: { sqliteFile: path.resolve(input.env.KOOPERATOR_DB) }, overriddenBy: 'KOOPERATOR_DB' };
  const saved = input.saved;
  if (saved?.engine === 'postgresql') return { target: { postgresUrl: postgresUrlOf({ ...saved, password: savedPassword(saved, input.secrets) }) }, overriddenBy: null };
  return { target: { sqliteFile: path.resolve(saved?.file ?? input.defaultSqliteFile) }, overriddenBy: null };
}

/** The value of `--name VALUE` or `--name=VALUE` in a process's arguments. */
export function argumentValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

export interface WorkstationStartInput {
  dbArgument?: string | undefined;
  databaseUrlArgument?: string | undefined;
  env: NodeJS.ProcessEnv;
  settingsFile: string;
  secrets: SecretStore;
  defaultSqliteFile: string;
}

/** A start of the app or the harness: this PC's settings from their file, and the database they (or the command line) choose. */
export function prepareWorkstationStart(input: WorkstationStartInput): { target: DatabaseTarget; workstation: Workstation } {
  const saved = readWorkstationSettings(input.settingsFile).database;
  const choice = chooseStartDatabase({ ...input, saved });
  const workstation = createWorkstation({ file: input.settingsFile, secrets: input.secrets, defaultSqliteFile: input.defaultSqliteFile, overriddenBy: choice.overriddenBy });
  return { target: choice.target, workstation };
}
