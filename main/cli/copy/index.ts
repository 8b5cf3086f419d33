/**
 * Moving an office's data between databases: a SQLite file and a PostgreSQL server, either way (`kooperator copy`).
 *
 * The copy is table by table, row by row, so it carries everything the database holds — also what the exchange file
 * leaves out (record versions and timestamps, the audit log, settings, the TERYT register as the office has it,
 * built-in templates, stored files' references) — and the stored files themselves into the destination's data
 * folder. It reads the source in one snapshot and never writes to it. The destination is written in one
 * transaction, then checked inside it before anything is committed: row counts and a fingerprint of every table,
 * and the period summary over the register's whole range, must be the same on both sides. Any difference rolls
 * the whole copy back, so the destination stays as it was. The work on the open databases is the copy service's
 * (services/copy/); opening them, and putting the destination back, is this module's.
 */
import fs from 'node:fs';
import type { Knex } from 'knex';
import type { Engine } from '../../../db/connection';
import { DATABASE_ENGINE_NAMES } from '../../../preload/contract';
import { openRuntime, type Runtime } from '../../runtime';
import { backupNow } from '../../services/backups';
import { compareTables, type CopyTableCount } from '../../services/copy/compare';
import { copyStoredFiles, storedFileRefs, type FilesCopied } from '../../services/copy/storedFiles';
import { officeData, type Column } from '../../services/copy/tables';
import { columnsOfBoth, copyTables, refuseUnknownTables, rowsText } from '../../services/copy/transfer';
import { compareSummaries, type SummaryPeriod } from '../../services/copy/verify';
import { ServiceError } from '../../services/errors';
import { checkSource, checkTargets, destinationBefore, undoDestination, type CopyTarget, type DestinationBefore } from './databases';

export type { CopyTableCount } from '../../services/copy/compare';
export type { SummaryPeriod } from '../../services/copy/verify';
export type { CopyTarget } from './databases';

export type CopyStage = 'open' | 'replace' | 'table' | 'files' | 'verify' | 'commit';

export interface CopyProgress {
  stage: CopyStage;
  /** One line in Polish, for the command line. */
  message: string;
  table?: string;
  rows?: number;
}

export interface CopyOptions {
  /** Replace the office data the destination already holds (otherwise such a destination is refused). */
  replace?: boolean;
  onProgress?: (progress: CopyProgress) => void;
}

export interface CopyResult {
  source: { location: string; engine: Engine };
  destination: { location: string; engine: Engine };
  schemaVersion: string;
  /** Every table, in the order written, with the rows counted on both sides after the copy. */
  tables: CopyTableCount[];
  /** The periods whose summaries were compared (and found the same). */
  summaryPeriods: SummaryPeriod[];
  files: {
    /** The destination's data folder for stored files. */
    folder: string;
    copied: number;
    /** Already in the destination's folder with the right checksum (or both databases share the folder). */
    present: number;
    /** Referenced by the source but missing or damaged in its folder: the reference is copied, the file cannot be. */
    missingInSource: string[];
  };
  /** What the destination held before and lost (with `replace`); null when it held no office data. */
  replaced: Record<string, number> | null;
  /** A backup of a SQLite destination made before its data was replaced. */
  backup: string | null;
}

/**
 * What a copy does not carry, for the command's output and the README: these belong to one PC or one server,
 * not to the office's data.
 */
export const NOT_COPIED: string[] = [
  'kopie zapasowe (folder „Kopie zapasowe”) i ustawienie ich folderu: każda baza ma własne; bazę PostgreSQL archiwizuje administrator serwera',
  'dziennik programu (logs/main.log)',
  'pliki w folderze „pliki”, do których baza już się nie odwołuje (np. skan zastąpiony nowszym)',
];

/** The destination already holds an office's data and `replace` was not given: nothing was written. */
export class CopyRefusedError extends ServiceError {
  constructor(readonly held: Record<string, number>) {
    super('conflict', `Baza docelowa zawiera już dane biura (${describeCounts(held)}). Nic nie skopiowano.`);
    this.name = 'CopyRefusedError';
  }
}

/** The copy did not check out: every difference found; the destination was rolled back to what it was. */
export class CopyVerificationError extends ServiceError {
  constructor(
    readonly mismatches: string[],
    readonly tables: CopyTableCount[],
  ) {
    super('conflict', `Kopia nie zgadza się ze źródłem (różnic: ${mismatches.length}); baza docelowa pozostała bez zmian.`);
    this.name = 'CopyVerificationError';
  }
}

export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, count]) => `${table}: ${count}`)
    .join(', ');
}

type Say = (stage: CopyStage, message: string, extra?: Partial<CopyProgress>) => void;

export async function copyDatabase(from: CopyTarget, to: CopyTarget, options: CopyOptions = {}): Promise<CopyResult> {
  const say: Say = (stage, message, extra = {}) => options.onProgress?.({ stage, message, ...extra });
  checkTargets(from, to);
  // The source is only read: no migration, no backup.
  const source = await openRuntime(from, { migrate: false, dailyBackup: false, filesDir: from.filesDir });
  try {
    const version = await checkSource(source);
    await refuseUnknownTables(source, 'Baza źródłowa');
    say('open', `Źródło: ${source.databaseLocation} (${DATABASE_ENGINE_NAMES[source.engine]}), schemat ${version}.`);
    return await copyInto(source, version, to, options, say);
  } finally {
    await source.close();
  }
}

