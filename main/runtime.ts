/**
 * Composition of the service layer, shared by the Electron app, the browser test harness and
 * the command line: open the database, bring its schema up to date, hand out the context.
 */
import { openSqlite } from '../db/connection';
import path from 'node:path';
import type { Knex } from 'knex';
import { migrateToLatest } from '../db/migrate';
import { version as appVersion } from '../package.json';
import type { PdfPrinter, ServiceContext } from './services/context';
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

export interface RuntimeOptions {
  migrate?: boolean;
  /** How PDFs are printed; the Electron app passes printToPDF. */
  printPdf?: PdfPrinter;
}

/** Until a real printer is wired in, printing says so instead of failing obscurely. */
const noPrinter: PdfPrinter = async () => {
  throw new Error('Drukowanie do PDF nie jest dostępne w tym trybie uruchomienia');
};

export async function openRuntime(databaseFile: string, options: RuntimeOptions = {}): Promise<Runtime> {
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
    filesDir: path.join(path.dirname(opened.location), 'pliki'),
    printPdf: options.printPdf ?? noPrinter,
    close: () => opened.db.destroy(),
  };
}
