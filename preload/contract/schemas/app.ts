/** What the app reports about itself and its database (Ustawienia, `kooperator info`). */
export interface AppInfo {
  appVersion: string;
  databaseEngine: 'sqlite' | 'postgresql';
  /** File path for SQLite, host/database for PostgreSQL; never a password. */
  databaseLocation: string;
  schemaVersion: string;
  rowCounts: Record<string, number>;
}
