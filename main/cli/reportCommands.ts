/**
 * `kooperator report`: the summary of a period ("Podsumowanie roku / okresu") as JSON, XLSX, DOCX or PDF — the same
 * files as the Raporty screen, for scripts and for the offices' yearly reporting.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { REPORT_FORMATS, ROUNDING_STYLE_KEYS, reportExport, validationError } from '../../preload/contract';
import { createChromiumPrinter } from '../platform/chromiumPrinter';
import { exportSummaryWithFigures } from '../services/reports';
import { withRuntime, type CliIo } from './shared';

interface ReportOptions {
  from?: string;
  to?: string;
  year?: string;
  teryt?: string;
  project?: string;
  format: string;
  out?: string;
  rounding: string;
  planMonths?: string;
}

/** The request from the options: `--year 2019` is 2019-01-01 – 2019-12-31; a TERYT code or a project narrows the scope. */
function requestOf(options: ReportOptions) {
  if (options.year !== undefined && (options.from !== undefined || options.to !== undefined)) throw new Error('podaj albo --year, albo --from i --to');
  if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new Error(`--year musi być rokiem, np. 2019 (jest „${options.year}”)`);
  if (options.teryt !== undefined && options.project !== undefined) throw new Error('podaj albo --teryt, albo --project');
  const from = options.year !== undefined ? `${options.year}-01-01` : options.from;
  const to = options.year !== undefined ? `${options.year}-12-31` : options.to;
  if (!from || !to) throw new Error('podaj okres: --year RRRR albo --from RRRR-MM-DD --to RRRR-MM-DD');
  const scope = options.teryt !== undefined ? { kind: 'territory', code: options.teryt } : options.project !== undefined ? { kind: 'project', projectId: options.project } : { kind: 'all' };
  const parsed = reportExport.safeParse({
    from,
    to,
    scope,
    rounding: options.rounding,
    format: options.format,
    ...(options.planMonths !== undefined ? { planMonths: Number(options.planMonths) } : {}),
  });
  if (!parsed.success) throw new Error(Object.values(validationError(parsed.error).fieldErrors).join('; '));
  return parsed.data;
}

export function registerReportCommands(program: Command, io: CliIo): void {
  program
    .command('report')
    .description('podsumowanie okresu (liczby, godziny, zespoły, porozumienia, wskaźniki, kronika, plan) jako JSON, XLSX, DOCX lub PDF')
    .option('--from <data>', 'początek okresu, RRRR-MM-DD')
    .option('--to <data>', 'koniec okresu, RRRR-MM-DD')
    .option('--year <rok>', 'cały rok kalendarzowy (zamiast --from i --to)')
    .option('--teryt <kod>', 'tylko województwo (2 cyfry), powiat (4) lub gmina (7) o tym kodzie TERYT')
    .option('--project <id>', 'tylko projekt o tym identyfikatorze')
    .option('--format <format>', `format pliku: ${REPORT_FORMATS.join(' | ')}`, 'json')
    .option('--out <plik>', 'plik wynikowy (JSON bez --out trafia na standardowe wyjście)')
    .option('--rounding <styl>', `zapis liczby godzin w zdaniach: ${ROUNDING_STYLE_KEYS.join(' | ')}`, 'exact')
    .option('--plan-months <liczba>', 'ile miesięcy po końcu okresu obejmuje plan (domyślnie 12)')
    .action(async (options: ReportOptions) => {
      const request = requestOf(options);
      if (!options.out && request.format !== 'json') throw new Error(`podaj plik wynikowy: --out podsumowanie.${request.format}`);
      const printer = request.format === 'pdf' ? createChromiumPrinter() : null;
      try {
        await withRuntime(program, { dailyBackup: false, ...(printer ? { printPdf: printer } : {}) }, async (runtime) => {
          const { file, summary } = await exportSummaryWithFigures(runtime, request);
          const bytes = Buffer.from(file.contentBase64, 'base64');
          // Nothing drops out silently: on standard error, so that JSON on standard output stays clean.
          if (summary.leftOut.length) {
            io.err(`Uwaga: poza zestawieniem – wydarzenia nadal „planowane” po zakończeniu: ${summary.leftOut.length}. Oznacz je jako odbyte albo odwołane:`);
            for (const e of summary.leftOut) io.err(`  ${e.startDay} ${e.title} (${e.id})`);
          }
          if (summary.cancelled.length) io.err(`Odwołane wydarzenia okresu (nie wliczone): ${summary.cancelled.length} – lista w podsumowaniu („cancelled”).`);
          if (!options.out) {
            io.out(bytes.toString('utf8').trimEnd());
            return;
          }
          fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
          fs.writeFileSync(options.out, bytes);
          io.out(`Zapisano podsumowanie (${request.format.toUpperCase()}) w pliku ${options.out}`);
        });
      } finally {
        await printer?.close();
      }
    });
}
