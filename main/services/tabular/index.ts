// Reading tables for imports (XLSX and CSV as Polish offices produce them) and writing XLSX exports.
// No Electron here: callers hand over the file's name and bytes.
import type { ExportedFile } from '../../../preload/contract';
import { ServiceError } from '../errors';
import { readCsv } from './csv';
import type { Table } from './table';
import { readXlsx } from './xlsx';

export { readCsv } from './csv';
export type { Table, TableProblem, TableRow } from './table';
export { decodeText, type TextEncoding } from './text';
export { declaredUnpackedBytes, loadExcelJs, readXlsx, writeXlsx, writeXlsxSheets, XLSX_MAX_UNPACKED_BYTES, type XlsxColumn, type XlsxSheet } from './xlsx';

/** Chooses the reader by the file's extension: .csv/.txt → CSV, .xlsx → XLSX. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'txt') return readCsv(bytes, fileName);
  if (extension === 'xlsx') return readXlsx(bytes, fileName);
  throw new ServiceError('validation', `Plik „${fileName}” ma nieobsługiwany format. Wybierz plik XLSX lub CSV.`);
}

/** An exported list as a file named with the day it was made (`osoby-2026-03-12.xlsx`). */
export function datedXlsxFile(stem: string, bytes: Uint8Array): ExportedFile {
  return { fileName: `${stem}-${new Date().toISOString().slice(0, 10)}.xlsx`, contentBase64: Buffer.from(bytes).toString('base64') };
}
