/**
 * The exchange import as the app, the command line and the benchmark run it: in a service thread
 * (threads/runInThread.ts) with its own connection. While it writes, the app's window keeps reading the register
 * (SQLite's WAL lets it); saves made meanwhile wait for the import's transaction like those of another PC (the busy
 * timeout), and are refused with a message if it takes longer.
 */
import type { ResourceLimits } from 'node:worker_threads';
import type { ExchangeImportResult } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { auditUserName } from '../audit';
import { runInThread } from '../threads/runInThread';
import { importJob, WRITING_STEP, type ImportInput } from './threadJob';
import type { ImportOptions } from './types';

/**
 * The import's heap. Its live data stay about 20 MB at the benchmark's scale 1 (50 000 people, 500 000 attendance
 * marks) whatever the file's size, since the file is read record by record.
 */
export const IMPORT_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 8 };

const OUT_OF_MEMORY =
  'Import przerwano: plik wymiany wymaga więcej pamięci, niż import ma do dyspozycji; nic nie zaimportowano. Podziel plik na mniejsze (np. eksportując osobno lata lub powiaty).';

export interface InThreadOptions extends ImportOptions {
  /** Other limits than IMPORT_HEAP_LIMITS (tests). */
  resourceLimits?: ResourceLimits;
}

/** Bytes that own their whole buffer are moved to the thread; a view into a larger (pooled) buffer is copied first. */
function movable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/**
 * Imports a file on disk or bytes received (the app's window sends the chosen file's bytes) as `importExchangeFile`
 * and `importExchange` do, and with their errors: a refused file is an ExchangeFileError, nothing written.
 */
export async function importInThread(ctx: Pick<ServiceContext, 'db' | 'databaseTarget' | 'filesDir'>, source: ImportInput['source'], options: InThreadOptions = {}): Promise<ExchangeImportResult> {
  const moved = 'bytes' in source ? { bytes: movable(source.bytes) } : source;
  const input: ImportInput = { filesDir: ctx.filesDir, userName: await auditUserName(ctx.db), source: moved, backup: options.backup };
  return runInThread(importJob, ctx.databaseTarget, input, {
    resourceLimits: options.resourceLimits ?? IMPORT_HEAP_LIMITS,
    transferList: 'bytes' in moved ? [moved.bytes.buffer] : [],
    outOfMemory: OUT_OF_MEMORY,
    onStep: (name) => {
      if (name === WRITING_STEP) options.onWriting?.();
    },
  });
}
