import type ExcelJS from 'exceljs';
import { ServiceError } from '../errors';
import { buildTable, isBlank, quoted, type Table, type TableProblem, type TableRow } from './table';

/**
 * exceljs, loaded at the first workbook read or written rather than when the app, the CLI or the harness starts
 * (it is a large part of the modules every entry point would otherwise load; docs/performance.md, item 5).
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

/** The most an XLSX may hold once unpacked, as its zip declares (a 20 MB sheet of text unpacks to about 100 MB). */
export const XLSX_MAX_UNPACKED_BYTES = 120 * 1024 * 1024;
/** The most parts an XLSX may have (a workbook has a few dozen). */
const XLSX_MAX_ENTRIES = 5000;

/**
 * The unpacked size the zip's central directory declares for all its parts, read before anything is unpacked; null
 * when the bytes are not a zip. Zip64 sizes (over 4 GB each) count as unlimited.
 */
export function declaredUnpackedBytes(bytes: Uint8Array): { total: number; entries: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65 535, at the end of the file.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    total += size === 0xffffffff ? Infinity : size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { total, entries };
}

function megabytes(bytes: number): string {
  return Number.isFinite(bytes) ? `${Math.ceil(bytes / 1024 / 1024)} MB` : 'ponad 4 GB';
}

/** A zip bomb or an oversized workbook is refused from the zip's own directory, before a byte is unpacked. */
function checkUnpackedSize(bytes: Uint8Array, name: string): void {
  const declared = declaredUnpackedBytes(bytes);
  if (!declared) throw new ServiceError('validation', `Nie udało się odczytać pliku XLSX ${name}: plik jest uszkodzony lub to nie jest arkusz Excela.`);
  const advice = 'Nic nie zaimportowano: zapisz w pliku tylko potrzebny arkusz albo podziel go na mniejsze pliki.';
  if (declared.total > XLSX_MAX_UNPACKED_BYTES) {
    throw new ServiceError('validation', `Plik XLSX ${name} po rozpakowaniu zająłby ${megabytes(declared.total)}, a import przyjmuje najwyżej ${megabytes(XLSX_MAX_UNPACKED_BYTES)}. ${advice}`);
  }
  if (declared.entries > XLSX_MAX_ENTRIES) {
    throw new ServiceError('validation', `Plik XLSX ${name} składa się z ${declared.entries} części, a arkusz Excela ma ich najwyżej kilkadziesiąt (import przyjmuje do ${XLSX_MAX_ENTRIES}). ${advice}`);
  }
}

/**
 * Reads the first visible worksheet (hidden and very hidden sheets are skipped, as the user does not see them); every
 * cell becomes the text the user sees in Excel. Merged ranges and error cells (#DIV/0!, #N/A…) are not copied: each
 * is reported with its cell address in the table's problems, and the cell is read as empty.
 */
export async function readXlsx(bytes: Uint8Array, fileName?: string): Promise<Table> {
  const name = quoted(fileName, 'XLSX');
  checkUnpackedSize(bytes, name);
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
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
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible'); // sorted by tab order
  if (!sheet && workbook.worksheets.length > 0) throw new ServiceError('validation', `Plik ${name} nie ma żadnego widocznego arkusza: odkryj arkusz z danymi w Excelu.`);
  const records: TableRow[] = [];
  const problems: TableProblem[] = [];
  const merges = new Map<string, { row: number; column: number; bottom: number; right: number }>();
  const covered = new Set<string>();
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      if (cell.type === excel.ValueType.Merge) {
        // A merged range's other cells give the master's value: it would be copied into every column.
        const master = cell.master;
        const merge = merges.get(master.address) ?? { row: Number(master.row), column: Number(master.col), bottom: rowNumber, right: column };
        merges.set(master.address, { ...merge, bottom: Math.max(merge.bottom, rowNumber), right: Math.max(merge.right, column) });
        covered.add(`${rowNumber}:${column - 1}`);
        cells.push('');
        continue;
      }
      const error = errorOf(cell.value);
      if (error) {
        problems.push({ rowNumber, column: column - 1, message: `Komórka ${cell.address} zawiera błąd Excela ${error} zamiast wartości: popraw formułę albo wpisz wartość.` });
        cells.push('');
        continue;
      }
      cells.push(cellText(cell.value, cell.numFmt).trim());
    }
    records.push({ rowNumber, cells });
  });
  const table = buildTable(records);
  if (!table) throw new ServiceError('validation', `Plik ${name} jest pusty.`);
  for (const [address, merge] of merges) {
    const range = `${address}:${columnLetters(merge.right)}${merge.bottom}`;
    problems.push({
      rowNumber: merge.row,
      column: merge.column - 1,
      message: `Komórki ${range} są scalone: rozdziel je w Excelu i wpisz wartość w każdą komórkę (wartość scalonej komórki nie jest kopiowana do pozostałych).`,
    });
  }
  // Above the header nothing is read, so nothing there needs fixing.
  const headerRow = records.find((record) => !isBlank(record.cells))?.rowNumber ?? 1;
  const reported = problems.filter((problem) => problem.rowNumber >= headerRow).sort((a, b) => a.rowNumber - b.rowNumber || a.column - b.column);
  return { ...table, ...(reported.length ? { problems: reported, covered } : {}) };
}

/** Excel's column letters: 1 → A, 28 → AB. */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The error an error cell shows (#DIV/0!, #N/A, #REF!…), also as a formula's result; null for any other value. */
function errorOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  if ('error' in value) return String(value.error);
  if (('formula' in value || 'sharedFormula' in value) && 'result' in value) return errorOf(value.result);
  return null;
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
