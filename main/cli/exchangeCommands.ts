/**
 * `kooperator export | import | demo`: the exchange file (docs/exchange-format.md), the same as
 * Ustawienia → Wymiana danych in the app, and a demonstration register built as such a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { EXCHANGE_ENTITIES, EXCHANGE_ENTITY_LABELS, exchangeExportQuery, validationError, type ExchangeImportResult } from '../../preload/contract';
import { checkExchangeFile, exportExchange, ExchangeFileError, importExchangeDocument, importInThread, serializeExchange, type ExchangeProblem } from '../services/exchange';
import { buildDemoDocument } from '../services/exchange/demo';
import { addDemoPhotos } from '../services/exchange/demoPhotos';
import { ServiceError } from '../services/errors';
import { withRuntime, type CliIo } from './shared';

function summary(result: ExchangeImportResult): string[] {
  return EXCHANGE_ENTITIES.filter((entity) => {
    const c = result.counts[entity];
    return c.added + c.updated + c.unchanged > 0;
  }).map((entity) => {
    const c = result.counts[entity];
    return `  ${EXCHANGE_ENTITY_LABELS[entity].pl}: dodano ${c.added}, zaktualizowano ${c.updated}, bez zmian ${c.unchanged}`;
  });
}

/** Every problem on its own line, then the refusal (exit code 1). */
function refuse(io: CliIo, problems: ExchangeProblem[]): never {
  for (const problem of problems) io.err(`${problem.path}: ${problem.message}`);
  throw new Error(`plik zawiera błędy (${problems.length}); nic nie zaimportowano`);
}

/** Written beside the target and renamed, so an interrupted export never leaves half a file under its name. */
function writeWhole(file: string, text: string): void {
  const partial = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial`);
  fs.mkdirSync(path.dirname(partial), { recursive: true });
  fs.writeFileSync(partial, text, 'utf8');
  fs.renameSync(partial, file);
}

export function registerExchangeCommands(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('zapisz dane biura do pliku wymiany JSON (format: docs/exchange-format.md)')
    .option('--out <plik>', 'plik wynikowy .json (bez tej opcji dokument trafia na standardowe wyjście)')
    .option('--from <data>', 'tylko wydarzenia kończące się tego dnia lub później (RRRR-MM-DD)')
    .option('--to <data>', 'tylko wydarzenia zaczynające się tego dnia lub wcześniej (RRRR-MM-DD)')
    .option('--teryt <kod>', 'tylko to, co leży na tym terytorium (województwo, powiat lub gmina), i to, do czego się odnosi')
    .action(async (options: { out?: string; from?: string; to?: string; teryt?: string }) => {
      const parsed = exchangeExportQuery.safeParse({ from: options.from, to: options.to, teryt: options.teryt });
      if (!parsed.success) throw new Error(Object.entries(validationError(parsed.error).fieldErrors).map(([field, message]) => `--${field}: ${message}`).join('; '));
      await withRuntime(program, { dailyBackup: false }, async (runtime) => {
        const document = await exportExchange(runtime.db, parsed.data, new Date(), runtime.filesDir).catch((error: unknown) => {
          if (error instanceof ServiceError && error.fieldErrors) throw new Error(Object.entries(error.fieldErrors).map(([field, message]) => `--${field}: ${message}`).join('; '));
          throw error;
        });
        const text = serializeExchange(document);
        if (!options.out) {
          io.out(text.trimEnd());
          return;
        }
        writeWhole(options.out, text);
        io.out(
          `Zapisano ${options.out}: instytucje ${document.institutions.length}, osoby ${document.people.length}, partnerstwa ${document.partnerships.length}, ` +
            `porozumienia ${document.agreements.length}, wydarzenia ${document.events.length}.`,
        );
      });
    });

  program
    .command('import <plik>')
    .description('importuj plik wymiany JSON: najpierw sprawdza cały plik; przy jakimkolwiek błędzie nic nie zapisuje')
    .option('--check', 'tylko sprawdź plik, niczego nie zapisuj')
    .action(async (file: string, options: { check?: boolean }) => {
      await withRuntime(program, { dailyBackup: false }, async (runtime) => {
        if (options.check) {
          const { problems } = await checkExchangeFile(runtime.db, file);
          if (problems.length) refuse(io, problems);
          io.out('Plik wymiany jest poprawny.');
          return;
        }
        let result: ExchangeImportResult;
        try {
          result = await importInThread(runtime, { filePath: file }, { onWriting: () => io.out('Plik wymiany jest poprawny; zapisywanie…') });
        } catch (error) {
          if (error instanceof ExchangeFileError) refuse(io, error.problems);
          throw error;
        }
        if (result.backup) io.out(`Kopia zapasowa przed importem: ${result.backup}`);
        io.out('Zaimportowano plik wymiany:');
        for (const line of summary(result)) io.out(line);
      });
    });

  program
    .command('demo')
    .description('wypełnij bazę danymi demonstracyjnymi (województwo śląskie, „Kooperacje 3D”, rok wydarzeń); powtarzalne')
    .option('--seed <liczba>', 'ziarno generatora (te same dane przy tym samym ziarnie)', '2026')
    .option('--year <rok>', 'rok wydarzeń', '2026')
    .option('--out <plik>', 'zamiast importować, zapisz dokument demonstracyjny do pliku')
    .action(async (options: { seed: string; year: string; out?: string }) => {
      const seed = Number(options.seed);
      const year = Number(options.year);
      if (!Number.isInteger(seed)) throw new Error('--seed: podaj liczbę całkowitą');
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error('--year: podaj rok, np. 2026');
      const document = buildDemoDocument({ seed, year });
      if (options.out) {
        writeWhole(options.out, serializeExchange(document));
        io.out(`Zapisano dokument demonstracyjny ${options.out}.`);
        return;
      }
      await withRuntime(program, { dailyBackup: false }, async (runtime) => {
        let result: ExchangeImportResult;
        try {
          result = await importExchangeDocument(runtime, document);
        } catch (error) {
          if (error instanceof ExchangeFileError) refuse(io, error.problems);
          throw error;
        }
        io.out('Wczytano dane demonstracyjne:');
        for (const line of summary(result)) io.out(line);
        // The exchange file carries no bytes: the demo's photos and scan are stored after it.
        io.out(`  załączniki wydarzeń (zdjęcia z podpisami, skan listy): dodano ${await addDemoPhotos(runtime)}`);
      });
    });
}
