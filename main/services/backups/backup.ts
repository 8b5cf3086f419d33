/**
 * Backups of the SQLite database and its files folder. SQLite's own `VACUUM INTO` makes a consistent copy
 * while the app keeps running; a backup is written into a hidden `.partial` folder and renamed only when
 * complete, so a crash never leaves a half-written folder that looks like a backup.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';
import { BACKUP_REASON_KEYS, type BackupReason } from '../../../preload/contract';
import { openSqliteReadOnly } from '../../../db/connection';
import { schemaVersion } from '../../../db/migrate';
import { freeBytes, isDiskFull, megabytesText, ServiceError } from '../errors';
import { isLeftover, ownerTag, removeQuietly, removeRestoreLeftovers } from './owner';

export const BACKUP_DB_FILE = 'kooperator.sqlite';
export const BACKUP_FILES_DIR = 'pliki';
const MANIFEST = 'kopia.json';
const NAME_PATTERN = /^kopia-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z]+)$/;

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: string | null;
  sizeBytes: number;
}

interface Manifest {
  format: 'kooperator-backup';
  version: 1;
  createdAt: string;
  reason: BackupReason;
  schemaVersion: string | null;
  sha256: string;
}

function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** `.kopia-<time>-<reason>.<pid>@<computer>.partial`: a backup being written, by its owner. */
const PARTIAL_PATTERN = /^\.(kopia-[^.]+)(?:\.(\d+@.+))?\.partial$/;


function folderSize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return total;
}

function backupDiskFullError(folder: string, needed: number): ServiceError {
  const free = freeBytes(folder);
  return new ServiceError(
    'conflict',
    `Za mało miejsca na dysku na kopię zapasową w folderze ${folder}: potrzeba około ${megabytesText(needed)}` +
      `${free === null ? '' : `, wolne ${megabytesText(free)}`}. Nic nie zostało zapisane. Zwolnij miejsce na dysku albo wybierz inny folder kopii (Ustawienia → Kopie zapasowe).`,
  );
}

/** What a backup will take: the database's used pages (VACUUM INTO leaves out free ones) and the stored files. */
async function neededBytes(source: { db: Knex; filesDir: string }): Promise<number> {
  const pragma = async (name: string) => Number(Object.values(((await source.db.raw(`PRAGMA ${name}`)) as Record<string, number>[])[0] ?? {})[0] ?? 0);
  const pages = (await pragma('page_count')) - (await pragma('freelist_count'));
  return pages * (await pragma('page_size')) + folderSize(source.filesDir);
}

/**
 * Leftovers of backups that died (`.partial` folders of processes that no longer run, or of another computer's run
 * untouched for hours). A live run's folder – in this process or another – is never touched.
 */
export function removeBackupLeftovers(folder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = PARTIAL_PATTERN.exec(name);
    if (!match) continue;
    let modified: number;
    try {
      modified = fs.statSync(path.join(folder, name)).mtimeMs;
    } catch {
      continue; // removed meanwhile
    }
    if (isLeftover(match[2] ?? null, modified, now) && removeQuietly(path.join(folder, name))) removed.push(name);
  }
  return removed;
}

