/**
 * The exchange file (docs/exchange-format.md): export of the register (or part of it) as one JSON document, and
 * import of such a document — checked whole first, then written in one transaction, all or nothing.
 * The same functions serve the app (Ustawienia → Wymiana danych), the command line and the demo generator.
 */
import type { Knex } from 'knex';
import type { ExchangeDocument, ExchangeExportQuery, ExchangeImportResult, ExportedFile } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { nowIso } from '../ids';
import { backupNow } from '../maintenance';
import { exportDocument } from './exportDocument';
import { Problems, type ExchangeProblem } from './problems';
import { warsawDay } from './time';
import { checkDocument, type CheckedDocument } from './validate';
import { writeDocument } from './writeDocument';

export type { ExchangeProblem } from './problems';
export { formatPath } from './problems';

type ExchangeContext = Pick<ServiceContext, 'db' | 'engine' | 'databaseLocation' | 'filesDir'>;

/** The file was refused: every problem with its JSON path; nothing was written. */
export class ExchangeFileError extends ServiceError {
  constructor(readonly problems: ExchangeProblem[], fieldErrors: Record<string, string>) {
    super('validation', `Plik wymiany zawiera błędy (${problems.length}); nic nie zaimportowano. Popraw plik i spróbuj ponownie.`, fieldErrors);
    this.name = 'ExchangeFileError';
  }
}

export async function exportExchange(db: Knex, query: ExchangeExportQuery, now = new Date()): Promise<ExchangeDocument> {
  if (query.teryt && !(await db('territorial_units').where({ code: query.teryt }).first('code'))) {
    throw new ServiceError('validation', 'Popraw zaznaczone pole.', { teryt: `nieznany kod TERYT "${query.teryt}"` });
  }
  return exportDocument(db, query, now);
}

/** The document as the file holds it: UTF-8 JSON, two-space indented, with a final newline. */
export function serializeExchange(document: ExchangeDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function exchangeFileName(now = new Date()): string {
  return `kooperator-${warsawDay(now)}.json`;
}

export async function exportExchangeFile(db: Knex, query: ExchangeExportQuery, now = new Date()): Promise<ExportedFile> {
  const text = serializeExchange(await exportExchange(db, query, now));
  return { fileName: exchangeFileName(now), contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

/** The file's bytes as JSON: UTF-8 (a byte-order mark is allowed), then parsed. */
function parseBytes(bytes: Uint8Array, problems: Problems): unknown {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    problems.add('$', 'plik nie jest zapisany w kodowaniu UTF-8');
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.add('$', `plik nie jest poprawnym dokumentem JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/** Checks a file without writing anything: the document (when usable) and every problem found. */
export async function checkExchange(db: Knex, bytes: Uint8Array): Promise<{ document: CheckedDocument | null; problems: ExchangeProblem[] }> {
  const problems = new Problems();
  const raw = parseBytes(bytes, problems);
  if (problems.count) return { document: null, problems: problems.list };
  const checked = await checkDocument(db, raw);
  return { document: checked.problems.count ? null : checked.document, problems: checked.problems.list };
}

/**
 * Imports an exchange file: checks it whole (any problem: ExchangeFileError, nothing written), makes a backup of
 * an SQLite database, then writes everything in one transaction.
 */
export interface ImportOptions {
  /** A backup first (SQLite only); on by default. */
  backup?: boolean;
  /** Called once the file has passed every check, before anything is written (the command line says so). */
  onWriting?: () => void;
}

export async function importExchange(ctx: ExchangeContext, bytes: Uint8Array, options: ImportOptions = {}): Promise<ExchangeImportResult> {
  const { document, problems } = await checkExchange(ctx.db, bytes);
  if (!document) {
    const collected = new Problems();
    for (const problem of problems) collected.add(problem.path, problem.message);
    throw new ExchangeFileError(problems, collected.fieldErrors());
  }
  options.onWriting?.();
  const backup = ctx.engine === 'sqlite' && (options.backup ?? true) ? (await backupNow(ctx, 'import')).name : null;
  const now = nowIso();
  const counts = await ctx.db.transaction((trx) => writeDocument(trx, document, now));
  return { counts, backup };
}

/** Imports a document built in memory (the demo) through the same checks and writes as a file. */
export async function importExchangeDocument(ctx: ExchangeContext, document: ExchangeDocument, options: ImportOptions = {}): Promise<ExchangeImportResult> {
  return importExchange(ctx, Buffer.from(serializeExchange(document), 'utf8'), options);
}
