/**
 * Composition of the service layer, shared by the Electron app, the browser test harness and
 * the command line: open the database, bring its schema up to date, hand out the context.
 */
import { openDatabase, type DatabaseTarget } from '../db/connection';
import path from 'node:path';
import { defaultDataDir } from './config/paths';
import type { Knex } from 'knex';
import { migrateToLatest, migrationState } from '../db/migrate';
import { backupFolderOf, backupNow, ensureDailyBackup } from './services/backups';
import { removeBackupLeftovers } from './services/backups/backup';
import { DatabaseGate } from './services/backups/gate';
import { acquireDatabaseLock, refuseIfOwnedElsewhere, removeRestoreLeftovers, type DatabaseLock } from './services/backups/owner';
import { DatabaseDamagedError } from './services/backups/damaged';
import { inspectDatabaseFile, restoreNewestGoodBackup, type RestoredFromBackup } from './services/backups/recovery';
import { version as appVersion } from '../package.json';
import type { PaperPrinter, PdfPrinter, ServiceContext, Workstation } from './services/context';
import { pdfInsteadOfPaper } from './services/printing';
import { memoryWorkstation } from './config/workstationSettings';
import { bindAuditUser } from './services/audit';
import { adoptSharedUserName } from './services/office';
import { ensureDefaultTemplates } from './services/templates';
import { addMissingFoundingMembers } from './services/partnerships';
import { localToday } from './services/agreements';
import { loadShippedTerritoryIfEmpty } from './services/territory';

export interface Runtime extends ServiceContext {
  close(): Promise<void>;
  /**
   * Settles when the start's integrity check has passed and the start's own writes (reference data, the daily
   * backup) are done; rejects with DatabaseDamagedError for a damaged file. Already settled when openRuntime returns,
   * unless the check ran beside the start (`checkBesideStart`).
   */
  verdict: Promise<void>;
}

/** Schema up to date and reference data in place: what every start (and `kooperator migrate`) does. */
export async function prepareDatabase(db: Knex): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await loadShippedTerritoryIfEmpty(db);
  await ensureDefaultTemplates(db);
  await addMissingFoundingMembers(db, localToday());
  return applied;
}

export interface RuntimeOptions {
  migrate?: boolean;
  /** The daily backup at the first start of a day (on by default). */
  dailyBackup?: boolean;
  /** How PDFs are printed; the Electron app passes printToPDF. */
  printPdf?: PdfPrinter;
  /** How paper is printed; the Electron app passes the system print dialog, elsewhere the same HTML becomes a PDF. */
  printPaper?: PaperPrinter;
  /** Where stored files go; by default beside a SQLite file, or in the user's data folder for PostgreSQL. */
  filesDir?: string;
  /** This PC's settings (who works here); the app and the harness pass the file's, tests and the CLI get memory. */
  workstation?: Workstation;
  /**
   * Holds the SQLite file for this process while it is open (main/services/backups/owner.ts): `program` names who
   * holds it in another process's refusal, `beforeWhat` ends this one's own refusal ("przed otwarciem jej tutaj").
   * The app and the harness hold it all the time; restore, copy and migrate for their work.
   */
  owner?: { program: string; beforeWhat: string };
  /**
   * SQLite's quick_check (which reads the whole file: 200 ms at the benchmark's 264 MB) runs beside the start instead
   * of before it, on its own read-only connection in SQLite's threads, when the start itself writes nothing (no
   * migration pending): openRuntime returns before its verdict, so the window can show and read meanwhile. The start's
   * writes and every call that may write (the gate) wait for the verdict; on a damaged file they never happen, and
   * `verdict` rejects with the restore offer (openRuntimeOrRestore). The app and the browser harness use it.
   */
  checkBesideStart?: boolean;
}

/** A database with data (some migrations applied) that this program's migrations will change. */
async function hasPendingMigrations(db: Knex): Promise<boolean> {
  const { applied, pending } = await migrationState(db);
  return applied.length > 0 && pending.length > 0;
}

