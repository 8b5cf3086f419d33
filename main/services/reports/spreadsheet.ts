/**
 * The summary as a spreadsheet: a sheet per table of reportTables (every column and row the summary has, numbers
 * stored as numbers, dates as dates), and sheets of its own for the summary's text, the months and the chronicle.
 * Headers are Polish words only; every sheet prints on A4 landscape, one page wide, its header row on every page.
 */
import type ExcelJS from 'exceljs';
import { EVENT_TYPE_KEYS, EVENT_TYPES, type ReportSummary } from '../../../preload/contract';
import { summaryTables, type SummaryCell, type SummaryCellKind, type SummaryTable } from '../../../preload/contract/reportTables';
import { formatDayDots } from '../documents';
import { loadExcelJs } from '../tabular';
import { monthInWords } from './calendar';

interface Column {
  header: string;
  kind?: SummaryCellKind;
  width?: number;
}

const NUMBER_FORMATS: Partial<Record<SummaryCellKind, string>> = { integer: '#,##0', decimal: '#,##0.00', date: 'dd.mm.yyyy', percent: '0.0' };

function excelValue(kind: SummaryCellKind, value: SummaryCell): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
  }
  return value;
}

const OPTIONAL_SHEETS = new Set<string>(['subregions', 'audiences']);

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: SummaryCell[][]): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // A4 (9) landscape, as wide as one page and as long as it takes, the header row repeated.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = columns.map((column, index) => {
    const kind = column.kind ?? 'text';
    const longest = Math.max(column.header.length, ...rows.map((row) => (kind === 'date' ? 10 : String(row[index] ?? '').length)));
    return {
      header: column.header,
      width: column.width ?? Math.min(Math.max(longest + 2, 8), kind === 'text' ? 80 : 24),
      ...(NUMBER_FORMATS[kind] ? { style: { numFmt: NUMBER_FORMATS[kind] } } : {}),
    };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of rows) sheet.addRow(columns.map((column, index) => excelValue(column.kind ?? 'text', row[index] ?? null)));
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function addTableSheet(workbook: ExcelJS.Workbook, table: SummaryTable): void {
  addSheet(workbook, table.sheet, table.columns, table.totals ? [...table.rows, table.totals] : table.rows);
}

function addTextSheet(workbook: ExcelJS.Workbook, summary: ReportSummary): void {
  addSheet(
    workbook,
    'Podsumowanie',
    [{ header: 'Pozycja', width: 28 }, { header: 'Treść', width: 120 }],
    [
      ['Tytuł', summary.title],
      ['Okres od', formatDayDots(summary.from)],
      ['Okres do', formatDayDots(summary.to)],
      ['Zakres', summary.scope.name],
      ['Stan na', formatDayDots(summary.readOn)],
      ['Wstęp', summary.narrative.intro],
      ...summary.narrative.items.map((item, i): SummaryCell[] => [`Punkt ${i + 1}`, item]),
      ...summary.narrative.paragraphs.map((paragraph, i): SummaryCell[] => [`Akapit ${i + 1}`, paragraph]),
    ],
  );
}

function addMonthsSheet(workbook: ExcelJS.Workbook, summary: ReportSummary): void {
  addSheet(
    workbook,
    'Miesiące',
    [{ header: 'Miesiąc' }, ...EVENT_TYPE_KEYS.map((type): Column => ({ header: EVENT_TYPES[type].pl, kind: 'integer', width: 14 })), { header: 'Razem', kind: 'integer' }],
    summary.monthly.map((m) => [monthInWords(m.month), ...EVENT_TYPE_KEYS.map((type) => m.events[type] ?? 0), Object.values(m.events).reduce((a, b) => a + (b ?? 0), 0)]),
  );
}

function addChronicleSheet(workbook: ExcelJS.Workbook, summary: ReportSummary): void {
  addSheet(
    workbook,
    'Kronika',
    [{ header: 'Miesiąc', width: 22 }, { header: 'Zdanie', width: 140 }],
    summary.chronicle.flatMap((month) => month.sentences.map((sentence): SummaryCell[] => [month.heading, sentence])),
  );
}

/** The photos of the photo page (the PDF and DOCX print them): day, caption, event; no sheet without photos. */
function addPhotosSheet(workbook: ExcelJS.Workbook, summary: ReportSummary): void {
  if (summary.photos.length === 0) return;
  addSheet(
    workbook,
    'Zdjęcia',
    [{ header: 'Data', kind: 'date' }, { header: 'Podpis', width: 60 }, { header: 'Wydarzenie', width: 60 }],
    summary.photos.map((photo): SummaryCell[] => [photo.day, photo.caption ?? photo.eventTitle, photo.eventTitle]),
  );
}

/** The workbook: the text first, the tables, and the months and the chronicle just before the plan; the photos last. */
export async function summaryXlsx(summary: ReportSummary): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Kooperator';
  workbook.title = summary.title;
  addTextSheet(workbook, summary);
  for (const table of summaryTables(summary, 'pl', 'sheet')) {
    // An office without subregions, or events without audiences, gets no empty sheet for them.
    if (OPTIONAL_SHEETS.has(table.key) && table.rows.length === 0) continue;
    if (table.key === 'plan') {
      addMonthsSheet(workbook, summary);
      addChronicleSheet(workbook, summary);
    }
    addTableSheet(workbook, table);
  }
  addPhotosSheet(workbook, summary);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
