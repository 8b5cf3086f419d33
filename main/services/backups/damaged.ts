/**
 * A database file that fails SQLite's check, as an error that carries the restore offer: a home of its own, so that
 * the gate (which every call passes, and the services' context names) can tell it without importing the recovery.
 */
import type { BackupInfo } from './backup';

export interface SkippedBackup {
  name: string;
  reason: string;
}

/** A backup's moment for people: "23 listopada 2026 21:29" in the PC's time zone. */
export function backupDateText(backup: Pick<BackupInfo, 'createdAt'>): string {
  return new Date(backup.createdAt).toLocaleString('pl-PL', { dateStyle: 'long', timeStyle: 'short' });
}

/** The database file fails SQLite's check: nothing was written to it; the newest good backup (if any) is offered. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    /** Where the backups were looked for. */
    readonly backupFolder: string,
    /** The newest backup that passes its checksum and SQLite's full check; null when there is none. */
    readonly newestGoodBackup: BackupInfo | null,
    /** Newer backups passed over because they failed their check. */
    readonly skippedBackups: SkippedBackup[],
    /** The stored files folder the backup's files are merged back into. */
    readonly filesDir: string,
  ) {
    super(restoreOfferText(file, problems, backupFolder, newestGoodBackup));
    this.name = 'DatabaseDamagedError';
  }
}

/** The offer as one text: the error message the command line and the browser harness print. */
function restoreOfferText(file: string, problems: string[], folder: string, backup: BackupInfo | null): string {
  const what = `Plik bazy danych ${file} jest uszkodzony (${problems.slice(0, 2).join('; ')}). Nic nie zostało w nim zapisane.`;
  if (!backup) return `${what} W folderze ${folder} nie ma kopii zapasowej, która przechodzi kontrolę spójności.`;
  return (
    `${what} Najnowsza dobra kopia zapasowa: ${backup.name} (${backupDateText(backup)}). ` +
    `Przywróć ją (uszkodzony plik zostanie zachowany obok): kooperator --db "${file}" restore --newest`
  );
}
