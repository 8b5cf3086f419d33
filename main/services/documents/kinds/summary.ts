/**
 * The period summary as a printed document, as a director files it: the office's name over the title and the day the
 * figures were read ("Stan na 7.12.2026 r."), the narrative as in the seeds, the chronicle, the tables (as reportTables
 * defines them) and the plan, as Markdown, from which the PDF (under the logo strip) and the DOCX are made. No setting
 * of the screen (how hours are rounded, the scope's option) is printed as if it were data.
 */
import type { ReportSummary } from '../../../../preload/contract';
import { cellText, summaryTables, type SummaryCell, type SummaryColumn, type SummaryTable } from '../../../../preload/contract/reportTables';
import { formatNumberPl } from '../../language/plural';
import { formatDayDots } from '../../language/dates';
import type { MarkdownDocument } from '../printable';
import type { PrintedPhoto } from './photos';
import { escapeMarkdown } from '../template';

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

const POLISH = { number: formatNumberPl, day: formatDayDots };

function cell(column: SummaryColumn, value: SummaryCell): string {
  if (typeof value === 'number' && column.kind !== 'percent') return formatNumberPl(value);
  return text(cellText(column.kind, value, POLISH));
}

function markdownTable({ columns, rows, totals }: SummaryTable): string {
  const alignment = columns.map((column) => (column.align === 'right' ? '---:' : '---'));
  const lines = (totals ? [...rows, totals] : rows).map((row) => `| ${row.map((value, i) => cell(columns[i]!, value)).join(' | ')} |`);
  return [`| ${columns.map((column) => text(column.header)).join(' | ')} |`, `|${alignment.join('|')}|`, ...lines].join('\n');
}

/** A table under its heading (the definition's own words, not escaped); without rows its sentence, or nothing. */
function tableSection(table: SummaryTable): string[] {
  if (table.rows.length > 0) return [`## ${table.title}`, markdownTable(table)];
  return table.empty ? [`## ${table.title}`, table.empty] : [];
}

/** A list of sentences, commas between them and a full stop after the last. */
function sentenceList(items: string[]): string {
  return items.map((item, i) => `- ${text(item)}${i === items.length - 1 ? '.' : ','}`).join('\n');
}

function opening(summary: ReportSummary, officeName: string): string[] {
  const { narrative } = summary;
  return [
    `**${text(officeName)}**`,
    `# ${text(summary.title)}`,
    `*${text(`Stan na ${formatDayDots(summary.readOn)} r.`)}*`,
    text(narrative.intro),
    ...(narrative.items.length > 0 ? [sentenceList(narrative.items)] : []),
    ...(narrative.stage.length > 0 ? [text(narrative.stage.join(' '))] : []),
  ];
}

/** What a reader needs to know to read the hours: a didactic hour is 45 minutes (only where there are such hours). */
function hoursNote(summary: ReportSummary): string[] {
  const didactic = summary.eventTotals.hours.didactic > 0 || summary.plan.events.some((event) => event.hourUnit === 'didactic');
  return didactic ? ['*Godzina dydaktyczna trwa 45 minut.*'] : [];
}

/** Events in no figure, said so that none drops out unseen: those still to settle, those cancelled with reasons. */
function outside(summary: ReportSummary): string[] {
  return summary.narrative.outside.length > 0 ? ['## Poza zestawieniem', ...summary.narrative.outside.map(text)] : [];
}

function chronicle(summary: ReportSummary): string[] {
  if (summary.chronicle.length === 0) return [];
  return ['## Kronika', ...summary.chronicle.map((month) => `**${text(month.heading)}** – ${month.sentences.map(text).join(' ')}`)];
}

function plan(summary: ReportSummary, table: SummaryTable): string[] {
  const { narrative } = summary;
  const heading = `## Plan na okres od ${formatDayDots(summary.plan.from)} do ${formatDayDots(summary.plan.to)}`;
  if (!narrative.planIntro) return [heading, 'Na ten okres nie zaplanowano jeszcze wydarzeń.'];
  return [heading, text(narrative.planIntro), sentenceList(narrative.planItems), markdownTable(table)];
}

/** The whole summary as Markdown for the document engine, under the name of the office that files it. */
export function summaryMarkdown(summary: ReportSummary, officeName: string): string {
  const tables = summaryTables(summary, 'pl', 'document');
  const planTable = tables.find((table) => table.key === 'plan')!;
  return [
    ...opening(summary, officeName),
    ...outside(summary),
    ...chronicle(summary),
    ...tables.filter((table) => table !== planTable).flatMap(tableSection),
    ...plan(summary, planTable),
    ...hoursNote(summary),
  ].join('\n\n');
}

export interface SummaryDocumentData {
  summary: ReportSummary;
  /** The office's name, printed over the title. */
  officeName: string;
  /** The logo strip of the summary's project (or of the office's one project). */
  logo: Uint8Array | null;
  fileStem: string;
  /** The photos of summary.photos with their bytes, for the photo page at the end (none: no photo page). */
  photos?: readonly PrintedPhoto[];
}

/** The summary as the PDF (A4 HTML) and the DOCX print it, from the same Markdown. */
export function summaryDocument({ summary, officeName, logo, fileStem, photos }: SummaryDocumentData): MarkdownDocument {
  // The foot of every page: the period (the scope, a project's long name, is in the title) and the day of the figures.
  const footerText = `${summary.title.split(' – ')[0]}, stan na ${formatDayDots(summary.readOn)} r.`;
  return { title: summary.title, fileStem, markdown: summaryMarkdown(summary, officeName), logo, footerText, photos: photos ?? [] };
}
