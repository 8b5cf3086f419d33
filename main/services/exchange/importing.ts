/**
 * Importing an exchange file: checked whole first (validate.ts), then written in one transaction (writeDocument.ts),
 * all or nothing, after a backup of an SQLite database.
 */
import fs from 'node:fs';
import type { Knex } from 'knex';
import type { ExchangeImportResult } from '../../../preload/contract';
import { auditUserName, claimWriteLock } from '../audit';
import { ServiceError } from '../errors';
import { nowIso } from '../ids';
import { backupNow } from '../backups';
import { FileBytes, memoryBytes, type Bytes } from './bytes';
import { ExchangeFileError, Problems, type ExchangeProblem } from './problems';
import { openSource, UnreadableItem, wholeFileProblem } from './source';
import type { ExchangeContext, ImportOptions } from './types';
import { checkSource, type CheckedFile } from './validate';
import { writeDocument } from './writeDocument';

/** Checks a file on disk without writing anything: every problem found (none when it can be imported). */
export async function checkExchangeFile(db: Knex, filePath: string): Promise<{ problems: ExchangeProblem[] }> {
  return withOpenFile(filePath, async (file) => ({ problems: (await checkBytes(db, file.bytes)).problems }));
}

/**
 * Every problem of a file, and (when there is none) the checked file, which reads its records from `bytes` again
 * when written. The file (UTF-8, a byte-order mark allowed) is read record by record (source.ts): what stays in
 * memory is the bytes, or a window of them (bytes.ts), and what the checks keep of each record.
 */
async function checkBytes(db: Knex, bytes: Bytes): Promise<{ document: CheckedFile | null; problems: ExchangeProblem[] }> {
  const problems = new Problems();
  const source = openSource(bytes, problems);
  if (!source) return { document: null, problems: problems.list };
  try {
    const checked = await checkSource(db, source);
    return { document: checked.file, problems: checked.problems.list };
  } catch (error) {
    if (!(error instanceof UnreadableItem)) throw error;
    const whole = new Problems();
    wholeFileProblem(bytes, whole);
    return { document: null, problems: whole.list };
  }
}

interface OpenFile {
  bytes: FileBytes;
  /** Throws when the file's size or modification time is no longer what it was when opened. */
  assertUnchanged(): void;
}

/** Why a path cannot be read, by Node's error code (EBUSY: Windows, a program holds the file locked). */
const UNREADABLE: Record<string, string> = {
  ENOENT: 'nie ma takiego pliku',
  EISDIR: 'to folder, nie plik',
  EACCES: 'brak uprawnień do odczytu',
  EPERM: 'brak uprawnień do odczytu',
  EBUSY: 'plik jest zablokowany przez inny program',
};

function openForReading(filePath: string): number {
  try {
    const fd = fs.openSync(filePath, 'r');
    if (fs.fstatSync(fd).isDirectory()) {
      fs.closeSync(fd);
      throw Object.assign(new Error(), { code: 'EISDIR' });
    }
    return fd;
  } catch (error) {
    const reason = UNREADABLE[(error as NodeJS.ErrnoException).code ?? ''];
    if (reason) throw new ServiceError('validation', `Nie można otworzyć pliku wymiany ${filePath}: ${reason}.`);
    throw error;
  }
}

