/** `kooperator backup | backups | restore | check`: the same backups as Ustawienia → Kopie zapasowe. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { BACKUP_REASONS } from '../../preload/contract';
import { openSqlite, withReadOnly } from '../../db/connection';
import { prepareDatabase } from '../runtime';
import { checkIntegrity, listBackups } from '../services/backups/backup';
import { backupFolderOf, backupNow, restoreBackup } from '../services/backups';
import { findNewestGoodBackup, inspectDatabaseFile, restoreDamagedFrom, restoreNewestGoodBackup } from '../services/backups/recovery';
import { acquireDatabaseLock } from '../services/backups/owner';
import { isDiskFull } from '../services/errors';
import { databaseFileOf, withRuntime, type CliIo } from './shared';

function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} MB`;
}

export function registerBackupCommands(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('utwórz kopię zapasową bazy i plików teraz')
    .action(async () => {
      await withRuntime(program, { dailyBackup: false }, async (runtime) => {
        const backup = await backupNow(runtime, 'manual');
        io.out(`Utworzono kopię zapasową ${backup.name} w folderze ${await backupFolderOf(runtime)}`);
      });
    });

  program
    .command('backups')
    .description('pokaż kopie zapasowe, od najnowszej')
    .action(async () => {
      await withRuntime(program, { dailyBackup: false, migrate: false }, async (runtime) => {
        const folder = await backupFolderOf(runtime);
        const backups = listBackups(folder);
        io.out(`Folder kopii: ${folder}`);
        if (backups.length === 0) io.out('Brak kopii zapasowych.');
        for (const backup of backups) io.out(`  ${backup.name}  (${BACKUP_REASONS[backup.reason].pl}, ${sizeText(backup.sizeBytes)})`);
      });
    });

  program
    .command('restore [kopia]')
    .description('przywróć bazę z kopii zapasowej (nazwa z polecenia backups albo --newest); bieżący stan zostaje zachowany')
    .option('--newest', 'najnowsza kopia, która przechodzi kontrolę spójności (nowsze uszkodzone są pomijane)')
    .option('--folder <folder>', 'folder kopii, gdy bazy nie da się odczytać (domyślnie ten z ustawień bazy albo „Kopie zapasowe” obok niej)')
    .action(async (name: string | undefined, options: { newest?: boolean; folder?: string }) => {
      if (name !== undefined && options.newest) throw new Error('podaj nazwę kopii albo --newest, nie oba naraz');
      if (name === undefined && !options.newest) throw new Error('podaj nazwę kopii (lista: kooperator backups) albo --newest');
      const file = databaseFileOf(program);
      // Never under a running app: it would go on writing to the replaced file, and its saves would be lost.
      const lock = acquireDatabaseLock(file, 'wiersz poleceń (kooperator restore)', 'przed przywróceniem');
      try {
        await restore(file, name, options);
      } finally {
        lock.release();
      }
    });

  async function restore(file: string, name: string | undefined, options: { newest?: boolean; folder?: string }): Promise<void> {
    const filesDir = path.join(path.dirname(file), 'pliki');
    // Checked through a read-only connection: nothing may be written to a damaged file.
    const damaged = await inspectDatabaseFile(file, filesDir, options.folder);
    if (damaged) {
      // A damaged database is kept aside under a dated name, never overwritten or deleted.
      const restored = name
        ? { backup: { name }, keptAs: await restoreDamagedFrom(damaged, name) }
        : await restoreNewestGoodBackup(damaged);
      io.out(`Przywrócono kopię ${restored.backup.name}. Uszkodzony plik zachowano jako ${restored.keptAs}.`);
      return;
    }
    // A healthy database: the same restore as in the app, with a safety copy of the current state first.
    const opened = openSqlite(file);
    try {
      const ctx = { db: opened.db, engine: opened.engine, databaseLocation: opened.location, filesDir };
      const chosen = name ?? (await findNewestGoodBackup(await backupFolderOf(ctx))).backup?.name;
      if (!chosen) throw new Error('nie ma kopii zapasowej, która przechodzi kontrolę spójności');
      const safety = await restoreBackup(ctx, chosen);
      await prepareDatabase(opened.db);
      io.out(`Przywrócono kopię ${chosen}. Poprzedni stan zapisano jako kopię ${safety.name}.`);
    } finally {
      await opened.db.destroy();
    }
  }

  program
    .command('check')
    .description('sprawdź spójność pliku bazy (PRAGMA quick_check; --full: integrity_check)')
    .option('--full', 'pełne sprawdzenie (dłuższe)')
    .action(async (options: { full?: boolean }) => {
      const file = databaseFileOf(program);
      if (!fs.existsSync(file)) throw new Error(`nie ma pliku bazy ${file}`);
      // Read-only: checking a file must not change it (only a WAL a killed process left is recovered first).
      const problems = await withReadOnly(file, (db) => checkIntegrity(db, options.full)).catch((error: unknown) => {
        // A disk that is full or failing says nothing about the file: told as what it is, not as damage.
        if (isDiskFull(error) || (error as { code?: string }).code === 'SQLITE_IOERR') throw error;
        return [String(error)];
      });
      if (problems.length === 0) {
        io.out('Baza danych jest spójna.');
        return;
      }
      throw new Error(`baza danych jest uszkodzona:\n${problems.slice(0, 20).map((p) => `  ${p}`).join('\n')}`);
    });
}
