/**
 * Settings of one PC (stanowisko), not of the shared database: which database this PC opens at start and who
 * works at it. They live in a JSON file in the user's data folder (ustawienia-stanowiska.json), validated by
 * `workstationSettingsFile`; the password of a PostgreSQL server is kept there only encrypted (Electron's
 * safeStorage in the app), never in plain text, and never travels back to the renderer.
 */
import { z } from 'zod';
import * as f from './fields';
import { officeSave } from './office';

const host = f.text({ error: 'Podaj adres serwera PostgreSQL' })
  .trim()
  .min(1, 'Podaj adres serwera PostgreSQL')
  .max(253, 'Adres serwera może mieć najwyżej 253 znaki')
  .regex(/^[\p{L}\d.:_-]+$/u, 'Adres serwera może zawierać tylko litery, cyfry, kropki, dwukropki, myślniki i podkreślenia (np. 192.168.1.10 albo serwer.rops.local)');

const port = z
  .number({ error: 'Port musi być liczbą' })
  .int('Port musi być liczbą całkowitą')
  .min(1, 'Port musi być liczbą od 1 do 65535')
  .max(65535, 'Port musi być liczbą od 1 do 65535');

const databaseName = f.requiredText('Baza danych', 63);
const user = f.requiredText('Użytkownik', 63);
const password = f.text({ error: 'Hasło musi być tekstem' }).max(200, 'Hasło może mieć najwyżej 200 znaków');

/** The fields of a PostgreSQL server as typed in Ustawienia. */
export const postgresConnection = z.object({ host, port: port.default(5432), database: databaseName, user, password });
export type PostgresConnection = z.output<typeof postgresConnection>;

/** "Sprawdź połączenie": the password typed, or (left empty) the one saved for this PC. */
export const connectionTest = postgresConnection.extend({ password: password.optional().default('') });

const sqliteFile = f.text({ error: 'Ścieżka pliku bazy musi być tekstem' })
  .trim()
  .max(1000, 'Ścieżka pliku bazy może mieć najwyżej 1000 znaków')
  .refine((value) => value === '' || /\.(sqlite3?|db)$/i.test(value), 'Plik bazy SQLite musi mieć rozszerzenie .sqlite, .sqlite3 albo .db')
  .nullish()
  .transform((value) => (value ? value : null));

/** What Ustawienia saves: SQLite (a file, or null for the default one in the data folder) or a PostgreSQL server. */
export const databaseChoiceSave = z.discriminatedUnion(
  'engine',
  [
    z.object({ engine: z.literal('sqlite'), file: sqliteFile }),
    // An empty password keeps the one saved before (the form never receives it back).
    postgresConnection.extend({ engine: z.literal('postgresql'), password: password.optional().default('') }),
  ],
  { error: 'Wybierz rodzaj bazy danych: SQLite albo PostgreSQL' },
);
export type DatabaseChoiceSave = z.output<typeof databaseChoiceSave>;

// ---------------------------------------------------------------------------------------------------------
// The file itself

/** Who encrypted a saved password: Electron's safeStorage (the app) or the browser harness's own key file. */
export const SECRET_STORE_KINDS = ['electron-safeStorage', 'harness-aes-256-gcm'] as const;
export type SecretStoreKind = (typeof SECRET_STORE_KINDS)[number];

const storedDatabase = z.discriminatedUnion('engine', [
  z.object({ engine: z.literal('sqlite'), file: f.text().min(1).nullable() }),
  z.object({
    engine: z.literal('postgresql'),
    host,
    port,
    database: databaseName,
    user,
    /** The password, encrypted, in base64; null when none is needed (trust, peer). */
    passwordEncrypted: f.text().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Zaszyfrowane hasło musi być zapisane w base64').nullable(),
    passwordEncryptedBy: z.enum(SECRET_STORE_KINDS).nullable(),
  }),
]);
export type StoredDatabaseChoice = z.output<typeof storedDatabase>;

export const workstationSettingsFile = z.object({
  version: z.literal(1, { error: 'Nieznana wersja pliku ustawień stanowiska' }),
  /** Who works at this PC: the audit log's "who". */
  userName: f.text().trim().max(200, 'Imię i nazwisko może mieć najwyżej 200 znaków').nullable().default(null),
  /** The database this PC opens at start; null: the default SQLite file in the data folder. */
  database: storedDatabase.nullable().default(null),
});
export type WorkstationSettingsData = z.output<typeof workstationSettingsFile>;

// ---------------------------------------------------------------------------------------------------------
// What the renderer sees

/** The database as the renderer may see it: never the password, only whether one is saved. */
export type DatabaseChoiceView =
  | { engine: 'sqlite'; file: string | null }
  | { engine: 'postgresql'; host: string; port: number; database: string; user: string; passwordSaved: boolean };

export interface ConnectionSettings {
  /** The database open now (engine and a password-free location). */
  current: { engine: 'sqlite' | 'postgresql'; location: string };
  /** What this PC's settings file says (null: nothing saved, the default SQLite file). */
  saved: DatabaseChoiceView | null;
  /** The default SQLite file of this PC, shown when SQLite is chosen without a file. */
  defaultSqliteFile: string;
  /** Where these settings are kept. */
  settingsFile: string;
  /** A command-line option or environment variable that wins over the file at start, if any. */
  overriddenBy: string | null;
  /** Whether a password can be saved encrypted on this PC; the reason when it cannot. */
  encryption: { available: boolean; reason: string | null };
}

export interface ConnectionTestResult {
  /** e.g. "PostgreSQL 16.4" */
  serverVersion: string;
  /** The newest migration the database has, or null when it is empty (the schema is made at first start). */
  schemaVersion: string | null;
  /** Migrations the app would apply at start. */
  pendingMigrations: number;
  /** A one-line Polish summary for the form. */
  message: string;
}

export interface ConnectionSaved {
  saved: DatabaseChoiceView;
  /** Always true: the database is opened at start; the message says so. */
  restartRequired: true;
  message: string;
}

/** The user's name alone, as the office wizard asks for it. */
export const userNameSave = officeSave.pick({ userName: true });
