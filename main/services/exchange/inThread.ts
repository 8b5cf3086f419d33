/**
 * The exchange import as the app, the command line and the benchmark run it: in a thread of its own
 * (importWorker.ts) with its own connection to the database. A register-sized import then neither holds up the
 * main process (the app's window keeps reading the register meanwhile; SQLite's WAL lets it) nor leaves hundreds of
 * megabytes of its garbage in the main process's heap: the thread's heap has a limit, and goes when the thread ends
 * (docs/performance.md, item 6). Saves made on the main thread meanwhile wait for the import's transaction like
 * those of another PC (the busy timeout), and are refused with a message if it takes longer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ExchangeImportResult } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { auditUserName } from '../audit';
import { ServiceError } from '../errors';
import { fromFailure, type ImportJob, type ImportMessage } from './importJob';
import type { ImportOptions } from './index';

export const IMPORT_WORKER_FILE = 'importWorker.js';

/**
 * The import's heap. Its live data stay about 20 MB at the benchmark's scale 1 (50 000 people, 500 000 attendance
 * marks), whatever the file's size, since the file is read record by record; with a limit V8 also grows the heap
 * less eagerly between collections than under its default of gigabytes.
 */
export const IMPORT_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 };

type ImportContext = Pick<ServiceContext, 'db' | 'databaseTarget' | 'filesDir'>;

export interface InWorkerOptions extends ImportOptions {
  /** Other limits than IMPORT_HEAP_LIMITS (tests). */
  resourceLimits?: ResourceLimits;
}

/** The bundled thread beside the running bundle (dist/main.js, cli.js, serve.js, bench.js); from the sources (tests), the build's. */
function workerScript(): string {
  const beside = path.join(__dirname, IMPORT_WORKER_FILE);
  return fs.existsSync(beside) ? beside : path.resolve(__dirname, '../../../dist', IMPORT_WORKER_FILE);
}

/** Bytes that own their whole buffer are moved to the thread; a view into a larger (pooled) buffer is copied first. */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

const OUT_OF_MEMORY =
  'Import przerwano: plik wymiany wymaga więcej pamięci, niż import ma do dyspozycji; nic nie zaimportowano. Podziel plik na mniejsze (np. eksportując osobno lata lub powiaty).';

/**
 * Imports a file on disk or bytes received (the app's window sends the chosen file's bytes) as `importExchangeFile`
 * and `importExchange` do, and with their errors: a refused file is an ExchangeFileError, nothing written.
 */
export async function importInWorker(ctx: ImportContext, source: ImportJob['source'], options: InWorkerOptions = {}): Promise<ExchangeImportResult> {
  const moved = 'bytes' in source ? { bytes: movable(source.bytes) } : source;
  const job: ImportJob = { target: ctx.databaseTarget, filesDir: ctx.filesDir, userName: await auditUserName(ctx.db), source: moved, backup: options.backup };
  return new Promise((resolve, reject) => {
    let outcome: { result: ExchangeImportResult } | { error: Error } | null = null;
    const worker = new Worker(workerScript(), {
      workerData: job,
      transferList: 'bytes' in moved ? [moved.bytes.buffer as ArrayBuffer] : [],
      resourceLimits: options.resourceLimits ?? IMPORT_HEAP_LIMITS,
    });
    worker.on('message', (message: ImportMessage) => {
      if (message.kind === 'writing') options.onWriting?.();
      else if (message.kind === 'done') outcome = { result: message.result };
      else outcome = { error: fromFailure(message.failure) };
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // A thread that ran out of its heap ends without committing: its transaction is rolled back with its connection.
      outcome ??= { error: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ServiceError('validation', OUT_OF_MEMORY) : error };
    });
    // Settled once the thread has ended: its connection is closed and its memory given back.
    worker.on('exit', (code) => {
      if (!outcome) reject(new Error(`Wątek importu zakończył się (kod ${code}) bez wyniku.`));
      else if ('result' in outcome) resolve(outcome.result);
      else reject(outcome.error);
    });
  });
}
