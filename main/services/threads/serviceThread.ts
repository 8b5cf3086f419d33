/**
 * A service thread, started by `runInThread` (runInThread.ts) and bundled as dist/serviceThread.js: it opens its own
 * connection to the same database, does one job there as the main thread would (the exchange import, the period
 * summary) and ends. Its heap is its own, with a limit, and is given back whole when the thread ends
 * (docs/performance.md, item 6).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../../db/connection';
import { bindAuditUser } from '../audit';
import { importExchange, importExchangeFile } from '../exchange';
import { buildSummary } from '../reports/summary';
import { toFailure, type ImportJob, type ThreadJob, type ThreadMessage } from './jobs';

const post = (message: ThreadMessage) => parentPort!.postMessage(message);

function runImport(opened: ReturnType<typeof openDatabase>, job: ImportJob) {
  bindAuditUser(opened.db, { userName: () => job.userName });
  const ctx = { db: opened.db, engine: opened.engine, databaseLocation: opened.location, filesDir: job.filesDir };
  const options = { backup: job.backup, onWriting: () => post({ kind: 'writing' }) };
  return 'filePath' in job.source ? importExchangeFile(ctx, job.source.filePath, options) : importExchange(ctx, job.source.bytes, options);
}

async function run(job: ThreadJob): Promise<ThreadMessage> {
  const opened = openDatabase(job.target);
  try {
    const value = job.kind === 'import' ? await runImport(opened, job) : await buildSummary(opened.db, job.request);
    return { kind: 'done', value };
  } catch (error) {
    return { kind: 'failed', failure: toFailure(error) };
  } finally {
    // Closed before the answer goes out: when the main thread goes on, this connection no longer holds the file.
    await opened.db.destroy();
  }
}

void run(workerData as ThreadJob).then(post);
