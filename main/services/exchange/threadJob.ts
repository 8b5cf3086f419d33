/** The exchange import as a service thread's job (registered in threads/registeredJobs.ts, started by inThread.ts). */
import type { ExchangeImportResult } from '../../../preload/contract';
import { bindAuditUser } from '../audit';
import type { ErrorPassage, ThreadJob } from '../threads/jobs';
import { importExchange, importExchangeFile } from './importing';
import { ExchangeFileError, type ExchangeProblem } from './problems';

export interface ImportInput {
  filesDir: string;
  /** Who imports (the audit log's "who"), as the main thread's connection names them. */
  userName: string;
  /** A file on disk (read a window at a time) or bytes handed over (moved, not copied, where they can be). */
  source: { filePath: string } | { bytes: Uint8Array };
  backup?: boolean;
}

/** The step told when the file has passed every check and is being written. */
export const WRITING_STEP = 'writing';

/** A refused file crosses with its problems. */
const refusedFile: ErrorPassage = {
  name: 'ExchangeFileError',
  take: (error) => (error instanceof ExchangeFileError ? { problems: error.problems, fieldErrors: error.fieldErrors ?? {} } : undefined),
  make: (data) => {
    const { problems, fieldErrors } = data as { problems: ExchangeProblem[]; fieldErrors: Record<string, string> };
    return new ExchangeFileError(problems, fieldErrors);
  },
};

export const importJob: ThreadJob<ImportInput, ExchangeImportResult> = {
  kind: 'import',
  run(thread, input) {
    bindAuditUser(thread.db, { userName: () => input.userName });
    const ctx = { db: thread.db, engine: thread.engine, databaseLocation: thread.location, filesDir: input.filesDir };
    const options = { backup: input.backup, onWriting: () => thread.step(WRITING_STEP) };
    return 'filePath' in input.source ? importExchangeFile(ctx, input.source.filePath, options) : importExchange(ctx, input.source.bytes, options);
  },
  errors: [refusedFile],
};
