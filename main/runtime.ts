/**
 * Composition of the service layer, shared by the Electron app, the browser test harness and
 * the command line: open the database, bring its schema up to date, hand out the context.
 */
import { openSqlite } from '../db/connection';
import type { Knex } from 'knex';
import { migrateToLatest } from '../db/migrate';
import { version as appVersion } from '../package.json';
import type { ServiceContext } from './services/context';
import { loadShippedTerritoryIfEmpty } from './services/territory';

export interface Runtime extends ServiceContext {
  close(): Promise<void>;
}

/** Schema up to date and reference data in place: what every start (and `kooperator migrate`) does. */
export async function prepareDatabase(db: Knex): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await loadShippedTerritoryIfEmpty(db);
  return applied;
}

export async function openRuntime(databaseFile: string, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const opened = openSqlite(databaseFile);
  try {
    if (options.migrate ?? true) await prepareDatabase(opened.db);
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
  return {
    db: opened.db,
    engine: opened.engine,
    databaseLocation: opened.location,
    appVersion,
    close: () => opened.db.destroy(),
  };
}
