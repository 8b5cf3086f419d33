/** `kooperator backup | backups | restore | check`: the same backups as Ustawienia → Kopie zapasowe. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { BACKUP_REASONS } from '../../preload/contract';
import { openSqlite } from '../../db/connection';
import { prepareDatabase } from '../runtime';
import { checkIntegrity, listBackups, replaceDatabaseFromBackup, verifyBackup } from '../services/backup';
import { backupFolderOf, backupNow, defaultBackupFolder, restoreBackup } from '../services/maintenance';
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
    .command('restore <kopia>')
    .description('przywróć bazę z kopii zapasowej (nazwa z polecenia backups); bieżący stan zostaje zachowany jako kopia')
    .option('--folder <folder>', 'folder kopii, gdy bazy nie da się odczytać (domyślnie „Kopie zapasowe” obok bazy)')
    .action(async (name: string, options: { folder?: string }) => {
      const file = databaseFileOf(program);
      const opened = openSqlite(file);
      const damaged = (await checkIntegrity(opened.db).catch((error: unknown) => [String(error)])).length > 0;
      if (!damaged) {
        // A healthy database: the same restore as in the app, with a safety copy of the current state first.
        try {
          const ctx = { db: opened.db, engine: opened.engine, databaseLocation: opened.location, filesDir: path.join(path.dirname(file), 'pliki') };
          const safety = await restoreBackup(ctx, name);
          await prepareDatabase(opened.db);
          io.out(`Przywrócono kopię ${name}. Poprzedni stan zapisano jako kopię ${safety.name}.`);
        } finally {
          await opened.db.destroy();
        }
        return;
      }
      // A damaged database: nothing may be written to it; it is moved aside, not overwritten.
      await opened.db.destroy();
      const folder = options.folder ?? defaultBackupFolder(file);
      const dir = await verifyBackup(folder, name);
      const aside = `${file}.uszkodzona-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(file, aside);
      replaceDatabaseFromBackup(dir, file, path.join(path.dirname(file), 'pliki'));
      io.out(`Przywrócono kopię ${name}. Uszkodzony plik zachowano jako ${aside}.`);
    });

  program
    .command('check')
    .description('sprawdź spójność pliku bazy (PRAGMA quick_check; --full: integrity_check)')
    .option('--full', 'pełne sprawdzenie (dłuższe)')
    .action(async (options: { full?: boolean }) => {
      const opened = openSqlite(databaseFileOf(program));
      try {
        const problems = await checkIntegrity(opened.db, options.full).catch((error: unknown) => [String(error)]);
        if (problems.length === 0) {
          io.out('Baza danych jest spójna.');
          return;
        }
        throw new Error(`baza danych jest uszkodzona:\n${problems.slice(0, 20).map((p) => `  ${p}`).join('\n')}`);
      } finally {
        await opened.db.destroy();
      }
    });
}
