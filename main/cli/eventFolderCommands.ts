/**
 * `kooperator event-folder`: Teczka wydarzenia as the event page saves it — one PDF with the cover, the attendance
 * list, the signed scans, the certificate register and the captioned photos — for an inspection, from a script.
 * Each step is reported on standard error; a stored file that is missing or damaged stops it, by its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { eventFolderPrint, validationError } from '../../preload/contract';
import { createChromiumPrinter } from '../platform/chromiumPrinter';
import { eventFolderPdf } from '../services/eventDocuments';
import { withRuntime, type CliIo } from './shared';

export function registerEventFolderCommands(program: Command, io: CliIo): void {
  program
    .command('event-folder')
    .description('teczka wydarzenia do kontroli (PDF): okładka, lista obecności, skany podpisanych list, rejestr zaświadczeń, zdjęcia z podpisami')
    .requiredOption('--event <id>', 'identyfikator wydarzenia')
    .requiredOption('--out <plik>', 'plik wynikowy PDF, np. teczka.pdf')
    .action(async (options: { event: string; out: string }) => {
      const parsed = eventFolderPrint.safeParse({ eventId: options.event });
      if (!parsed.success) throw new Error(Object.values(validationError(parsed.error).fieldErrors).join('; '));
      const printer = createChromiumPrinter();
      try {
        await withRuntime(program, { dailyBackup: false, printPdf: printer }, async (runtime) => {
          const file = await eventFolderPdf(runtime, { eventId: parsed.data.eventId, onProgress: (step) => io.err(step) });
          fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
          fs.writeFileSync(options.out, Buffer.from(file.contentBase64, 'base64'));
          io.out(`Zapisano teczkę wydarzenia w pliku ${options.out}`);
        });
      } finally {
        await printer.close();
      }
    });
}
