/**
 * A database file that fails SQLite's check at start: it is only ever read (never opened for writing, so not even a
 * WAL checkpoint touches it), and the newest backup that passes its own check is offered. Restoring it keeps the
 * damaged file beside the database under a dated name, with its WAL; nothing is deleted.
 *
 * The Electron app shows the offer as a dialog, the command line and the browser harness print it; all of them use
 * the error and the texts defined here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_REASONS } from '../../../preload/contract';
import { withReadOnly } from '../../../db/connection';
import { checkIntegrity, listBackups, replaceDatabaseFromBackup, verifyBackup, type BackupInfo } from './backup';
import { ServiceError } from '../errors';
import { backupFolderOf, defaultBackupFolder } from '.';
import { backupDateText, DatabaseDamagedError, type SkippedBackup } from './damaged';

/** SQLite's answers that mean the file itself is broken (not busy, locked or unreadable for other reasons). */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The offer as a dialog: what the Electron app shows, with the restore button first. */
export function restoreOfferDialog(damaged: DatabaseDamagedError): { title: string; message: string; detail: string; buttons: [string, string] } | null {
  const backup = damaged.newestGoodBackup;
  if (!backup) return null;
  const skipped = damaged.skippedBackups.length
    ? `\nPominięto nowsze kopie, które nie przechodzą kontroli: ${damaged.skippedBackups.map((s) => s.name).join(', ')}.`
    : '';
  return {
    title: 'Kooperator – baza danych uszkodzona',
    message: 'Plik bazy danych jest uszkodzony. Nic nie zostało w nim zapisane.',
    detail:
      `Plik: ${damaged.file}\nProblem: ${damaged.problems.slice(0, 2).join('; ')}\n\n` +
      `Najnowsza dobra kopia zapasowa: ${backupDateText(backup)} (${BACKUP_REASONS[backup.reason].pl}), z folderu ${damaged.backupFolder}. ` +
      `Zmiany wprowadzone po jej utworzeniu nie zostaną przywrócone. Uszkodzony plik zostanie zachowany obok bazy pod nazwą z datą.` +
      skipped,
    buttons: [`Przywróć najnowszą kopię (${backupDateText(backup)})`, 'Zamknij'],
  };
}

/** The newest backup in the folder that passes verifyBackup, and the newer ones that did not. */
export async function findNewestGoodBackup(folder: string): Promise<{ backup: BackupInfo | null; skipped: SkippedBackup[] }> {
  const skipped: SkippedBackup[] = [];
  for (const backup of listBackups(folder)) {
    try {
      await verifyBackup(folder, backup.name);
      return { backup, skipped };
    } catch (error) {
      skipped.push({ name: backup.name, reason: messageOf(error) });
    }
  }
  return { backup: null, skipped };
}

/**
 * SQLite's quick check of an existing file through a read-only connection. Returns the damage with the offer, or null
 * for a sound (or not yet created) file. `folder` overrides where backups are looked for.
 */
export async function inspectDatabaseFile(file: string, filesDir: string, folder?: string): Promise<DatabaseDamagedError | null> {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute) || fs.statSync(absolute).size === 0) return null;
  let backupFolder = folder ?? defaultBackupFolder(absolute);
  // A WAL a killed process left is recovered first (SQLite's own crash recovery); nothing else is written.
  const problems = await withReadOnly(absolute, async (db) => {
    let found: string[];
    try {
      found = await checkIntegrity(db);
    } catch (error) {
      if (!DAMAGE_CODES.has((error as { code?: string }).code ?? '')) throw error;
      found = [messageOf(error)];
    }
    // The chosen backup folder is a setting in the file itself; read it if the damage allows.
    if (found.length > 0 && folder === undefined) {
      backupFolder = await backupFolderOf({ db, engine: 'sqlite', databaseLocation: absolute, filesDir }).catch(() => backupFolder);
    }
    return found;
  });
  if (problems.length === 0) return null;
  const { backup, skipped } = await findNewestGoodBackup(backupFolder);
  return new DatabaseDamagedError(absolute, problems, backupFolder, backup, skipped, filesDir);
}

/** Keeps a file under another name without moving it yet: a hard link where the disk allows, a copy otherwise. */
function keepCopy(file: string, aside: string): void {
  try {
    fs.linkSync(file, aside);
  } catch {
    fs.copyFileSync(file, aside);
  }
}

/**
 * Puts a verified backup in place of a damaged database file. The damaged file is kept as
 * `<file>.uszkodzona-<time>` (with its `-wal`, which may hold the last changes), and is never deleted;
 * the backup's stored files are merged into the files folder. Returns the name the damaged file is kept under.
 */
function replaceDamagedDatabase(backupDir: string, file: string, filesDir: string, now = new Date()): string {
  const aside = `${file}.uszkodzona-${now.toISOString().replace(/[:.]/g, '-')}`;
  // The database keeps its name until the backup replaces it in one rename, so a crash here never leaves no file.
  keepCopy(file, aside);
  // The WAL belongs to the damaged file: applied to the restored one it would break it.
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(`${file}${suffix}`)) fs.renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  replaceDatabaseFromBackup(backupDir, file, filesDir);
  return aside;
}

export interface RestoredFromBackup {
  backup: BackupInfo;
  /** Where the damaged file is kept. */
  keptAs: string;
}

/** Accepting the offer: the newest good backup (checked once more) replaces the damaged file. */
export async function restoreNewestGoodBackup(damaged: DatabaseDamagedError): Promise<RestoredFromBackup> {
  const backup = damaged.newestGoodBackup;
  if (!backup) throw new ServiceError('not_found', `W folderze ${damaged.backupFolder} nie ma kopii zapasowej, która przechodzi kontrolę spójności.`);
  return { backup, keptAs: await restoreDamagedFrom(damaged, backup.name) };
}

/** Replaces a damaged database by the named backup (checked again first); returns where the damaged file was kept. */
export async function restoreDamagedFrom(damaged: DatabaseDamagedError, name: string): Promise<string> {
  return replaceDamagedDatabase(await verifyBackup(damaged.backupFolder, name), damaged.file, damaged.filesDir);
}
