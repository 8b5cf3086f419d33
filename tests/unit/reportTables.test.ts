/** The summary's tables are defined once: the Markdown (PDF, DOCX) and the XLSX say what the definition says. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../main/services/documents/kinds/summary';
import { formatDayDots } from '../../main/services/language/dates';
import { formatNumberPl } from '../../main/services/language/plural';
import { summaryXlsx } from '../../main/services/reports/spreadsheet';
import { cellText, summaryTables, type SummaryCell, type SummaryTable } from '../../preload/contract/reportTables';
import { EVENT_TYPE_KEYS } from '../../preload/contract';
import { SAMPLE_SUMMARY as SAMPLE } from '../support/reportSummary';

/** The Markdown table under a heading: its alignment line, and its header and rows as plain text (escapes removed). */
function markdownTable(markdown: string, heading: string): { alignment: string; rows: string[][] } {
  const section = markdown.split('\n\n## ').find((part) => part.startsWith(heading));
  expect(section, heading).toBeDefined();
  const lines = section!.split('\n').filter((line) => line.startsWith('|'));
  const alignment = lines.find((line) => /^\|[-:|]+\|$/.test(line)) ?? '';
  const rows = lines.filter((line) => line !== alignment).map((line) =>
    line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.replace(/\\(.)/g, '$1').replace(/\u00a0/g, ' ')),
  );
  return { alignment, rows };
}

const POLISH = { number: formatNumberPl, day: formatDayDots };
const asText = (table: SummaryTable) => (row: SummaryCell[]) => row.map((value, i) => (cellText(table.columns[i]!.kind, value, POLISH) ?? '—').replace(/\u00a0/g, ' '));

describe('the summary’s tables', () => {
  it('the Markdown prints every table of the document as defined: headers, rows, totals', () => {
    const markdown = summaryMarkdown(SAMPLE, 'Regionalny Ośrodek Polityki Społecznej w Katowicach');
    const tables = summaryTables(SAMPLE, 'pl', 'document');
    expect(tables.map((t) => t.key)).toEqual(['events', 'counted', 'sessions', 'partnerships', 'formed', 'teams', 'agreements', 'gminas', 'voivodeships', 'subregions', 'audiences', 'indicators', 'milestones', 'studies', 'plan']);
    for (const table of tables) {
      const heading = table.key === 'plan' ? 'Plan na okres od 01.01.2020 do 31.12.2020' : table.title;
      const { alignment, rows: [headers, ...rows] } = markdownTable(markdown, heading);
      expect(headers).toEqual(table.columns.map((c) => c.header));
      expect(alignment).toBe(`|${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`);
      expect(rows).toEqual([...table.rows, ...(table.totals ? [table.totals] : [])].map(asText(table)));
    }
    expect(markdownTable(markdown, 'Wydarzenia według rodzajów').rows.map((row) => row[0])).toEqual(['Rodzaj', 'Warsztat kooperacyjny', 'Coaching (indywidualny / grupowy)', 'Razem']);
    expect(markdownTable(markdown, 'Coaching i superwizja').rows[2]).toEqual(['Superwizja', 'grupowy', '2', '1 200', '0', '1 200', '12']);
    expect(markdownTable(markdown, 'Wskaźniki').rows[1]![6]).toBe('75%');
    expect(markdownTable(markdown, 'Osoby spoza listy uczestników').rows[1]).toEqual(['12.06.2019 – 13.06.2019', 'Warsztat kooperacyjny', 'Warsztat otwarty', '4', '12.06.2019: 6; 13.06.2019: 5', '6', '10']);
    expect(markdownTable(markdown, 'Plan na okres').rows[1]).toEqual(['10.03.2020 – 11.03.2020', 'Konferencja', 'Konferencja podsumowująca', 'Katowice', '12,5 (zegarowe)']);
  });

  it('the XLSX has a sheet per table with the definition’s columns and every row, numbers and dates typed', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await summaryXlsx(SAMPLE)).slice().buffer);
    const tables = summaryTables(SAMPLE, 'pl', 'sheet');
    for (const table of tables) {
      const sheet = workbook.getWorksheet(table.sheet)!;
      expect(sheet, table.sheet).toBeDefined();
      const values = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
      const expected = [...table.rows, ...(table.totals ? [table.totals] : [])].map((row) =>
        row.map((value, i) => (value === null ? undefined : table.columns[i]!.kind === 'date' ? new Date(`${value as string}T00:00:00Z`) : value)),
      );
      expect(values[0]).toEqual(table.columns.map((c) => c.header));
      expect(values.slice(1).map((row) => Array.from({ length: table.columns.length }, (_, i) => row[i]))).toEqual(expected);
    }
    const events = workbook.getWorksheet('Wydarzenia')!;
    expect(events.rowCount).toBe(1 + EVENT_TYPE_KEYS.length + 1);
    expect(events.getRow(1).values).toEqual([undefined, 'Rodzaj wydarzenia', 'Liczba', 'Godziny zegarowe', 'Godziny dydaktyczne', 'Razem w godz. zegarowych', 'Uczestnicy (osoby)', 'Osoby spoza listy uczestników', 'Obecności']);
    expect(workbook.getWorksheet('Wskaźniki')!.getRow(2).getCell(7).value).toBe(75);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Podsumowanie', ...tables.filter((t) => t.key !== 'plan').map((t) => t.sheet), 'Miesiące', 'Kronika', 'Plan']);
  });

  it('the document keeps the sheet’s readable part: rows with events, the same tables in English on screen', () => {
    const [eventsDoc] = summaryTables(SAMPLE, 'pl', 'document');
    const [eventsSheet] = summaryTables(SAMPLE, 'pl', 'sheet');
    expect(eventsDoc!.rows.map((row) => row[0])).toEqual(['Warsztat kooperacyjny', 'Coaching (indywidualny / grupowy)']);
    expect(eventsSheet!.rows).toHaveLength(EVENT_TYPE_KEYS.length);
    const english = summaryTables(SAMPLE, 'en', 'document');
    const polish = summaryTables(SAMPLE, 'pl', 'document');
    expect(english.map((t) => t.columns.length)).toEqual(polish.map((t) => t.columns.length));
    expect(english[0]!.columns[0]!.header).toBe('Type');
    expect(english[0]!.totals![0]).toBe('Total');
    expect(english.find((t) => t.key === 'plan')!.rows[0]![4]).toBe('12,5 (clock)');
    expect(markdownTable(summaryMarkdown(SAMPLE, 'ROPS'), 'Badania, diagnozy i opracowania').rows[1]).toEqual(['Katalog', 'Katalog dobrych praktyk', 'Fundacja Badań Społecznych', '01.06.2019', '30.11.2019', 'odebrane']);
  });
});
