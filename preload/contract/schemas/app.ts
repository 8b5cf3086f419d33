/** The database engines, by their own names (not translated). */
export const DATABASE_ENGINE_NAMES = { sqlite: 'SQLite', postgresql: 'PostgreSQL' } as const;
export type DatabaseEngine = keyof typeof DATABASE_ENGINE_NAMES;

/** What the app reports about itself and its database (Ustawienia, `kooperator info`). */
export interface AppInfo {
  appVersion: string;
  databaseEngine: DatabaseEngine;
  /** File path for SQLite, host/database for PostgreSQL; never a password. */
  databaseLocation: string;
  schemaVersion: string;
  rowCounts: Record<string, number>;
}
