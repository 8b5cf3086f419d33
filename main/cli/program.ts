/**
 * The `kooperator` command line, on the same services as the app. Each command is a small
 * function registered here; later features add theirs the same way.
 */
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { pendingMigrations } from '../../db/migrate';
import { prepareDatabase } from '../runtime';
import { appInfo } from '../services/app';
import { databaseRefusal } from '../services/databaseErrors';
import { freeBytes, isDiskFull, ServiceError } from '../services/errors';
import { version } from '../../package.json';

import { databaseFileOf, withRuntime, type CliIo } from './shared';
import { registerBackupCommands } from './backupCommands';
import { registerTableCommands } from './tableCommands';
import { registerReportCommands } from './reportCommands';
import { registerExchangeCommands } from './exchangeCommands';
import { registerCopyCommands } from './copyCommands';
import { registerCertificateCommands } from './certificateCommands';
import { registerEventFolderCommands } from './eventFolderCommands';
import { DATABASE_ENGINE_NAMES } from '../../preload/contract';

export type { CliIo } from './shared';

export function buildProgram(io: CliIo): Command {
  const program = new Command('kooperator')
    .description('Kooperator – rejestr Modelu kooperacji: polecenia wiersza poleceń')
    .version(version, '-V, --version', 'pokaż wersję programu')
    .helpOption('-h, --help', 'pokaż pomoc')
    .helpCommand('help [polecenie]', 'pokaż pomoc do polecenia')
    .option('--db <plik>', 'plik bazy SQLite (domyślnie KOOPERATOR_DB albo kooperator.sqlite w folderze danych)')
    .option('--database-url <url>', 'wspólna baza PostgreSQL, np. postgres://użytkownik:hasło@serwer/kooperator (albo KOOPERATOR_DATABASE_URL)')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride()
    .showHelpAfterError('(pomoc: kooperator --help)');

  program
    .command('migrate')
    .description('utwórz bazę lub zaktualizuj jej schemat do bieżącej wersji')
    .action(async () => {
      const owner = { program: 'wiersz poleceń (kooperator migrate)', beforeWhat: 'przed aktualizacją schematu bazy' };
      await withRuntime(program, { migrate: false, dailyBackup: false, owner }, async (runtime) => {
        const applied = await prepareDatabase(runtime.db);
        io.out(
          applied.length === 0
            ? `Schemat bazy ${runtime.databaseLocation} jest aktualny.`
            : `Zastosowano migracje (${applied.length}) w ${runtime.databaseLocation}:\n${applied.map((m) => `  ${m}`).join('\n')}`,
        );
      });
    });

  program
    .command('info')
    .description('pokaż wersję schematu i liczbę wierszy w każdej tabeli')
    .option('--json', 'wynik w formacie JSON')
    .action(async (options: { json?: boolean }) => {
      await withRuntime(program, { migrate: false }, async (runtime) => {
        const info = await appInfo(runtime);
        const pending = await pendingMigrations(runtime.db);
        if (options.json) {
          io.out(JSON.stringify({ ...info, pendingMigrations: pending }, null, 2));
          return;
        }
        io.out(`Baza danych: ${info.databaseLocation} (${DATABASE_ENGINE_NAMES[info.databaseEngine]})`);
        io.out(`Wersja schematu: ${info.schemaVersion}${pending.length ? ` (oczekujące migracje: ${pending.length}; uruchom: kooperator migrate)` : ' (aktualna)'}`);
        io.out('Liczba wierszy:');
        const width = Math.max(0, ...Object.keys(info.rowCounts).map((t) => t.length));
        for (const [table, count] of Object.entries(info.rowCounts)) io.out(`  ${table.padEnd(width)}  ${count}`);
      });
    });

  registerBackupCommands(program, io);
  registerTableCommands(program, io);
  registerReportCommands(program, io);
  registerExchangeCommands(program, io);
  registerCopyCommands(program, io);
  registerCertificateCommands(program, io);
  registerEventFolderCommands(program, io);
  return program;
}

/**
 * SQLite reports a read-only check of a file on a full disk as an I/O error (it cannot create the WAL's index):
 * a disk I/O error where less than 1 MB is left is the full disk.
 */
function diskFullUnderIoError(program: Command, error: unknown): boolean {
  if ((error as { code?: string } | null)?.code !== 'SQLITE_IOERR') return false;
  const free = freeBytes(path.dirname(databaseFileOf(program)));
  return free !== null && free < 1024 * 1024;
}

/** Runs the command line; returns the process exit code instead of exiting, so tests can call it. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof Error ? error.message : String(error);
    // A full disk is said as one, also when it comes as SQLite's or the system's own words.
    if ((isDiskFull(error) || diskFullUnderIoError(program, error)) && !(error instanceof ServiceError)) io.err(`Błąd: na dysku zabrakło miejsca; nic nie zapisano. Zwolnij miejsce na dysku i spróbuj ponownie. (${message})`);
    else io.err(`Błąd: ${databaseRefusal(error) ?? message}`);
    return 1;
  }
}
