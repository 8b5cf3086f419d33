/** The summary's tables are defined once: the Markdown (PDF, DOCX) and the XLSX say what the definition says. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../main/services/documents/kinds/summary';
import { formatDayDots } from '../../main/services/language/dates';
import { formatNumberPl } from '../../main/services/language/plural';
import { summaryXlsx } from '../../main/services/reports/spreadsheet';
import { EVENT_TYPE_KEYS, type EventFigures, type EventType, type ReportSummary, type SessionFigures } from '../../preload/contract';
import { cellText, summaryTables, type SummaryCell, type SummaryTable } from '../../preload/contract/reportTables';

const NONE: EventFigures = { count: 0, hours: { clock: 0, didactic: 0 }, clockEquivalent: 0, participants: 0, attendances: 0 };
const figures = (count: number, clock: number, didactic: number, participants: number, attendances: number): EventFigures => ({
  count,
  hours: { clock, didactic },
  clockEquivalent: clock + didactic * 0.75,
  participants,
  attendances,
});
const sessions = (individual: EventFigures, group: EventFigures): SessionFigures => ({ individual, group, total: individual, firstMonth: '2019-06', lastMonth: '2019-06', allSocialWorkers: true });

const events = Object.fromEntries(EVENT_TYPE_KEYS.map((type) => [type, NONE])) as Record<EventType, EventFigures>;
events.workshop = figures(3, 4, 18, 4, 6);
events.coaching = figures(1, 2, 0, 1, 1);

const gmina = { code: '2401011', name: 'Będzin', level: 'gmina' as const, powiatName: 'będziński', voivodeshipCode: '24', voivodeshipName: 'śląskie', events: 3, hours: { clock: 6, didactic: 18 }, clockEquivalent: 19.5, participants: 4, attendances: 7 };

/** One year of an office's work, with a row in every table (a two-day event, a percentage, 1 200 hours, a dash). */
const SAMPLE: ReportSummary = {
  from: '2019-01-01',
  to: '2019-12-31',
  scope: { kind: 'territory', code: '24', projectId: null, name: 'województwo śląskie', level: 'voivodeship' },
  rounding: 'exact',
  title: 'Podsumowanie roku 2019 – województwo śląskie',
  events,
  eventTotals: figures(4, 6, 18, 4, 7),
  coaching: sessions(figures(1, 2, 0, 1, 1), NONE),
  supervision: sessions(NONE, figures(2, 1200, 0, 12, 24)),
  partnerships: { pzk: { formed: 1, active: 2, initiated: 1 }, gpzk: { formed: 0, active: 0, initiated: 0 }, zzk: { formed: 0, active: 1, initiated: 0 } },
  agreements: { signed: 1, gminas: 1, powiats: 0 },
  gminas: [gmina],
  voivodeships: [{ ...gmina, code: '24', name: 'śląskie', level: 'voivodeship', partnershipsFormed: 1, partnershipsActive: 3, agreementsSigned: 1 }],
  indicators: [
    { projectId: 'prj-1', projectName: 'Kooperacje 3D', code: 'W-WAR', name: 'Liczba warsztatów', unit: 'szt.', target: 4, achieved: 3, percent: 75, basis: 'liczba odbytych warsztatów kooperacyjnych' },
    { projectId: 'prj-1', projectName: 'Kooperacje 3D', code: 'W-X', name: 'Inny wskaźnik', unit: 'os.', target: 10, achieved: null, percent: null, basis: null },
  ],
  signedAgreements: [{ id: 'a1', number: 'ROPS/1/2019', signedOn: '2019-03-01', jsts: ['Gmina Będzin'], parties: ['Województwo Śląskie', 'Gmina Będzin'], projectName: 'Kooperacje 3D', partnershipName: null }],
  formedPartnerships: [
    { id: 'pzk', kind: 'pzk', name: 'PZK Będzin', territory: 'Będzin / Powiat Będziński', terytCode: '2401011', leaderName: 'MOPS w Będzinie', strategicPartnerName: null, initiatedOn: null, formalisedOn: '2019-05-15', formedOn: '2019-05-15' },
  ],
  monthly: [{ month: '2019-03', events: { workshop: 1 } }],
  chronicle: [{ month: '2019-03', heading: 'MARZEC', sentences: ['Podpisano porozumienie o współpracy nr ROPS/1/2019 (Gmina Będzin).'] }],
  plan: {
    from: '2020-01-01',
    to: '2020-12-31',
    events: [
      { id: 'e1', type: 'conference', title: 'Konferencja podsumowująca', startDay: '2020-03-10', endDay: '2020-03-11', place: null, territoryName: 'Katowice', hours: 12.5, hourUnit: 'clock' },
      { id: 'e2', type: 'workshop', title: 'Warsztat', startDay: '2020-04-02', endDay: '2020-04-02', place: 'Sala 1', territoryName: null, hours: null, hourUnit: 'didactic' },
    ],
    byType: { conference: 1, workshop: 1 },
  },
  narrative: { intro: 'W 2019 roku w województwie śląskim:', items: ['zorganizowano 3 warsztaty kooperacyjne'], planIntro: 'W 2020 roku zaplanowano:', planItems: ['1 konferencję', '1 warsztat'], paragraphs: [] },
};

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
    const markdown = summaryMarkdown(SAMPLE);
    const tables = summaryTables(SAMPLE, 'pl', 'document');
    expect(tables.map((t) => t.key)).toEqual(['events', 'sessions', 'partnerships', 'formed', 'agreements', 'gminas', 'voivodeships', 'indicators', 'plan']);
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
    expect(events.getRow(1).values).toEqual([undefined, 'Rodzaj wydarzenia', 'Klucz', 'Liczba', 'Godziny zegarowe', 'Godziny dydaktyczne', 'Razem w godz. zegarowych', 'Uczestnicy (osoby)', 'Obecności']);
    expect(workbook.getWorksheet('Wskaźniki')!.getRow(2).getCell(7).value).toBe(75);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Podsumowanie', ...tables.slice(0, -1).map((t) => t.sheet), 'Miesiące', 'Kronika', 'Plan']);
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
    expect(english[8]!.rows[0]![4]).toBe('12,5 (clock)');
  });
});
