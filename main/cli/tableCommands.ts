/** `kooperator import-table`: the XLSX/CSV import of the registers' screens, for scripts and bulk loads. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { formatCount, IMPORT_ENTITIES, importRequest, validationError, type PluralForms } from '../../preload/contract';
import { commitImportInThread, previewImportInThread } from '../services/imports/inThread';
import { withRuntime, type CliIo } from './shared';

const ROWS: PluralForms = ['wiersz', 'wiersze', 'wierszy'];

export function registerTableCommands(program: Command, io: CliIo): void {
  program
    .command('import-table <rejestr> <plik>')
    .description(`importuj instytucje lub osoby z pliku XLSX/CSV (rejestr: ${IMPORT_ENTITIES.join(' | ')}); wszystko albo nic`)
    .option('--check', 'tylko sprawdź plik, niczego nie zapisuj')
    .action(async (entity: string, file: string, options: { check?: boolean }) => {
      const parsed = importRequest.safeParse({ entity, fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') });
      if (!parsed.success) throw new Error(Object.values(validationError(parsed.error).fieldErrors).join('; '));
      const request = parsed.data;
      await withRuntime(program, { dailyBackup: false }, async (runtime) => {
        const preview = await previewImportInThread(runtime, request);
        for (const problem of preview.problems) io.err(`wiersz ${problem.rowNumber}, ${problem.column}: ${problem.message}`);
        if (preview.problems.length > 0) throw new Error(`plik zawiera błędy (${preview.problems.length}); nic nie zaimportowano`);
        for (const row of preview.existing) io.err(`wiersz ${row.rowNumber}: już w rejestrze (${row.name}: ${row.reason}), pominięty`);
        if (options.check) return io.out(`Plik jest poprawny: ${formatCount(preview.rowCount, ROWS)}.`);
        io.out(`Plik jest poprawny (${formatCount(preview.rowCount, ROWS)}); zapisywanie…`);
        const { imported, skipped } = await commitImportInThread(runtime, request);
        io.out(`Zaimportowano rekordy: ${imported}.${skipped > 0 ? ` Pominięte, bo są już w rejestrze: ${skipped}.` : ''}`);
      });
    });
}