/** Until a real printer is wired in, printing says so instead of failing obscurely. */
const noPrinter: PdfPrinter = async () => {
  throw new Error('Drukowanie do PDF nie jest dostępne w tym trybie uruchomienia');
};

export { DatabaseDamagedError } from './services/backups/damaged';

export async function openRuntime(target: string | DatabaseTarget, options: RuntimeOptions = {}): Promise<Runtime> {
  const databaseTarget = typeof target === 'string' ? { sqliteFile: target } : target;
  // Taken before the file is opened at all: nothing is written while another process owns it.
  const lock: DatabaseLock | null = 'sqliteFile' in databaseTarget && options.owner ? acquireDatabaseLock(databaseTarget.sqliteFile, options.owner.program, options.owner.beforeWhat) : null;
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(databaseTarget);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const sqlite = opened.engine === 'sqlite';
  const close = async () => {
    try {
      await opened.db.destroy();
    } finally {
      lock?.release();
    }
  };
  const runtime: Runtime = {
    db: opened.db,
    engine: opened.engine,
    databaseLocation: opened.location,
    databaseTarget,
    appVersion,
    filesDir: options.filesDir ?? path.join(sqlite ? path.dirname(opened.location) : defaultDataDir(), 'pliki'),
    printPdf: options.printPdf ?? noPrinter,
    printPaper: options.printPaper ?? pdfInsteadOfPaper(options.printPdf ?? noPrinter),
    workstation: options.workstation ?? memoryWorkstation(),
    close,
    verdict: Promise.resolve(),
  };
  bindAuditUser(runtime.db, runtime.workstation);
  let startWrites: (() => Promise<void>) | null = null;
  try {
    const beside = sqlite && options.checkBesideStart === true && (await startsWithoutWriting(runtime.db, options));
    if (sqlite && !beside) await guardIntegrity(runtime);
    else if (!sqlite && typeof target !== 'string' && 'schema' in target && target.schema) await opened.db.raw('CREATE SCHEMA IF NOT EXISTS ??', [target.schema]);
    const writes = () => writeAtStart(runtime, options, lock);
    startWritesOf.set(runtime, writes);
    if (beside) startWrites = writes;
    else await writes();
  } catch (error) {
    await close();
    throw error;
  }
  runtime.gate = new DatabaseGate(sqlite ? runtime.databaseLocation : null);
  if (startWrites) {
    const writes = startWrites;
    runtime.verdict = guardIntegrity(runtime).then(writes);
    runtime.gate.holdWritesUntil(runtime.verdict);
    // Never closed under the start's own writes.
    runtime.close = async () => {
      await runtime.verdict.catch(() => undefined);
      await close();
    };
  }
  return runtime;
}

/** Each runtime's start writes (writeAtStart with its options and lock), for a restore after the check beside the start. */
const startWritesOf = new WeakMap<Runtime, () => Promise<void>>();

/** An existing database whose schema is up to date: opening it needs no migration, so nothing is written before the check. */
async function startsWithoutWriting(db: Knex, options: RuntimeOptions): Promise<boolean> {
  if (options.migrate === false) return true;
  try {
    const { applied, pending } = await migrationState(db);
    return applied.length > 0 && pending.length === 0;
  } catch {
    // Unreadable (damaged?): the check before the start says what is wrong.
    return false;
  }
}

/** What every start writes, after the integrity check has passed: migrations, reference data, the daily backup. */
async function writeAtStart(runtime: Runtime, options: RuntimeOptions, lock: DatabaseLock | null): Promise<void> {
  if (!(options.migrate ?? true)) return;
  const sqlite = runtime.engine === 'sqlite';
  // Before a schema change, a copy of the data as it was (not for a brand-new, empty file).
  // A PostgreSQL server is backed up by its administrator.
  if (sqlite && (await hasPendingMigrations(runtime.db))) {
    // Changing the schema under a running app would break it: only with the file to ourselves.
    if (!lock) refuseIfOwnedElsewhere(runtime.databaseLocation, 'przed aktualizacją schematu bazy');
    await backupNow(runtime, 'migration');
  }
  await prepareDatabase(runtime.db);
  await adoptSharedUserName(runtime.db, runtime.workstation);
  if (lock) await removeLeftoversOf(runtime);
  if (options.dailyBackup ?? true) await ensureDailyBackup(runtime);
}

