/**
 * The summary as files: XLSX (a sheet per table, numbers stored as numbers), DOCX and PDF (the same Markdown through
 * the document engine: headings, the narrative as in the seeds, the chronicle, the tables; A4 with the project's
 * logo strip when the scope is a project) and JSON (the summary object itself).
 */
import type ExcelJS from 'exceljs';
import {
  EVENT_TYPE_KEYS,
  EVENT_TYPES,
  HOUR_UNITS,
  PARTNERSHIP_KIND_KEYS,
  PARTNERSHIP_KINDS,
  ROUNDING_STYLES,
  type ExportedFile,
  type ReportExport,
  type ReportSummary,
} from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { escapeMarkdown, formatDayDots, markdownToDocx, markdownToHtml, printDocumentHtml } from '../documents';
import { formatNumberPl } from '../language/plural';
import { loadExcelJs } from '../tabular';
import { projectLogoFiles } from '../projects';
import { readStoredFile } from '../storedFiles';
import { monthInWords, wholeYears } from './calendar';
import { runSummary } from './runSummary';

// ---------------------------------------------------------------------------------------------------------
// Markdown (DOCX and PDF)

/**
 * Polish typesetting for print: a non-breaking space keeps "r." with its year and a one-letter word (w, z, i, a, o, u)
 * with the word after it, so neither ends up alone at the end of a line.
 */