async function withOpenFile<T>(filePath: string, work: (file: OpenFile) => Promise<T>): Promise<T> {
  const fd = openForReading(filePath);
  try {
    const opened = fs.fstatSync(fd);
    const assertUnchanged = () => {
      const now = fs.fstatSync(fd);
      if (now.size !== opened.size || now.mtimeMs !== opened.mtimeMs) {
        throw new ServiceError('conflict', 'Plik wymiany zmienił się w trakcie importu; nic nie zaimportowano. Zaimportuj go ponownie, gdy nikt go już nie zmienia.');
      }
    };
    return await work({ bytes: new FileBytes(fd, opened.size), assertUnchanged });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Imports an exchange file: checks it whole (any problem: ExchangeFileError, nothing written), makes a backup of
 * an SQLite database, then writes everything in one transaction.
 */
export async function importExchange(ctx: ExchangeContext, bytes: Uint8Array, options: ImportOptions = {}): Promise<ExchangeImportResult> {
  return importBytes(ctx, memoryBytes(bytes), options, () => {});
}

/**
 * Imports a file on disk, read a window at a time (bytes.ts) rather than held whole: the import's memory then no
 * longer grows with the file. The file is read twice (check, then write); should it change in between, the
 * transaction is rolled back and nothing is imported.
 */
export async function importExchangeFile(ctx: ExchangeContext, filePath: string, options: ImportOptions = {}): Promise<ExchangeImportResult> {
  return withOpenFile(filePath, (file) => importBytes(ctx, file.bytes, options, file.assertUnchanged));
}

async function importBytes(ctx: ExchangeContext, bytes: Bytes, options: ImportOptions, beforeCommit: () => void): Promise<ExchangeImportResult> {
  const { document, problems } = await checkBytes(ctx.db, bytes);
  if (!document) {
    const collected = new Problems();
    for (const problem of problems) collected.add(problem.path, problem.message);
    throw new ExchangeFileError(problems, collected.fieldErrors());
  }
  options.onWriting?.();
  const backup = ctx.engine === 'sqlite' && (options.backup ?? true) ? (await backupNow(ctx, 'import')).name : null;
  const now = nowIso();
  const counts = await ctx.db.transaction(async (trx) => {
    // The write lock first (as every audited write takes it), then the entries name whoever imports.
    await claimWriteLock(trx);
    const cacheBefore = ctx.engine === 'sqlite' ? await enlargeCache(trx) : null;
    try {
      const written = await writeDocument(trx, document, now, await auditUserName(trx), ctx.filesDir);
      beforeCommit();
      return written;
    } finally {
      if (cacheBefore !== null) await trx.raw(`PRAGMA cache_size = ${cacheBefore}`);
    }
  });
  if (ctx.engine === 'sqlite' && recordsWritten(counts) >= COMPACT_AFTER_RECORDS) await compact(ctx.db);
  return { counts, backup };
}

/**
 * After an import of a register's size, SQLite's file is rewritten in order (VACUUM, outside the import's
 * transaction: the data are committed whether or not it runs). The import interleaves the pages of events,
 * participants, marks and audit entries, and the quick check at every start then reads a scattered file: at the
 * benchmark's scale 1 the check took 280 ms before and 200 ms after, and the VACUUM itself 1–3 s
 * (docs/performance.md, item 5).
 */
const COMPACT_AFTER_RECORDS = 10_000;

/**
 * VACUUM needs the write lock (readers do not stop it in WAL mode): should another connection be writing just then
 * (a save in the app's window, now that the import runs in a thread of its own) past the busy timeout, it is skipped.
 * The import is committed either way, only not yet rewritten in order.
 */
async function compact(db: Knex): Promise<void> {
  try {
    await db.raw('VACUUM');
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error;
  }
}

function recordsWritten(counts: ExchangeImportResult['counts']): number {
  return Object.values(counts).reduce((sum, count) => sum + count.added + count.updated, 0);
}

/**
 * SQLite's page cache for the import's connection while it writes: with the default 2 MB it reads the indexes of
 * the bulk tables (participants, marks) again and again. 64 MB made the import of 500 000 marks fastest (21–22 s
 * against 26–29 s with 16 MB and 27–30 s with 2 MB), but the allocator keeps what the cache took after SQLite frees
 * it, and the import peaked 40–70 MB higher than with 16 MB, which stays near the default's memory and still well
 * within the import's time target (docs/performance.md, sections 1 and 6). Returns the size before.
 */
const IMPORT_CACHE_KIB = 16_384;

async function enlargeCache(trx: Knex): Promise<number> {
  const rows = (await trx.raw('PRAGMA cache_size')) as { cache_size: number }[];
  const before = Number(rows[0]?.cache_size ?? -2000);
  await trx.raw(`PRAGMA cache_size = -${IMPORT_CACHE_KIB}`);
  return before;
}
