/**
 * The table import as the app and the command line run it: in a service thread (threads/runInThread.ts) with a heap
 * of its own and a limit, so a hostile or huge workbook (a zip bomb that got past the size check, a sheet of
 * millions of cells) ends the thread with a message instead of filling the main process's memory or blocking the
 * app's window while it is unpacked.
 */
import type { ResourceLimits } from 'node:worker_threads';
import type { ImportPreview, ImportRequest, ImportResult } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { auditUserName } from '../audit';
import { runInThread } from '../threads/runInThread';
import { tableImportJob } from './threadJob';

/** A 20 MB workbook of text needs about 600 MB while exceljs reads it; a CSV far less. */
export const TABLE_IMPORT_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 16 };

export const TABLE_IMPORT_OUT_OF_MEMORY =
  'Import przerwano: odczytanie tego pliku wymaga więcej pamięci, niż import ma do dyspozycji; nic nie zaimportowano. Zapisz w pliku tylko potrzebny arkusz albo podziel go na mniejsze pliki.';

type Context = Pick<ServiceContext, 'db' | 'databaseTarget' | 'filesDir'>;

function run<Output>(ctx: Context, step: 'preview' | 'commit', request: ImportRequest, resourceLimits?: ResourceLimits): Promise<Output> {
  return auditUserName(ctx.db).then(
    (userName) =>
      runInThread(tableImportJob, ctx.databaseTarget, { step, request, filesDir: ctx.filesDir, userName }, {
        resourceLimits: resourceLimits ?? TABLE_IMPORT_HEAP_LIMITS,
        outOfMemory: TABLE_IMPORT_OUT_OF_MEMORY,
      }) as Promise<Output>,
  );
}

export function previewImportInThread(ctx: Context, request: ImportRequest, resourceLimits?: ResourceLimits): Promise<ImportPreview> {
  return run(ctx, 'preview', request, resourceLimits);
}

export function commitImportInThread(ctx: Context, request: ImportRequest, resourceLimits?: ResourceLimits): Promise<ImportResult> {
  return run(ctx, 'commit', request, resourceLimits);
}
