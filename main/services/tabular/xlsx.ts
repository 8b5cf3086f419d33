import type ExcelJS from 'exceljs';
import { ServiceError } from '../errors';
import { buildTable, quoted, type Table, type TableRow } from './table';

/**
 * exceljs, loaded at the first workbook read or written rather than when the app, the CLI or the harness starts
 * (it is a large part of the modules every entry point would otherwise load; docs/performance.md, item 5).
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** Reads the first worksheet; every cell becomes the text the user sees in Excel. */
export async function readXlsx(bytes: Uint8Array, fileName?: string): Promise<Table> {
  const name = quoted(fileName, 'XLSX');
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // A copy as a plain ArrayBuffer: what exceljs's typings accept, and JSZip reads it directly.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    // exceljs/JSZip errors are English and technical; the user only needs to know the file is not usable.
    throw new ServiceError(
      'validation',
      `Nie udało się odczytać pliku XLSX ${name}: plik jest uszkodzony lub to nie jest arkusz Excela.`,
    );
  }
  const sheet = workbook.worksheets[0]; // sorted by tab order
  const records: TableRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      cells.push(cellText(cell.value, cell.numFmt).trim());
    }
    records.push({ rowNumber, cells });
  });
  const table = buildTable(records);
  if (!table) throw new ServiceError('validation', `Plik ${name} jest pusty.`);
  return table;
}

function cellText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'PRAWDA' : 'FAŁSZ'; // as Polish Excel shows them
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: unknown }) => String(part.text ?? '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? cellText(value.result, numFmt) : '';
  if ('hyperlink' in value) return 'text' in value ? cellText(value.text, numFmt) : String(value.hyperlink);
  if ('error' in value) return String(value.error);
  return '';
}

/** exceljs gives dates as UTC midnight of the serial day, so the UTC fields are the calendar date. */
function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function numberText(value: number, numFmt: string | undefined): string {
  // Postal codes and identifiers are often numbers shown through a zero-padding format such as 00\-000.
  const pattern = numFmt?.replace(/[\\"]/g, '');
  if (pattern && /^[0 -]*0[0 -]*$/.test(pattern) && Number.isSafeInteger(value) && value >= 0) {
    const width = pattern.replace(/[^0]/g, '').length;
    const digits = String(value).padStart(width, '0');
    let next = digits.length - width; // digits beyond the pattern's width go in front, as in Excel
    return digits.slice(0, next) + pattern.replace(/0/g, () => digits[next++] ?? '');
  }
  // 15 significant digits is Excel's own precision: 0.1+0.2 shows as 0.3, and no exponent for NIPs.
  const clean = Number(value.toPrecision(15));
  return /e/i.test(String(clean))
    ? clean.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(clean);
}

export interface XlsxColumn {
  header: string;
  width?: number;
  kind?: 'text' | 'number' | 'date';
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  rows: (string | number | null)[][];
}

/** One sheet with a bold, frozen, filterable header; 'date' columns take "YYYY-MM-DD" strings. */
export async function writeXlsx(sheetName: string, columns: XlsxColumn[], rows: (string | number | null)[][]): Promise<Uint8Array> {
  return writeXlsxSheets([{ name: sheetName, columns, rows }]);
}

/** Several such sheets in one workbook, in the order given (the first is the one a reader opens). */
export async function writeXlsxSheets(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Kooperator';
  for (const { name, columns, rows } of sheets) {
    const sheet = workbook.addWorksheet(safeSheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column, index) => ({
      header: column.header,
      width: column.width ?? autoWidth(column, rows.map((row) => row[index])),
      ...(column.kind === 'date' ? { style: { numFmt: 'dd.mm.yyyy' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(columns.map((column, index) => cellValue(column, row[index] ?? null)));
    if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cellValue(column: XlsxColumn, value: string | number | null): string | number | Date | null {
  if (typeof value === 'number' && column.kind === 'text') return String(value); // identifiers stay text
  if (typeof value !== 'string' || column.kind !== 'date') return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // A real Excel date sorts and filters as a date; UTC midnight is what exceljs maps to the whole day.
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
}

function autoWidth(column: XlsxColumn, values: (string | number | null | undefined)[]): number {
  const longest = Math.max(column.header.length, ...values.map((value) => (column.kind === 'date' ? 10 : String(value ?? '').length)));
  return Math.min(Math.max(longest + 2, 8), 60);
}

/** Excel rejects : \ / ? * [ ] in sheet names, a leading or trailing apostrophe and more than 31 characters. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  return cleaned || 'Arkusz1';
}
