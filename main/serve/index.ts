/**
 * `npm run serve`: the renderer in any browser, against the real services on a real SQLite file.
 * Usage: node dist/serve.js [--db FILE | --database-url postgres://…] [--port N]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDatabaseFile } from '../config/paths';
import { openRuntime } from '../runtime';
import { createChromiumPrinter } from '../services/documents';
import { startHarness } from './server';

async function main() {
  const { values } = parseArgs({ options: { db: { type: 'string' }, 'database-url': { type: 'string' }, port: { type: 'string', default: '4321' } } });
  const url = values['database-url'] ?? process.env.KOOPERATOR_DATABASE_URL;
  const printer = createChromiumPrinter();
  const runtime = await openRuntime(url ? { postgresUrl: url } : resolveDatabaseFile(values.db), { printPdf: printer });
  const harness = await startHarness({
    context: runtime,
    rendererDir: path.join(__dirname, 'renderer'),
    port: Number(values.port),
  });
  console.log(`Kooperator (przeglądarka): ${harness.url}  baza: ${runtime.databaseLocation}`);
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
