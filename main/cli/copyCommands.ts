/**
 * `kooperator copy --from <baza> --to <baza>`: moves all of an office's data between a SQLite file and a PostgreSQL
 * server (either way, or file to file), then checks the copy: rows and a checksum of every table, and the period
 * summary over the whole register, the same on both sides; otherwise the destination is left as it was.
 */
import type { Command } from 'commander';
import type { DatabaseTarget } from '../../db/connection';
import { copyDatabase, CopyRefusedError, CopyVerificationError, NOT_COPIED, type CopyTableCount } from './copy';
import { databaseTargetOf, type CliIo } from './shared';

/** `postgres://…` (or `postgresql://…`) is a server; anything else a SQLite file. */
function targetOf(text: string): DatabaseTarget {
  return /^postgres(ql)?:\/\//i.test(text) ? { postgresUrl: text } : { sqliteFile: text };
}

function countsTable(tables: CopyTableCount[]): string[] {
  const number = (n: number) => n.toLocaleString('pl-PL');
  const width = Math.max('tabela'.length, ...tables.map((t) => t.table.length));
  const source = Math.max('źródło'.length, ...tables.map((t) => number(t.source).length));
  const destination = Math.max('cel'.length, ...tables.map((t) => number(t.destination).length));
  return [
    `  ${'tabela'.padEnd(width)}  ${'źródło'.padStart(source)}  ${'cel'.padStart(destination)}`,
    ...tables.map((t) => `  ${t.table.padEnd(width)}  ${number(t.source).padStart(source)}  ${number(t.destination).padStart(destination)}${t.source === t.destination ? '' : '  ← różnica'}`),
  ];
}

export function registerCopyCommands(program: Command, io: CliIo): void {
  program
    .command('copy')
    .description('przenieś wszystkie dane biura do innej bazy (plik SQLite ↔ serwer PostgreSQL) i sprawdź, czy kopia jest zgodna')
    .option('--from <baza>', 'źródło: plik .sqlite albo postgres://… (domyślnie baza z --db / --database-url)')
    .option('--to <baza>', 'cel: plik .sqlite (powstanie, jeśli go nie ma) albo postgres://użytkownik:hasło@serwer/baza')
    .option('--replace', 'zastąp dane, które baza docelowa już zawiera (zostaną usunięte; plik SQLite dostaje najpierw kopię zapasową)')
    .action(async (options: { from?: string; to?: string; replace?: boolean }) => {
      if (!options.to) throw new Error('podaj bazę docelową: --to PLIK.sqlite albo --to postgres://użytkownik:hasło@serwer/baza');
      const from = options.from ? targetOf(options.from) : databaseTargetOf(program);
      const to = targetOf(options.to);
      try {
        const result = await copyDatabase(from, to, { replace: options.replace ?? false, onProgress: (progress) => io.out(progress.message) });
        io.out(`Skopiowano dane z ${result.source.location} do ${result.destination.location}; kopia jest zgodna ze źródłem.`);
        for (const line of countsTable(result.tables)) io.out(line);
        for (const period of result.summaryPeriods) io.out(`Podsumowanie okresu ${period.from} – ${period.to}: takie samo w obu bazach.`);
        if (result.files.missingInSource.length) {
          io.out(`Uwaga: tych plików brakowało w źródle (odwołania skopiowano, plików nie): ${result.files.missingInSource.join(', ')}`);
        }
        if (result.replaced) io.out(`Zastąpiono dane, które baza docelowa miała wcześniej${result.backup ? ` (kopia zapasowa: ${result.backup})` : ''}.`);
        io.out('Nie kopiuje się:');
        for (const line of NOT_COPIED) io.out(`  – ${line}`);
      } catch (error) {
        if (error instanceof CopyRefusedError) throw new Error(`${error.message} Aby zastąpić te dane danymi ze źródła, dodaj --replace.`, { cause: error });
        if (error instanceof CopyVerificationError) {
          for (const mismatch of error.mismatches) io.err(mismatch);
          if (error.tables.length) for (const line of countsTable(error.tables)) io.err(line);
        }
        throw error;
      }
    });
}
