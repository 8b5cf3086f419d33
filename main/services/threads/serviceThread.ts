/**
 * The exchange import's own thread, started by `importInWorker` (inWorker.ts) and bundled as dist/importWorker.js.
 * It opens its own connection to the same database and runs the same import as the main thread would; its heap is
 * its own, with a limit, and is given back whole when the thread ends (docs/performance.md, item 6).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../../db/connection';
import { bindAuditUser } from '../audit';
import { toFailure, type ImportJob, type ImportMessage } from './importJob';
import { importExchange, importExchangeFile } from './index';

async function run(job: ImportJob): Promise<ImportMessage> {
  const opened = openDatabase(job.target);
  try {
    bindAuditUser(opened.db, { userName: () => job.userName });
    const ctx = { db: opened.db, engine: opened.engine, databaseLocation: opened.location, filesDir: job.filesDir };
    const options = { backup: job.backup, onWriting: () => parentPort!.postMessage({ kind: 'writing' } satisfies ImportMessage) };
    const result = 'filePath' in job.source ? await importExchangeFile(ctx, job.source.filePath, options) : await importExchange(ctx, job.source.bytes, options);
    return { kind: 'done', result };
  } catch (error) {
    return { kind: 'failed', failure: toFailure(error) };
  } finally {
    // Closed before the result goes out: when the main thread goes on, this connection no longer holds the file.
    await opened.db.destroy();
  }
}

void run(workerData as ImportJob).then((message) => parentPort!.postMessage(message));