function typeset(value: string): string {
  return value.replace(/(\d) r\./g, '$1\u00a0r.').replace(/(?<=^|[\s(])([wzioauWZIOAU]) /g, '$1\u00a0');
}

function text(value: string | null | undefined): string {
  return escapeMarkdown(typeset(value ?? '—')).replace(/\r?\n/g, ' ');
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'number' ? formatNumberPl(value) : text(value);
}

function table(headers: string[], rows: (string | number | null)[][]): string {
  const alignment = headers.map((_, i) => (rows.length > 0 && rows.every((row) => typeof row[i] === 'number' || row[i] === null) ? '---:' : '---'));
  return [`| ${headers.map(text).join(' | ')} |`, `|${alignment.join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

function modeLabel(mode: 'individual' | 'group'): string {
  return mode === 'individual' ? 'indywidualny' : 'grupowy';
}

/** The whole summary as Markdown for the document engine. */
export function summaryMarkdown(summary: ReportSummary): string {
  const parts: string[] = [`# ${text(summary.title)}`];
  const { narrative } = summary;

  if (narrative.items.length > 0) {
    parts.push(text(narrative.intro));
    parts.push(narrative.items.map((item, i) => `- ${text(item)}${i === narrative.items.length - 1 ? '.' : ','}`).join('\n'));
  } else {
    parts.push(text(narrative.intro));
  }

  if (summary.chronicle.length > 0) {
    parts.push('## Kronika');
    for (const month of summary.chronicle) parts.push(`**${text(month.heading)}** – ${month.sentences.map(text).join(' ')}`);
  }

  const events = EVENT_TYPE_KEYS.filter((type) => summary.events[type].count > 0);
  parts.push('## Wydarzenia według rodzajów');
  parts.push(
    events.length === 0
      ? 'W tym okresie nie odbyło się żadne wydarzenie.'
      : table(
          ['Rodzaj', 'Liczba', 'Godz. zegarowe', 'Godz. dydaktyczne', 'Razem w godz. zegarowych', 'Uczestnicy', 'Obecności'],
          [
            ...events.map((type) => {
              const f = summary.events[type];
              return [EVENT_TYPES[type].pl, f.count, f.hours.clock, f.hours.didactic, f.clockEquivalent, f.participants, f.attendances];
            }),
            (() => {
              const f = summary.eventTotals;
              return ['Razem', f.count, f.hours.clock, f.hours.didactic, f.clockEquivalent, f.participants, f.attendances];
            })(),
          ],
        ),
  );

  const sessions = (['coaching', 'supervision'] as const).flatMap((type) =>
    (['individual', 'group'] as const)
      .filter((mode) => summary[type][mode].count > 0)
      .map((mode) => {
        const f = summary[type][mode];
        return [type === 'coaching' ? 'Coaching' : 'Superwizja', modeLabel(mode), f.count, f.hours.clock, f.hours.didactic, f.clockEquivalent, f.participants];
      }),
  );
  if (sessions.length > 0) {
    parts.push('## Coaching i superwizja');
    parts.push(table(['Forma', 'Tryb', 'Sesje', 'Godz. zegarowe', 'Godz. dydaktyczne', 'Razem w godz. zegarowych', 'Osoby'], sessions));
  }

  parts.push('## Zespoły kooperacyjne');
  parts.push(
    table(
      ['Rodzaj', 'Zawiązane w okresie', 'Działające w okresie', 'Zainicjowane w okresie'],
      PARTNERSHIP_KIND_KEYS.map((kind) => [PARTNERSHIP_KINDS[kind].pl, summary.partnerships[kind].formed, summary.partnerships[kind].active, summary.partnerships[kind].initiated]),
    ),
  );

  if (summary.formedPartnerships.length > 0) {
    parts.push('## Gminy i powiaty, w których zawiązano zespoły');
    parts.push(
      table(
        ['Gmina / Powiat', 'Bezpośredni realizator', 'Partner strategiczny', 'Zespół', 'Data'],
        summary.formedPartnerships.map((p) => [p.territory, p.leaderName, p.strategicPartnerName, `${p.name} (${PARTNERSHIP_KINDS[p.kind].short})`, formatDayDots(p.formedOn)]),
      ),
    );
  }

  if (summary.signedAgreements.length > 0) {
    parts.push('## Podpisane porozumienia o współpracy');
    parts.push(
      table(
        ['Lp.', 'Numer', 'Data podpisania', 'Jednostki samorządu terytorialnego', 'Strony'],
        summary.signedAgreements.map((a, i) => [i + 1, a.number, formatDayDots(a.signedOn), a.jsts.join(', '), a.parties.join(', ')]),
      ),
    );
  }

  if (summary.gminas.length > 0) {
    parts.push('## Zestawienie według gmin');
    parts.push(
      table(
        ['Gmina', 'Powiat', 'Województwo', 'Wydarzenia', 'Godziny (zegarowe)', 'Uczestnicy', 'Obecności'],
        summary.gminas.map((g) => [g.name, g.powiatName, g.voivodeshipName, g.events, g.clockEquivalent, g.participants, g.attendances]),
      ),
    );
  }

  if (summary.voivodeships.length > 0) {
    parts.push('## Zestawienie według województw');
    parts.push(
      table(
        ['Województwo', 'Wydarzenia', 'Godziny (zegarowe)', 'Uczestnicy', 'Zespoły zawiązane', 'Zespoły działające', 'Porozumienia'],
        summary.voivodeships.map((v) => [v.name, v.events, v.clockEquivalent, v.participants, v.partnershipsFormed, v.partnershipsActive, v.agreementsSigned]),
      ),
    );
  }

  if (summary.indicators.length > 0) {
    parts.push('## Wskaźniki');
    parts.push(
      table(
        ['Projekt', 'Kod', 'Wskaźnik', 'Jednostka', 'Wartość docelowa', 'Osiągnięto', '% celu'],
        summary.indicators.map((i) => [i.projectName, i.code, i.name, i.unit, i.target, i.achieved, i.percent === null ? null : `${formatNumberPl(i.percent)}%`]),
      ),
    );
  }

  parts.push(`## Plan na okres od ${formatDayDots(summary.plan.from)} do ${formatDayDots(summary.plan.to)}`);
  if (narrative.planIntro) {
    parts.push(text(narrative.planIntro));
    parts.push(narrative.planItems.map((item, i) => `- ${text(item)}${i === narrative.planItems.length - 1 ? '.' : ','}`).join('\n'));
    parts.push(
      table(
        ['Data', 'Rodzaj', 'Tytuł', 'Miejsce', 'Godziny'],
        summary.plan.events.map((e) => [
          e.startDay === e.endDay ? formatDayDots(e.startDay) : `${formatDayDots(e.startDay)} – ${formatDayDots(e.endDay)}`,
          EVENT_TYPES[e.type].pl,
          e.title,
          e.territoryName ?? e.place,
          e.hours === null ? null : `${formatNumberPl(e.hours)} (${e.hourUnit === 'clock' ? 'zegarowe' : 'dydaktyczne'})`,
        ]),
      ),
    );
  } else {
    parts.push('Na ten okres nie zaplanowano jeszcze wydarzeń.');
  }

  parts.push(`*Zakres: ${text(summary.scope.name)}. Liczby godzin: ${text(ROUNDING_STYLES[summary.rounding].pl)}; godzina dydaktyczna = 45 minut.*`);
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// XLSX

type Kind = 'text' | 'integer' | 'decimal' | 'date' | 'percent';

interface Column {
  header: string;
  kind?: Kind;
  width?: number;
}

type Value = string | number | null;

const NUMBER_FORMATS: Partial<Record<Kind, string>> = { integer: '#,##0', decimal: '#,##0.00', date: 'dd.mm.yyyy', percent: '0.0' };

function excelValue(kind: Kind, value: Value): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : value;
  }
  return value;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Value[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
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

export async function summaryXlsx(summary: ReportSummary): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Kooperator';
  workbook.title = summary.title;

  addSheet(
    workbook,
    'Podsumowanie',
    [{ header: 'Pozycja', width: 28 }, { header: 'Treść', width: 120 }],
    [
      ['Tytuł', summary.title],
      ['Okres od', formatDayDots(summary.from)],
      ['Okres do', formatDayDots(summary.to)],
      ['Zakres', summary.scope.name],
      ['Zapis liczb godzin', ROUNDING_STYLES[summary.rounding].pl],
      ['Wstęp', summary.narrative.intro],
      ...summary.narrative.items.map((item, i): Value[] => [`Punkt ${i + 1}`, item]),
      ...summary.narrative.paragraphs.map((paragraph, i): Value[] => [`Akapit ${i + 1}`, paragraph]),
    ],
  );

  addSheet(
    workbook,
    'Wydarzenia',
    [
      { header: 'Rodzaj wydarzenia' },
      { header: 'Klucz' },
      { header: 'Liczba', kind: 'integer' },
      { header: 'Godziny zegarowe', kind: 'decimal' },
      { header: 'Godziny dydaktyczne', kind: 'decimal' },
      { header: 'Razem w godz. zegarowych', kind: 'decimal' },
      { header: 'Uczestnicy (osoby)', kind: 'integer' },
      { header: 'Obecności', kind: 'integer' },
    ],
    [
      ...EVENT_TYPE_KEYS.map((type): Value[] => {
        const f = summary.events[type];
        return [EVENT_TYPES[type].pl, type, f.count, f.hours.clock, f.hours.didactic, f.clockEquivalent, f.participants, f.attendances];
      }),
      (() => {
        const f = summary.eventTotals;
        return ['Razem', 'total', f.count, f.hours.clock, f.hours.didactic, f.clockEquivalent, f.participants, f.attendances];
      })(),
    ],
  );

  addSheet(
    workbook,
    'Coaching i superwizja',
    [
      { header: 'Forma' },
      { header: 'Tryb' },
      { header: 'Sesje', kind: 'integer' },
      { header: 'Godziny zegarowe', kind: 'decimal' },
      { header: 'Godziny dydaktyczne', kind: 'decimal' },
      { header: 'Razem w godz. zegarowych', kind: 'decimal' },
      { header: 'Osoby', kind: 'integer' },
    ],
    (['coaching', 'supervision'] as const).flatMap((type) =>
      (['individual', 'group'] as const).map((mode): Value[] => {
        const f = summary[type][mode];
        return [type === 'coaching' ? 'Coaching' : 'Superwizja', modeLabel(mode), f.count, f.hours.clock, f.hours.didactic, f.clockEquivalent, f.participants];
      }),
    ),
  );

  addSheet(
    workbook,
    'Zespoły',
    [{ header: 'Rodzaj' }, { header: 'Klucz' }, { header: 'Zawiązane w okresie', kind: 'integer' }, { header: 'Działające w okresie', kind: 'integer' }, { header: 'Zainicjowane w okresie', kind: 'integer' }],
    PARTNERSHIP_KIND_KEYS.map((kind) => [PARTNERSHIP_KINDS[kind].pl, kind, summary.partnerships[kind].formed, summary.partnerships[kind].active, summary.partnerships[kind].initiated]),
  );

  addSheet(
    workbook,
    'Zawiązane zespoły',
    [{ header: 'Rodzaj' }, { header: 'Nazwa' }, { header: 'Gmina / Powiat' }, { header: 'Kod TERYT' }, { header: 'Bezpośredni realizator' }, { header: 'Partner strategiczny' }, { header: 'Spotkanie inicjujące', kind: 'date' }, { header: 'Sformalizowano', kind: 'date' }],
    summary.formedPartnerships.map((p) => [PARTNERSHIP_KINDS[p.kind].short, p.name, p.territory, p.terytCode, p.leaderName, p.strategicPartnerName, p.initiatedOn, p.formalisedOn]),
  );

  addSheet(
    workbook,
    'Porozumienia',
    [{ header: 'Lp.', kind: 'integer' }, { header: 'Numer' }, { header: 'Data podpisania', kind: 'date' }, { header: 'Jednostki samorządu terytorialnego' }, { header: 'Strony' }, { header: 'Projekt' }, { header: 'Partnerstwo' }],
    summary.signedAgreements.map((a, i) => [i + 1, a.number, a.signedOn, a.jsts.join(', '), a.parties.join(', '), a.projectName, a.partnershipName]),
  );

  const areaColumns: Column[] = [
    { header: 'Wydarzenia', kind: 'integer' },
    { header: 'Godziny zegarowe', kind: 'decimal' },
    { header: 'Godziny dydaktyczne', kind: 'decimal' },
    { header: 'Razem w godz. zegarowych', kind: 'decimal' },
    { header: 'Uczestnicy (osoby)', kind: 'integer' },
    { header: 'Obecności', kind: 'integer' },
  ];
  addSheet(
    workbook,
    'Gminy',
    [{ header: 'Kod TERYT' }, { header: 'Gmina' }, { header: 'Powiat' }, { header: 'Województwo' }, ...areaColumns],
    summary.gminas.map((g) => [g.code, g.name, g.powiatName, g.voivodeshipName, g.events, g.hours.clock, g.hours.didactic, g.clockEquivalent, g.participants, g.attendances]),
  );
  addSheet(
    workbook,
    'Województwa',
    [
      { header: 'Kod TERYT' },
      { header: 'Województwo' },
      ...areaColumns,
      { header: 'Zespoły zawiązane', kind: 'integer' },
      { header: 'Zespoły działające', kind: 'integer' },
      { header: 'Porozumienia podpisane', kind: 'integer' },
    ],
    summary.voivodeships.map((v) => [v.code, v.name, v.events, v.hours.clock, v.hours.didactic, v.clockEquivalent, v.participants, v.attendances, v.partnershipsFormed, v.partnershipsActive, v.agreementsSigned]),
  );

  addSheet(
    workbook,
    'Wskaźniki',
    [
      { header: 'Projekt' },
      { header: 'Kod' },
      { header: 'Wskaźnik' },
      { header: 'Jednostka' },
      { header: 'Wartość docelowa', kind: 'decimal' },
      { header: 'Osiągnięto', kind: 'decimal' },
      { header: '% celu', kind: 'percent' },
      { header: 'Sposób obliczenia' },
    ],
    summary.indicators.map((i) => [i.projectName, i.code, i.name, i.unit, i.target, i.achieved, i.percent, i.basis ?? 'nie wyliczany z danych']),
  );

  addSheet(
    workbook,
    'Miesiące',
    [{ header: 'Miesiąc' }, ...EVENT_TYPE_KEYS.map((type): Column => ({ header: EVENT_TYPES[type].pl, kind: 'integer', width: 14 })), { header: 'Razem', kind: 'integer' }],
    summary.monthly.map((m) => [monthInWords(m.month), ...EVENT_TYPE_KEYS.map((type) => m.events[type] ?? 0), Object.values(m.events).reduce((a, b) => a + (b ?? 0), 0)]),
  );

  addSheet(
    workbook,
    'Kronika',
    [{ header: 'Miesiąc', width: 22 }, { header: 'Zdanie', width: 140 }],
    summary.chronicle.flatMap((month) => month.sentences.map((sentence): Value[] => [month.heading, sentence])),
  );

  addSheet(
    workbook,
    'Plan',
    [{ header: 'Od', kind: 'date' }, { header: 'Do', kind: 'date' }, { header: 'Rodzaj' }, { header: 'Tytuł' }, { header: 'Miejsce' }, { header: 'Godziny', kind: 'decimal' }, { header: 'Jednostka godzin' }],
    summary.plan.events.map((e) => [e.startDay, e.endDay, EVENT_TYPES[e.type].pl, e.title, e.territoryName ?? e.place, e.hours, HOUR_UNITS[e.hourUnit].pl]),
  );

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------------
// Files

/** A file name without characters Windows refuses. */
function safeStem(value: string): string {
  return value.replace(/[\\/:*?"<>|„”]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
}

export function summaryFileStem(summary: ReportSummary): string {
  const years = wholeYears(summary.from, summary.to);
  const period = years ? (years.first === years.last ? `${years.first}` : `${years.first}-${years.last}`) : `${summary.from} - ${summary.to}`;
  const scope = summary.scope.kind === 'all' ? '' : ` ${summary.scope.name}`;
  return safeStem(`podsumowanie ${period}${scope}`);
}

function dataUrl(bytes: Uint8Array): string {
  const type = bytes[0] === 0x89 ? 'image/png' : bytes[0] === 0xff ? 'image/jpeg' : 'image/svg+xml';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** The project's colour logo strip, for a summary of one project. */
async function projectLogo(ctx: ServiceContext, summary: ReportSummary): Promise<Uint8Array | null> {
  if (summary.scope.kind !== 'project' || !summary.scope.projectId) return null;
  const logo = (await projectLogoFiles(ctx.db, summary.scope.projectId)).color;
  return logo ? readStoredFile(ctx.filesDir, logo.path, logo.sha256, logo.name) : null;
}

const isRaster = (bytes: Uint8Array) => bytes[0] === 0x89 || bytes[0] === 0xff;

export async function exportSummary(ctx: ServiceContext, request: ReportExport): Promise<ExportedFile> {
  const summary = await runSummary(ctx, request);
  const stem = summaryFileStem(summary);
  const file = (extension: string, bytes: Uint8Array): ExportedFile => ({ fileName: `${stem}.${extension}`, contentBase64: Buffer.from(bytes).toString('base64') });
  switch (request.format) {
    case 'json':
      return file('json', new TextEncoder().encode(`${JSON.stringify(summary, null, 2)}\n`));
    case 'xlsx':
      return file('xlsx', await summaryXlsx(summary));
    case 'docx': {
      const logo = await projectLogo(ctx, summary);
      return file('docx', await markdownToDocx({ title: summary.title, markdown: summaryMarkdown(summary), logo: logo && isRaster(logo) ? logo : null, footerText: summary.title }));
    }
    case 'pdf': {
      const logo = await projectLogo(ctx, summary);
      const html = printDocumentHtml({ title: summary.title, bodyHtml: markdownToHtml(summaryMarkdown(summary)), logoDataUrl: logo && dataUrl(logo), footerText: summary.title });
      return file('pdf', await ctx.printPdf(html));
    }
  }
}