/** Opens the destination, copies into it and closes it; on failure puts it back as it was before. */
async function copyInto(source: Runtime, version: string, to: CopyTarget, options: CopyOptions, say: Say): Promise<CopyResult> {
  const before = await destinationBefore(to);
  let destination: Runtime | null = null;
  const added: string[] = [];
  try {
    // A SQLite file open in the app is not written under it: the app would go on with the data it replaced.
    const owner = { program: 'wiersz poleceń (kooperator copy)', beforeWhat: options.replace ? 'przed zastąpieniem jej danych' : 'przed skopiowaniem do niej danych' };
    destination = await openRuntime(to, { dailyBackup: false, filesDir: to.filesDir, owner });
    const result = await copyOpened(source, version, destination, before, options, say, added);
    await destination.close();
    destination = null;
    return result;
  } catch (error) {
    for (const file of added) fs.rmSync(file, { force: true });
    try {
      await undoDestination(to, before, destination);
    } catch {
      // The original error says what went wrong; a failed clean-up must not hide it.
    }
    throw error;
  }
}

async function copyOpened(source: Runtime, version: string, dest: Runtime, before: DestinationBefore, options: CopyOptions, say: Say, added: string[]): Promise<CopyResult> {
  await refuseUnknownTables(dest, 'Baza docelowa');
  const columns = await columnsOfBoth(source, dest);
  say('open', `Cel: ${dest.databaseLocation} (${DATABASE_ENGINE_NAMES[dest.engine]}), ${before === 'schema' ? 'schemat aktualny' : 'schemat utworzony'}.`);
  const { replaced, backup } = await makeRoom(dest, options, say);
  const copied = await source.db.transaction(
    (src) => dest.db.transaction((dst) => copyAndCompare(src, dst, source, dest, columns, say, added)),
    source.engine === 'postgresql' ? { isolationLevel: 'repeatable read', readOnly: true } : undefined,
  );
  return {
    source: { location: source.databaseLocation, engine: source.engine },
    destination: { location: dest.databaseLocation, engine: dest.engine },
    schemaVersion: version,
    tables: copied.counts,
    summaryPeriods: copied.periods,
    files: { folder: dest.filesDir, copied: copied.files.copied, present: copied.files.present, missingInSource: copied.files.missingInSource },
    replaced,
    backup,
  };
}

/** The office data the destination holds: refused without `replace`, otherwise backed up (SQLite) to be replaced. */
async function makeRoom(dest: Runtime, options: CopyOptions, say: Say): Promise<{ replaced: Record<string, number> | null; backup: string | null }> {
  const held = await officeData(dest.db);
  if (Object.keys(held).length === 0) return { replaced: null, backup: null };
  if (!options.replace) throw new CopyRefusedError(held);
  say('replace', `Baza docelowa zawiera dane biura, które zostaną usunięte i zastąpione danymi ze źródła: ${describeCounts(held)}.`);
  if (dest.engine !== 'sqlite') return { replaced: held, backup: null };
  const backup = (await backupNow(dest, 'import')).name;
  say('replace', `Kopia zapasowa bazy docelowej przed zastąpieniem: ${backup}`);
  return { replaced: held, backup };
}

/**
 * Inside both transactions: the tables and the stored files copied, then compared with the source; any difference
 * throws, which rolls the destination back. Files added to the destination's folder are listed in `added`.
 */
async function copyAndCompare(
  src: Knex,
  dst: Knex,
  source: Runtime,
  dest: Runtime,
  columns: Map<string, Column[]>,
  say: Say,
  added: string[],
): Promise<{ counts: CopyTableCount[]; periods: SummaryPeriod[]; files: FilesCopied }> {
  const read = await copyTables(src, dst, dest.engine, columns, (table, rows, done) =>
    say('table', done ? `Skopiowano ${table}: ${rowsText(rows)}.` : `  ${table}: ${rowsText(rows)}…`, { table, rows }),
  );
  const files = await copyStoredFiles(await storedFileRefs(src), source.filesDir, dest.filesDir);
  added.push(...files.added);
  say('files', `Pliki (logo, skany, załączniki) w folderze ${dest.filesDir}: skopiowano ${files.copied}, już były ${files.present}${files.missingInSource.length ? `, brak w źródle ${files.missingInSource.length}` : ''}.`);

  say('verify', 'Sprawdzanie: liczba wierszy i suma kontrolna każdej tabeli…');
  const tables = await compareTables(src, dst, columns, read);
  const summaries = await compareSummaries(src, dst, (period) => say('verify', `Sprawdzanie: podsumowanie okresu ${period.from} – ${period.to} w obu bazach…`));
  const mismatches = [...files.mismatches, ...tables.mismatches, ...summaries.mismatches];
  if (mismatches.length) throw new CopyVerificationError(mismatches, tables.counts);
  say('commit', 'Wszystko się zgadza; zatwierdzanie zmian w bazie docelowej…');
  return { counts: tables.counts, periods: summaries.periods, files };
}
