/** The two databases of a copy: which may be copied from, and a destination put back as it was when the copy fails. */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type DatabaseTarget } from '../../../db/connection';
import { LATEST_SCHEMA_VERSION, migrationState, rollbackAll, schemaVersion } from '../../../db/migrate';
import type { Runtime } from '../../runtime';
import { ServiceError } from '../../services/errors';

/** A database to copy from or to; `filesDir` overrides where its stored files are (tests; by default as the app). */
export type CopyTarget = DatabaseTarget & { filesDir?: string };

function sameDatabase(a: CopyTarget, b: CopyTarget): boolean {
  if ('sqliteFile' in a && 'sqliteFile' in b) {
    const fold = (file: string) => (process.platform === 'win32' ? path.resolve(file).toLowerCase() : path.resolve(file));
    return fold(a.sqliteFile) === fold(b.sqliteFile);
  }
  if ('postgresUrl' in a && 'postgresUrl' in b) {
    const where = (url: string) => {
      const parsed = new URL(url);
      return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    };
    return where(a.postgresUrl) === where(b.postgresUrl) && (a.schema ?? '') === (b.schema ?? '');
  }
  return false;
}

/** Before anything is opened: two different databases, the source one that exists. */
export function checkTargets(from: CopyTarget, to: CopyTarget): void {
  if (sameDatabase(from, to)) throw new ServiceError('validation', 'Źródło i cel kopiowania to ta sama baza danych.');
  if ('sqliteFile' in from && !fs.existsSync(from.sqliteFile)) throw new ServiceError('validation', `Plik bazy źródłowej ${path.resolve(from.sqliteFile)} nie istnieje.`);
}

/** Why the source's schema is not exactly this program's, or null when it is. */
function schemaProblem(location: string, state: Awaited<ReturnType<typeof migrationState>>): string | null {
  const version = state.applied.at(-1);
  if (version === undefined) return `W bazie źródłowej ${location} nie ma danych Kooperatora (brak schematu).`;
  if (state.unknown.length) return `Baza źródłowa ma schemat nowszy niż ten program (${state.unknown.join(', ')}); użyj nowszej wersji programu.`;
  if (state.pending.length) {
    return `Baza źródłowa ma starszy schemat (${version}); najpierw ją zaktualizuj (kooperator migrate albo uruchomienie programu na tej bazie), potem skopiuj.`;
  }
  return null;
}

/** The source must have exactly this program's schema: every migration applied, none this program does not know. */
export async function checkSource(source: Runtime): Promise<string> {
  const problem = schemaProblem(source.databaseLocation, await migrationState(source.db));
  if (problem) throw new ServiceError('validation', problem);
  return LATEST_SCHEMA_VERSION;
}

/** Before anything is opened: a destination that does not exist yet, or has no schema, is removed again on failure. */
export type DestinationBefore = 'new-file' | 'no-schema' | 'schema';

export async function destinationBefore(to: CopyTarget): Promise<DestinationBefore> {
  if ('sqliteFile' in to && !fs.existsSync(to.sqliteFile)) return 'new-file';
  const probe = openDatabase(to);
  try {
    return (await schemaVersion(probe.db)) === null ? 'no-schema' : 'schema';
  } finally {
    await probe.db.destroy();
  }
}

export async function undoDestination(to: CopyTarget, before: DestinationBefore, destination: Runtime | null): Promise<void> {
  try {
    if (before === 'no-schema' && destination) {
      await rollbackAll(destination.db);
      await destination.db.schema.dropTableIfExists('knex_migrations');
      await destination.db.schema.dropTableIfExists('knex_migrations_lock');
    }
  } finally {
    await destination?.close();
  }
  if (before === 'new-file' && 'sqliteFile' in to) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${path.resolve(to.sqliteFile)}${suffix}`, { force: true });
  }
}