export async function createBackup(source: { db: Knex; filesDir: string }, folder: string, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  fs.mkdirSync(folder, { recursive: true });
  removeBackupLeftovers(folder);
  const needed = await neededBytes(source);
  const free = freeBytes(folder);
  if (free !== null && free < needed) throw backupDiskFullError(folder, needed);
  let createdAt = now.toISOString();
  const nameAt = (iso: string) => `kopia-${iso.replace(/[:.]/g, '-')}-${reason}`;
  // Owned by this process: another run (the daily backup, a second PC on the same folder) has its own.
  const partial = path.join(folder, `.${nameAt(createdAt)}.${ownerTag()}.partial`);
  fs.mkdirSync(partial, { recursive: true });
  let name = nameAt(createdAt);
  let sizeBytes: number;
  let version: string | null;
  try {
    const dbCopy = path.join(partial, BACKUP_DB_FILE);
    await source.db.raw('VACUUM INTO ?', [dbCopy]);
    fsyncFile(dbCopy);
    sizeBytes = fs.statSync(dbCopy).size;
    // Stored files are named by their checksum and never change, so a plain copy is consistent.
    if (fs.existsSync(source.filesDir)) fs.cpSync(source.filesDir, path.join(partial, BACKUP_FILES_DIR), { recursive: true });
    version = await schemaVersion(source.db);
    const sha256 = sha256File(dbCopy);
    const writeManifest = () => {
      const manifest: Manifest = { format: 'kooperator-backup', version: 1, createdAt, reason, schemaVersion: version, sha256 };
      fs.writeFileSync(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2));
    };
    writeManifest();
    // Two runs finishing in the same millisecond: the later one takes the next millisecond.
    for (let attempt = 0; ; attempt++) {
      try {
        fs.renameSync(partial, path.join(folder, name));
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt >= 100) throw error;
        createdAt = new Date(Date.parse(createdAt) + 1).toISOString();
        name = nameAt(createdAt);
        writeManifest();
      }
    }
  } catch (error) {
    removeQuietly(partial);
    if (isDiskFull(error)) throw backupDiskFullError(folder, needed);
    throw new ServiceError('conflict', `Nie udało się utworzyć kopii zapasowej w folderze ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Described from what this run wrote: another run's pruning may already have taken an older daily backup away.
  return { name, createdAt, reason, schemaVersion: version, sizeBytes };
}

function describe(folder: string, name: string): BackupInfo | null {
  const match = NAME_PATTERN.exec(name);
  const dir = path.join(folder, name);
  if (!match || !fs.existsSync(path.join(dir, MANIFEST)) || !fs.existsSync(path.join(dir, BACKUP_DB_FILE))) return null;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    if (manifest.format !== 'kooperator-backup' || !(BACKUP_REASON_KEYS as string[]).includes(manifest.reason)) return null;
    return {
      name,
      createdAt: manifest.createdAt,
      reason: manifest.reason,
      schemaVersion: manifest.schemaVersion,
      sizeBytes: fs.statSync(path.join(dir, BACKUP_DB_FILE)).size,
    };
  } catch {
    return null;
  }
}

/** Complete backups in the folder, newest first. Half-written (`.partial`) folders are never listed. */
export function listBackups(folder: string): BackupInfo[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .map((name) => describe(folder, name))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** ISO week key ("2026-W48") of a date, for the weekly generation of the rotation. */
function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return `${day.getUTCFullYear()}-W${Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)}`;
}

const GENERATIONS: { keep: number; key: (date: Date) => string }[] = [
  { keep: 7, key: (d) => d.toISOString().slice(0, 10) },
  { keep: 4, key: isoWeek },
  { keep: 12, key: (d) => d.toISOString().slice(0, 7) },
];

/** Backups made by hand or before risky work stay this long whatever the rotation says: they are the way back. */
const KEEP_SPECIAL_DAYS = 14;

/**
 * Rotation: the newest backup of each of the last 7 days, 4 weeks and 12 months that have backups is kept,
 * and every backup made by hand or before a migration, import or restore in the last 14 days.
 * Returns the names to remove.
 */
export function backupsToPrune(backups: BackupInfo[], now = new Date()): string[] {
  const keepSpecialSince = new Date(now.getTime() - KEEP_SPECIAL_DAYS * 86_400_000).toISOString();
  const keep = new Set(backups.filter((b) => b.reason !== 'daily' && b.createdAt >= keepSpecialSince).map((b) => b.name));
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const generation of GENERATIONS) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = generation.key(new Date(backup.createdAt));
      if (seen.has(key)) continue;
      if (seen.size >= generation.keep) break;
      seen.add(key);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

export function pruneBackups(folder: string, now = new Date()): string[] {
  const removed = backupsToPrune(listBackups(folder), now);
  // Another process pruning the same folder at once may have removed one already.
  for (const name of removed) removeQuietly(path.join(folder, name));
  // Leftovers of backups interrupted by a crash; live runs' folders stay.
  removeBackupLeftovers(folder);
  return removed;
}

/** Runs SQLite's check: `quick_check` at every start, the full `integrity_check` on demand. */
export async function checkIntegrity(db: Knex, full = false): Promise<string[]> {
  const rows = (await db.raw(full ? 'PRAGMA integrity_check' : 'PRAGMA quick_check')) as Record<string, string>[];
  const messages = rows.map((row) => Object.values(row)[0] ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** SQLite's codes for a file that is not a database or is damaged beyond reading. */
const UNREADABLE_DATABASE = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB', 'SQLITE_IOERR_SHORT_READ', 'SQLITE_CANTOPEN']);

/** Checks a backup before it replaces anything: its checksum and SQLite's full integrity check. */
export async function verifyBackup(folder: string, name: string): Promise<string> {
  const info = describe(folder, name);
  if (!info) throw new ServiceError('not_found', `Nie ma kopii zapasowej „${name}” w folderze ${folder}.`);
  const dir = path.join(folder, name);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  const file = path.join(dir, BACKUP_DB_FILE);
  if (sha256File(file) !== manifest.sha256) throw new ServiceError('conflict', `Kopia „${name}” jest uszkodzona (suma kontrolna się nie zgadza).`);
  const opened = openSqliteReadOnly(file);
  try {
    const problems = await checkIntegrity(opened.db, true);
    if (problems.length) throw new ServiceError('conflict', `Kopia „${name}” nie przechodzi kontroli spójności: ${problems.slice(0, 3).join('; ')}`);
  } catch (error) {
    // The checksum only proves the file is as it was copied: a copy of a damaged file, or one made up to pass.
    if (UNREADABLE_DATABASE.has(String((error as { code?: unknown } | null)?.code))) {
      throw new ServiceError(
        'conflict',
        `Kopia „${name}” jest uszkodzona: jej plik bazy danych nie jest poprawną bazą SQLite, choć suma kontrolna się zgadza (plik uszkodził się przed zrobieniem kopii). Niczego nie zmieniono; wybierz inną kopię.`,
      );
    }
    throw error;
  } finally {
    await opened.db.destroy();
  }
  return dir;
}

/** Puts a verified backup in place of the database file and merges its files into the files folder. */
export function replaceDatabaseFromBackup(backupDir: string, databaseFile: string, filesDir: string): void {
  removeRestoreLeftovers(databaseFile);
  // Named by its owner, so the clean-up of another process never removes it while it is being copied.
  const incoming = `${databaseFile}.${ownerTag()}.przywracanie`;
  const source = path.join(backupDir, BACKUP_DB_FILE);
  try {
    fs.copyFileSync(source, incoming);
    fsyncFile(incoming);
  } catch (error) {
    removeQuietly(incoming);
    if (!isDiskFull(error)) throw error;
    const free = freeBytes(path.dirname(databaseFile));
    throw new ServiceError(
      'conflict',
      `Za mało miejsca na dysku, by przywrócić kopię obok bazy ${databaseFile}: potrzeba około ${megabytesText(fs.statSync(source).size)}` +
        `${free === null ? '' : `, wolne ${megabytesText(free)}`}. Baza pozostała bez zmian. Zwolnij miejsce na dysku i spróbuj ponownie.`,
    );
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  fs.renameSync(incoming, databaseFile);
  const files = path.join(backupDir, BACKUP_FILES_DIR);
  if (fs.existsSync(files)) fs.cpSync(files, filesDir, { recursive: true });
}
