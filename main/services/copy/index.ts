/**
 * Moving an office's data between databases: a SQLite file and a PostgreSQL server, either way (`kooperator copy`).
 *
 * The copy is table by table, row by row, so it carries everything the database holds — also what the exchange file
 * leaves out (record versions and timestamps, the audit log, settings, the TERYT register as the office has it,
 * built-in templates, stored files' references) — and the stored files themselves into the destination's data
 * folder. It reads the source in one snapshot and never writes to it. The destination is written in one
 * transaction, then checked inside it before anything is committed: row counts and a fingerprint of every table,
 * and the period summary over the register's whole range, must be the same on both sides. Any difference rolls
 * the whole copy back, so the destination stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { openDatabase, type DatabaseTarget, type Engine } from '../../../db/connection';
import { LATEST_SCHEMA_VERSION, migrationState, rollbackAll, schemaVersion } from '../../../db/migrate';
// eslint-disable-next-line no-restricted-imports -- a known upward arrow, listed in tests/unit/architecture.test.ts until the copy is handed its opener
import { openRuntime, type Runtime } from '../../runtime';
import { ServiceError } from '../errors';
import { pluralForm, type PluralForms } from '../language/plural';
import { backupNow } from '../backups';
import { absolutePath, fileHash } from '../storedFiles';
import {
  columnsOf,
  continueNumbering,
  copiedRows,
  deleteRows,
  Fingerprint,
  insertChunkSize,
  normaliseRow,
  officeData,
  parentsFirst,
  readChunks,
  TABLES,
  unknownTables,
  type Column,
  type TableSpec,
} from './tables';
import { firstDifference, summaryOf, summaryPeriods, type SummaryPeriod } from './verify';
import { DATABASE_ENGINE_NAMES } from '../../../preload/contract';

export { TABLES } from './tables';
export type { SummaryPeriod } from './verify';

/** A database to copy from or to; `filesDir` overrides where its stored files are (tests; by default as the app). */
export type CopyTarget = DatabaseTarget & { filesDir?: string };

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

