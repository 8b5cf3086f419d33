/**
 * The exchange file (docs/exchange-format.md): export of the register (or part of it) as one JSON document, and
 * import of such a document — checked whole first, then written in one transaction, all or nothing.
 * The same functions serve the app (Ustawienia → Wymiana danych), the command line and the demo generator.
 */
import type { Knex } from 'knex';
import type { ExchangeDocument, ExchangeExportQuery, ExchangeImportResult, ExportedFile } from '../../../preload/contract';
import { ServiceError } from '../errors';
import { exportDocument } from './exportDocument';
import { importExchange } from './importing';
import { warsawDay } from './time';
import type { ExchangeContext, ImportOptions } from './types';

export type { ExchangeProblem } from './problems';
export { ExchangeFileError, formatPath } from './problems';
export { checkExchangeFile, importExchange, importExchangeFile } from './importing';
export { importInThread } from './inThread';
export type { ImportOptions } from './types';

/** With `filesDir` the files of studies travel in the document (exportDocument). */
export async function exportExchange(db: Knex, query: ExchangeExportQuery, now = new Date(), filesDir: string | null = null): Promise<ExchangeDocument> {
  if (query.teryt && !(await db('territorial_units').where({ code: query.teryt }).first('code'))) {
    throw new ServiceError('validation', 'Popraw zaznaczone pole.', { teryt: `nieznany kod TERYT "${query.teryt}"` });
  }
  return exportDocument(db, query, now, filesDir);
}

/** The document as the file holds it: UTF-8 JSON, two-space indented, with a final newline. */
export function serializeExchange(document: ExchangeDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function exchangeFileName(now = new Date()): string {
  return `kooperator-${warsawDay(now)}.json`;
}

export async function exportExchangeFile(db: Knex, query: ExchangeExportQuery, now = new Date(), filesDir: string | null = null): Promise<ExportedFile> {
  const text = serializeExchange(await exportExchange(db, query, now, filesDir));
  return { fileName: exchangeFileName(now), contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

/** Imports a document built in memory (the demo) through the same checks and writes as a file. */
export async function importExchangeDocument(ctx: ExchangeContext, document: ExchangeDocument, options: ImportOptions = {}): Promise<ExchangeImportResult> {
  return importExchange(ctx, Buffer.from(serializeExchange(document), 'utf8'), options);
}
