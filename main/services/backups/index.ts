/**
 * Keeping the data safe day to day: where backups go, the daily backup at the first start of a day,
 * backups before risky work, restore, and the integrity check that guards every start.
 */
import path from 'node:path';
import type { Knex } from 'knex';
import type { BackupReason } from '../../../preload/contract';
import { createBackup, listBackups, pruneBackups, replaceDatabaseFromBackup, verifyBackup, type BackupInfo } from './backup';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { removeRestoreLeftovers } from './owner';

export const BACKUP_FOLDER_SETTING = 'backup.folder';

type MaintenanceContext = Pick<ServiceContext, 'db' | 'engine' | 'databaseLocation' | 'filesDir' | 'gate'>;

function requireSqlite(ctx: MaintenanceContext): string {
  // A shared PostgreSQL server is backed up by its administrator (pg_dump), not by each PC.
  if (ctx.engine !== 'sqlite') throw new ServiceError('conflict', 'Kopie zapasowe z aplikacji dotyczą bazy SQLite; bazę PostgreSQL archiwizuje administrator serwera.');
  return ctx.databaseLocation;
}

export function defaultBackupFolder(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'Kopie zapasowe');
}

export async function backupFolderOf(ctx: MaintenanceContext): Promise<string> {
  const file = requireSqlite(ctx);
  const row = (await ctx.db('settings').where({ key: BACKUP_FOLDER_SETTING }).first('value')) as { value: string } | undefined;
  return row?.value ?? defaultBackupFolder(file);
}

/** Chooses another backup folder (e.g. a network drive); it must be an absolute path. */
export async function setBackupFolder(db: Knex, folder: string | null): Promise<void> {
  if (folder === null) {
    await db('settings').where({ key: BACKUP_FOLDER_SETTING }).delete();
    return;
  }
  if (!path.isAbsolute(folder) && !path.win32.isAbsolute(folder)) {
    throw new ServiceError('validation', 'Popraw zaznaczone pole.', { folder: 'Podaj pełną ścieżkę folderu, np. D:\\Kopie\\Kooperator' });
  }
  await db('settings').insert({ key: BACKUP_FOLDER_SETTING, value: folder }).onConflict('key').merge();
}

export async function backupNow(ctx: MaintenanceContext, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  const folder = await backupFolderOf(ctx);
  // A dead restore's full-size copy beside the database would take the space the backup needs.
  removeRestoreLeftovers(ctx.databaseLocation);
  const backup = await createBackup(ctx, folder, reason, now);
  pruneBackups(folder, now);
  return backup;
}

/** The daily backup: made at the first start of each day (any backup made today counts). */
export async function ensureDailyBackup(ctx: MaintenanceContext, now = new Date()): Promise<BackupInfo | null> {
  if (ctx.engine !== 'sqlite') return null;
  const today = now.toISOString().slice(0, 10);
  if (listBackups(await backupFolderOf(ctx)).some((backup) => backup.createdAt.startsWith(today))) return null;
  return backupNow(ctx, 'daily', now);
}

export async function listBackupsOf(ctx: MaintenanceContext): Promise<BackupInfo[]> {
  return listBackups(await backupFolderOf(ctx));
}

/**
 * Replaces the database with a backup, after checking the backup and backing up the current state
 * (so a restore can itself be undone). The knex pool is closed around the file swap and reopened.
 * Called from the window, it runs alone (the gate's barrier): the saves in flight are in the safety copy.
 */
export async function restoreBackup(ctx: MaintenanceContext, name: string): Promise<BackupInfo> {
  const file = requireSqlite(ctx);
  const folder = await backupFolderOf(ctx);
  const dir = await verifyBackup(folder, name);
  const safety = await createBackup(ctx, folder, 'restore');
  await ctx.db.destroy();
  try {
    replaceDatabaseFromBackup(dir, file, ctx.filesDir);
    ctx.gate?.adoptSwappedFile();
  } finally {
    ctx.db.initialize();
  }
  // The restored database may hold its own backup folder setting; the safety copy is where we wrote it.
  return safety;
}
