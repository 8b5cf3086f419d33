/** The table import (XLSX/CSV) as a service thread's job (registered in threads/registeredJobs.ts, started by inThread.ts). */
import type { ImportPreview, ImportRequest, ImportResult } from '../../../preload/contract';
import { bindAuditUser } from '../audit';
import type { ThreadJob } from '../threads/jobs';
import { commitImport, previewImport } from '.';

export interface TableImportInput {
  /** Only check the file and show what would be imported, or write it. */
  step: 'preview' | 'commit';
  request: ImportRequest;
  filesDir: string;
  /** Who imports (the audit log's "who"), as the main thread's connection names them. */
  userName: string;
}

export const tableImportJob: ThreadJob<TableImportInput, ImportPreview | ImportResult> = {
  kind: 'import-table',
  run(thread, input) {
    bindAuditUser(thread.db, { userName: () => input.userName });
    const ctx = { db: thread.db, engine: thread.engine, databaseLocation: thread.location, filesDir: input.filesDir };
    return input.step === 'preview' ? previewImport(ctx.db, input.request) : commitImport(ctx, input.request);
  },
};
