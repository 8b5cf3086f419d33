/**
 * `kooperator certificates`: the register of issued certificates (Rejestr wydanych zaświadczeń) of a year, an event
 * or a project — as lines on the screen, or the same XLSX and PDF files as the app's screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { certificateRegisterQuery, validationError } from '../../preload/contract';
import { createChromiumPrinter } from '../platform/chromiumPrinter';
import { certificateRegister, exportCertificateRegister, printCertificateRegister } from '../services/eventDocuments';
import { formatDayDots } from '../services/language';
import { withRuntime, type CliIo } from './shared';

const FORMATS = ['text', 'json', 'xlsx', 'pdf'] as const;

interface CertificateOptions {
  year?: string;
  event?: string;
  project?: string;
  format: string;
  out?: string;
}

export function registerCertificateCommands(program: Command, io: CliIo): void {
  program
    .command('certificates')
    .description('rejestr wydanych zaświadczeń (roku, wydarzenia lub projektu) na ekran albo do pliku XLSX lub PDF')
    .option('--year <rok>', 'tylko zaświadczenia wydane w tym roku, np. 2026')
    .option('--event <id>', 'tylko zaświadczenia wydarzenia o tym identyfikatorze')
    .option('--project <id>', 'tylko zaświadczenia wydarzeń projektu o tym identyfikatorze')
    .option('--format <format>', `format: ${FORMATS.join(' | ')}`, 'text')
    .option('--out <plik>', 'plik wynikowy (konieczny dla xlsx i pdf)')
    .action(async (options: CertificateOptions) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) throw new Error(`--format musi być jednym z: ${FORMATS.join(', ')} (jest „${options.format}”)`);
      if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new Error(`--year musi być rokiem, np. 2026 (jest „${options.year}”)`);
      const parsed = certificateRegisterQuery.safeParse({ year: options.year === undefined ? null : Number(options.year), eventId: options.event ?? null, projectId: options.project ?? null });
      if (!parsed.success) throw new Error(Object.values(validationError(parsed.error).fieldErrors).join('; '));
      const query = parsed.data;
      const binary = options.format === 'xlsx' || options.format === 'pdf';
      if (binary && !options.out) throw new Error(`podaj plik wynikowy: --out rejestr-zaswiadczen.${options.format}`);
      const printer = options.format === 'pdf' ? createChromiumPrinter() : null;
      try {
        await withRuntime(program, { dailyBackup: false, ...(printer ? { printPdf: printer } : {}) }, async (runtime) => {
          if (binary) {
            const file = options.format === 'xlsx' ? await exportCertificateRegister(runtime.db, query) : await printCertificateRegister(runtime, query);
            fs.mkdirSync(path.dirname(path.resolve(options.out!)), { recursive: true });
            fs.writeFileSync(options.out!, Buffer.from(file.contentBase64, 'base64'));
            io.out(`Zapisano rejestr zaświadczeń (${options.format.toUpperCase()}) w pliku ${options.out}`);
            return;
          }
          const rows = await certificateRegister(runtime.db, query);
          if (options.format === 'json') return io.out(JSON.stringify(rows, null, 2));
          if (rows.length === 0) return io.out('Brak wydanych zaświadczeń w tym zakresie.');
          for (const row of rows) io.out([row.number, formatDayDots(row.issuedOn), row.personName, row.eventTitle, row.eventDates].join('\t'));
          io.out(`Razem: ${rows.length}`);
        });
      } finally {
        await printer?.close();
      }
    });
}