export interface CopyTableCount {
  table: string;
  source: number;
  destination: number;
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

/** A counted noun in its Polish form: "1 wiersz", "3 wiersze", "5 wierszy", "12 500 wierszy". */
function counted(count: number, forms: PluralForms): string {
  return `${count.toLocaleString('pl-PL')} ${pluralForm(count, forms)}`;
}

const rowsText = (count: number) => counted(count, ['wiersz', 'wiersze', 'wierszy']);

function sameDatabase(a: CopyTarget, b: CopyTarget): boolean {
  if ('sqliteFile' in a && 'sqliteFile' in b) {
    const fold = (file: string) => (process.platform === 'win32' ? path.resolve(file).toLowerCase() : path.resolve(file));
    return fold(a.sqliteFile) === fold(b.sqliteFile);
  }
  if ('postgresUrl' in a && 'postgresUrl' in b) {
    const where = (url: string) => {
      const parsed = new URL(url);
      return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    };
    return where(a.postgresUrl) === where(b.postgresUrl) && (a.schema ?? '') === (b.schema ?? '');
  }
  return false;
}

/** Before anything is opened: a destination that does not exist yet, or has no schema, is removed again on failure. */
type DestinationBefore = 'new-file' | 'no-schema' | 'schema';

async function destinationBefore(to: CopyTarget): Promise<DestinationBefore> {
  if ('sqliteFile' in to && !fs.existsSync(to.sqliteFile)) return 'new-file';
  const probe = openDatabase(to);
  try {
    return (await schemaVersion(probe.db)) === null ? 'no-schema' : 'schema';
  } finally {
    await probe.db.destroy();
  }
}

async function undoDestination(to: CopyTarget, before: DestinationBefore, destination: Runtime | null): Promise<void> {
  try {
    if (before === 'no-schema' && destination) {
      await rollbackAll(destination.db);
      await destination.db.schema.dropTableIfExists('knex_migrations');
      await destination.db.schema.dropTableIfExists('knex_migrations_lock');
    }
  } finally {
    await destination?.close();
  }
  if (before === 'new-file' && 'sqliteFile' in to) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${path.resolve(to.sqliteFile)}${suffix}`, { force: true });
  }
}

/** The source must have exactly this program's schema: every migration applied, none this program does not know. */
async function checkSource(source: Runtime): Promise<string> {
  const { applied, unknown, pending } = await migrationState(source.db);
  const version = applied.at(-1);
  if (version === undefined) throw new ServiceError('validation', `W bazie źródłowej ${source.databaseLocation} nie ma danych Kooperatora (brak schematu).`);
  if (unknown.length) {
    throw new ServiceError('validation', `Baza źródłowa ma schemat nowszy niż ten program (${unknown.join(', ')}); użyj nowszej wersji programu.`);
  }
  if (pending.length) {
    throw new ServiceError(
      'validation',
      `Baza źródłowa ma starszy schemat (${version}); najpierw ją zaktualizuj (kooperator migrate albo uruchomienie programu na tej bazie), potem skopiuj.`,
    );
  }
  return LATEST_SCHEMA_VERSION;
}

async function refuseUnknownTables(runtime: Runtime, side: string): Promise<void> {
  const unknown = await unknownTables(runtime.db, runtime.engine);
  if (unknown.length) {
    throw new ServiceError('validation', `${side} zawiera tabele, których kopiowanie nie obsługuje (${unknown.join(', ')}); nic nie skopiowano.`);
  }
}

/** The columns of every table; both sides must have the same ones (they have the same schema version). */
async function columnsOfBoth(source: Runtime, destination: Runtime): Promise<Map<string, Column[]>> {
  const all = new Map<string, Column[]>();
  for (const table of TABLES) {
    const from = await columnsOf(source.db, source.engine, table.name);
    const to = await columnsOf(destination.db, destination.engine, table.name);
    const names = (columns: Column[]) => columns.map((c) => c.name).join(', ');
    if (names(from) !== names(to)) {
      throw new ServiceError('validation', `Tabela ${table.name} ma w źródle inne kolumny (${names(from)}) niż w celu (${names(to)}); nic nie skopiowano.`);
    }
    all.set(table.name, to);
  }
  return all;
}

function keyOf(table: TableSpec, row: Record<string, unknown>): string {
  return table.key.map((column) => String(row[column])).join(' / ');
}

/** PostgreSQL refuses text longer than its column; SQLite never checked. Say which row, before the server does. */
function checkLengths(table: TableSpec, rows: Record<string, unknown>[], columns: Column[]): void {
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column.name];
      if (column.maxLength === null || typeof value !== 'string') continue;
      const length = [...value].length;
      if (length > column.maxLength) {
        throw new ServiceError(
          'validation',
          `Tabela ${table.name}, wiersz ${keyOf(table, row)}: pole ${column.name} ma ${counted(length, ['znak', 'znaki', 'znaków'])}, a baza docelowa przyjmuje najwyżej ${column.maxLength}. Popraw ten rekord w źródle; nic nie skopiowano.`,
        );
      }
    }
  }
}

async function writeRows(dst: Knex, engine: Engine, table: TableSpec, rows: Record<string, unknown>[], columns: Column[]): Promise<void> {
  if (engine === 'postgresql') checkLengths(table, rows, columns);
  const size = insertChunkSize(engine, columns.length);
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size).map((row) => normaliseRow(row, columns));
    try {
      if (engine === 'postgresql') {
        // One JSON parameter instead of one per value: the server turns it into rows of the table's own type.
        const names = columns.map((column) => column.name);
        await dst.raw(`INSERT INTO ?? (${names.map(() => '??').join(', ')}) SELECT ${names.map(() => '??').join(', ')} FROM json_populate_recordset(NULL::??, ?)`, [
          table.name,
          ...names,
          ...names,
          table.name,
          JSON.stringify(chunk),
        ]);
      } else {
        await dst(table.name).insert(chunk);
      }
    } catch (error) {
      throw new ServiceError('conflict', `Baza docelowa odrzuciła wiersze tabeli ${table.name} (${error instanceof Error ? error.message : String(error)}); nic nie skopiowano.`);
    }
  }
}

/** Copies one table; returns the fingerprint of what was read from the source. */
async function copyTable(src: Knex, dst: Knex, engine: Engine, table: TableSpec, columns: Column[], progress: (rows: number) => void): Promise<Fingerprint> {
  const read = new Fingerprint();
  if (table.parentColumn) {
    // A handful of rows that may point at each other: all at once, parents first.
    const rows: Record<string, unknown>[] = [];
    for await (const chunk of readChunks(src, table)) rows.push(...chunk);
    for (const row of rows) read.add(row, columns);
    await writeRows(dst, engine, table, parentsFirst(rows, table.parentColumn, table.key[0]!), columns);
    return read;
  }
  let reported = 0;
  for await (const chunk of readChunks(src, table)) {
    for (const row of chunk) read.add(row, columns);
    await writeRows(dst, engine, table, chunk, columns);
    if (read.count - reported >= 100_000) {
      reported = read.count;
      progress(read.count);
    }
  }
  return read;
}

async function fingerprintOf(db: Knex, table: TableSpec, columns: Column[]): Promise<Fingerprint> {
  const fingerprint = new Fingerprint();
  for await (const chunk of readChunks(db, table)) for (const row of chunk) fingerprint.add(row, columns);
  return fingerprint;
}

// ---------------------------------------------------------------------------------------------------------
// Stored files

interface StoredRef {
  path: string;
  sha256: string;
}

/** Every stored file the database refers to: logo strips, signed scans, events' attachments. */
async function storedFileRefs(db: Knex): Promise<StoredRef[]> {
  const refs: StoredRef[] = [];
  const collect = async (table: string, pathColumn: string, shaColumn: string) => {
    const rows = (await db(table).whereNotNull(pathColumn).select({ path: pathColumn, sha256: shaColumn })) as StoredRef[];
    refs.push(...rows);
  };
  await collect('projects', 'logo_color_path', 'logo_color_sha256');
  await collect('projects', 'logo_mono_path', 'logo_mono_sha256');
  await collect('agreements', 'scan_path', 'scan_sha256');
  await collect('event_attachments', 'path', 'sha256');
  const unique = new Map(refs.map((ref) => [`${ref.path}\n${ref.sha256}`, ref]));
  return [...unique.values()];
}

interface FilesCopied {
  copied: number;
  present: number;
  missingInSource: string[];
  /** Files this copy added to the destination's folder: removed again if the copy fails. */
  added: string[];
  mismatches: string[];
}

async function copyStoredFiles(refs: StoredRef[], fromDir: string, toDir: string): Promise<FilesCopied> {
  const result: FilesCopied = { copied: 0, present: 0, missingInSource: [], added: [], mismatches: [] };
  const shared = path.resolve(fromDir) === path.resolve(toDir);
  for (const ref of refs) {
    // A path that would leave its folder is never followed.
    const from = absolutePath(fromDir, ref.path);
    const to = absolutePath(toDir, ref.path);
    if (!from || !to) {
      result.missingInSource.push(`${ref.path} (ścieżka poza folderem plików)`);
      continue;
    }
    if ((await fileHash(to)) === ref.sha256) {
      result.present += 1;
      continue;
    }
    if (shared || (await fileHash(from)) !== ref.sha256) {
      result.missingInSource.push(fs.existsSync(from) ? `${ref.path} (uszkodzony: inna suma SHA-256)` : ref.path);
      continue;
    }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    const partial = `${to}.partial`;
    fs.copyFileSync(from, partial);
    fs.renameSync(partial, to);
    result.added.push(to);
    if ((await fileHash(to)) === ref.sha256) result.copied += 1;
    else result.mismatches.push(`plik ${ref.path}: w folderze docelowym ma inną sumę SHA-256 niż w bazie`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// The copy

export async function copyDatabase(from: CopyTarget, to: CopyTarget, options: CopyOptions = {}): Promise<CopyResult> {
  const say = (stage: CopyStage, message: string, extra: Partial<CopyProgress> = {}) => options.onProgress?.({ stage, message, ...extra });
  if (sameDatabase(from, to)) throw new ServiceError('validation', 'Źródło i cel kopiowania to ta sama baza danych.');
  if ('sqliteFile' in from && !fs.existsSync(from.sqliteFile)) throw new ServiceError('validation', `Plik bazy źródłowej ${path.resolve(from.sqliteFile)} nie istnieje.`);

  // The source is only read: no migration, no backup.
  const source = await openRuntime(from, { migrate: false, dailyBackup: false, filesDir: from.filesDir });
  try {
    const version = await checkSource(source);
    await refuseUnknownTables(source, 'Baza źródłowa');
    say('open', `Źródło: ${source.databaseLocation} (${DATABASE_ENGINE_NAMES[source.engine]}), schemat ${version}.`);

    const before = await destinationBefore(to);
    let destination: Runtime | null = null;
    let added: string[] = [];
    try {
      destination = await openRuntime(to, { dailyBackup: false, filesDir: to.filesDir });
      const dest = destination;
      await refuseUnknownTables(dest, 'Baza docelowa');
      const columns = await columnsOfBoth(source, dest);
      say('open', `Cel: ${dest.databaseLocation} (${DATABASE_ENGINE_NAMES[dest.engine]}), ${before === 'schema' ? 'schemat aktualny' : 'schemat utworzony'}.`);

      const held = await officeData(dest.db);
      const replaced = Object.keys(held).length ? held : null;
      if (replaced && !options.replace) throw new CopyRefusedError(held);
      let backup: string | null = null;
      if (replaced) {
        say('replace', `Baza docelowa zawiera dane biura, które zostaną usunięte i zastąpione danymi ze źródła: ${describeCounts(held)}.`);
        if (dest.engine === 'sqlite') {
          backup = (await backupNow(dest, 'import')).name;
          say('replace', `Kopia zapasowa bazy docelowej przed zastąpieniem: ${backup}`);
        }
      }

      const counts: CopyTableCount[] = [];
      const periods: SummaryPeriod[] = [];
      let files: FilesCopied | null = null;
      await source.db.transaction(
        async (src) => {
          await dest.db.transaction(async (dst) => {
            for (const table of [...TABLES].reverse()) await deleteRows(dst, table);

            const read = new Map<string, Fingerprint>();
            for (const table of TABLES) {
              const tableColumns = columns.get(table.name)!;
              const fingerprint = await copyTable(src, dst, dest.engine, table, tableColumns, (rows) =>
                say('table', `  ${table.name}: ${rowsText(rows)}…`, { table: table.name, rows }),
              );
              await continueNumbering(dst, dest.engine, table);
              read.set(table.name, fingerprint);
              say('table', `Skopiowano ${table.name}: ${rowsText(fingerprint.count)}.`, { table: table.name, rows: fingerprint.count });
            }

            files = await copyStoredFiles(await storedFileRefs(src), source.filesDir, dest.filesDir);
            added = files.added;
            say('files', `Pliki (logo, skany, załączniki) w folderze ${dest.filesDir}: skopiowano ${files.copied}, już były ${files.present}${files.missingInSource.length ? `, brak w źródle ${files.missingInSource.length}` : ''}.`);

            say('verify', 'Sprawdzanie: liczba wierszy i suma kontrolna każdej tabeli…');
            const mismatches: string[] = [...files.mismatches];
            for (const table of TABLES) {
              const written = await fingerprintOf(dst, table, columns.get(table.name)!);
              const sourceCount = read.get(table.name)!.count;
              // Counted again on both sides, as `kooperator info` would count them.
              const [srcRow, dstRow] = (await Promise.all([copiedRows(src, table).count({ n: '*' }).first(), copiedRows(dst, table).count({ n: '*' }).first()])) as { n: number | string }[];
              const counted = { source: Number(srcRow!.n), destination: Number(dstRow!.n) };
              counts.push({ table: table.name, ...counted });
              if (counted.source !== counted.destination || counted.source !== sourceCount || written.count !== sourceCount) {
                mismatches.push(`tabela ${table.name}: w źródle ${rowsText(counted.source)}, w celu ${rowsText(counted.destination)}`);
              } else if (written.value !== read.get(table.name)!.value) {
                mismatches.push(`tabela ${table.name}: tyle samo wierszy (${counted.source.toLocaleString('pl-PL')}), ale inna treść (suma kontrolna ${read.get(table.name)!.value} ≠ ${written.value})`);
              }
            }

            periods.push(...(await summaryPeriods(src)));
            for (const period of periods) {
              say('verify', `Sprawdzanie: podsumowanie okresu ${period.from} – ${period.to} w obu bazach…`);
              const difference = firstDifference(await summaryOf(src, period), await summaryOf(dst, period));
              if (difference) mismatches.push(`podsumowanie ${period.from} – ${period.to}: ${difference}`);
            }
            if (mismatches.length) throw new CopyVerificationError(mismatches, counts);
            say('commit', 'Wszystko się zgadza; zatwierdzanie zmian w bazie docelowej…');
          });
        },
        source.engine === 'postgresql' ? { isolationLevel: 'repeatable read', readOnly: true } : undefined,
      );

      const copiedFiles = files as FilesCopied | null;
      const result: CopyResult = {
        source: { location: source.databaseLocation, engine: source.engine },
        destination: { location: dest.databaseLocation, engine: dest.engine },
        schemaVersion: version,
        tables: counts,
        summaryPeriods: periods,
        files: { folder: dest.filesDir, copied: copiedFiles?.copied ?? 0, present: copiedFiles?.present ?? 0, missingInSource: copiedFiles?.missingInSource ?? [] },
        replaced,
        backup,
      };
      await dest.close();
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
  } finally {
    await source.close();
  }
}