/** At the start of the file's owner: what interrupted restores and backups of dead processes left behind. */
async function removeLeftoversOf(runtime: Runtime): Promise<void> {
  removeRestoreLeftovers(runtime.databaseLocation);
  removeBackupLeftovers(await backupFolderOf(runtime));
}

/**
 * Never start writing to a damaged file: SQLite's quick check runs through a read-only connection, before the start's
 * first write (the read-write connection only reads until it passes: the schema's state, and with `checkBesideStart`
 * the window's first screens).
 */
async function guardIntegrity(runtime: Runtime): Promise<void> {
  const damaged = await inspectDatabaseFile(runtime.databaseLocation, runtime.filesDir);
  if (damaged) throw damaged;
}

/** How the check beside the start ended (openRuntimeOrRestore): passed, or damaged and restored, or the offer declined. */
export type LaterVerdict = { kind: 'passed' } | { kind: 'restored'; restored: RestoredFromBackup } | { kind: 'declined'; damaged: DatabaseDamagedError };

/**
 * A start that offers the newest good backup when the file is damaged: `accept` asks the user (a dialog in the app);
 * on yes the backup replaces the file (kept aside) and the start goes on. Null when the user declined.
 * With `checkBesideStart` the runtime comes back before the check's verdict, and `later` tells how it ended: a damaged
 * file gets the same offer then, before anything was written to it (the calls that may write wait for it); on yes the
 * backup replaces the file under the running runtime (alone, like a restore from the window) and the start's writes
 * follow; rejects when the file is damaged and no backup passes its check.
 */
export async function openRuntimeOrRestore(
  target: string | DatabaseTarget,
  options: RuntimeOptions,
  accept: (damaged: DatabaseDamagedError) => Promise<boolean>,
): Promise<{ runtime: Runtime; restored: RestoredFromBackup | null; later: Promise<LaterVerdict> } | null> {
  let runtime: Runtime;
  try {
    runtime = await openRuntime(target, options);
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError) || !error.newestGoodBackup) throw error;
    if (!(await accept(error))) return null;
    const restored = await restoreNewestGoodBackup(error);
    return { runtime: await openRuntime(target, options), restored, later: Promise.resolve({ kind: 'passed' }) };
  }
  const later = runtime.verdict.then(
    (): LaterVerdict => ({ kind: 'passed' }),
    async (error: unknown): Promise<LaterVerdict> => {
      if (!(error instanceof DatabaseDamagedError) || !error.newestGoodBackup) throw error;
      if (!(await accept(error))) return { kind: 'declined', damaged: error };
      return { kind: 'restored', restored: await restoreUnderRuntime(runtime, error) };
    },
  );
  // What may write waits for the user's answer too, and lands in the restored file.
  runtime.gate?.holdWritesUntil(
    later.then((verdict) => {
      if (verdict.kind === 'declined') throw verdict.damaged;
    }),
  );
  return { runtime, restored: null, later };
}

/** The newest good backup replaces the damaged file the open runtime only read from; then the start's writes. */
async function restoreUnderRuntime(runtime: Runtime, damaged: DatabaseDamagedError): Promise<RestoredFromBackup> {
  const gate = runtime.gate!;
  let restored!: RestoredFromBackup;
  const started = gate.runAloneDespiteVerdict(async () => {
    await runtime.db.destroy();
    try {
      restored = await restoreNewestGoodBackup(damaged);
      gate.adoptSwappedFile();
    } finally {
      runtime.db.initialize();
    }
    // The restored file may be of an older schema: it is migrated like at any start (its backup made first).
    await startWritesOf.get(runtime)!();
  });
  runtime.verdict = started;
  gate.holdWritesUntil(started);
  await started;
  return restored;
}
