/**
 * Composition of the service layer, shared by the Electron app, the browser test harness and
 * the command line: open the database, bring its schema up to date, hand out the context.
 */
import { openSqlite } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { version as appVersion } from '../package.json';
import type { ServiceContext } from './services/context';

export interface Runtime extends ServiceContext {
  close(): Promise<void>;
}

export async function openRuntime(databaseFile: string, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const opened = openSqlite(databaseFile);
  try {
    if (options.migrate ?? true) await migrateToLatest(opened.db);
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
