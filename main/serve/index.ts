/**
 * `npm run serve`: the renderer in any browser, against the real services on a real SQLite file.
 * Usage: node dist/serve.js [--db FILE | --database-url postgres://…] [--port N] [--settings FILE]
 *
 * Without --db/--database-url (or their variables) the database is the one chosen in Ustawienia, kept in the
 * harness's own settings file (HARNESS_SETTINGS_FILE_NAME in the data folder, or beside the --db file), with
 * passwords encrypted by the harness's own key file (main/config/secretStore.ts), never by the app's.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE_NAME, defaultDataDir } from '../config/paths';
import { createHarnessSecretStore, HARNESS_KEY_FILE_NAME } from '../config/secretStore';
import { prepareWorkstationStart } from '../config/workstationSettings';
import { openRuntime } from '../runtime';
import { createChromiumPrinter } from '../platform/chromiumPrinter';
import { startHarness } from './server';

/** Not the app's ustawienia-stanowiska.json: the harness encrypts with its own key, which the app could not read. */
const HARNESS_SETTINGS_FILE_NAME = 'ustawienia-stanowiska-przegladarka.json';

async function main() {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, 'database-url': { type: 'string' }, port: { type: 'string', default: '4321' }, settings: { type: 'string' } },
  });
  const folder = values.db ? path.dirname(path.resolve(values.db)) : defaultDataDir();
  const settingsFile = path.resolve(values.settings ?? path.join(folder, HARNESS_SETTINGS_FILE_NAME));
  const { target, workstation } = prepareWorkstationStart({
    dbArgument: values.db,
    databaseUrlArgument: values['database-url'],
    env: process.env,
    settingsFile,
    secrets: createHarnessSecretStore(path.join(path.dirname(settingsFile), HARNESS_KEY_FILE_NAME)),
    defaultSqliteFile: path.join(defaultDataDir(), DATABASE_FILE_NAME),
  });
  const printer = createChromiumPrinter();
  // Like the app: the page can show while SQLite checks the file; what may write waits for the verdict.
  const runtime = await openRuntime(target, { printPdf: printer, workstation, owner: { program: 'Kooperator w przeglądarce', beforeWhat: 'przed otwarciem jej tutaj' }, checkBesideStart: true });
  const harness = await startHarness({
    context: runtime,
    rendererDir: path.join(__dirname, 'renderer'),
    port: Number(values.port),
  });
  console.log(`Kooperator (przeglądarka): ${harness.url}  baza: ${runtime.databaseLocation}`);
  // A damaged file (found while the page may already read): nothing was written; the harness says so and stops.
  runtime.verdict.catch((error: unknown) => {
    console.error(`Nie udało się uruchomić: ${error instanceof Error ? error.message : String(error)}`);
    void harness
      .close()
      .then(() => Promise.all([runtime.close(), printer.close()]))
      .finally(() => process.exit(1));
  });
  const stop = () => {
    void harness
      .close()
      .then(() => Promise.all([runtime.close(), printer.close()]))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Nie udało się uruchomić: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
