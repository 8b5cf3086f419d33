/**
 * The period summary as a printed document: its title, the narrative as in the seeds, the chronicle, the tables (as
 * reportTables defines them) and the plan, as Markdown, from which the PDF (with the project's logo strip when the scope
 * is a project) and the DOCX are made.
 */
import { ROUNDING_STYLES, type ReportSummary } from '../../../../preload/contract';
import { cellText, summaryTables, type SummaryCell, type SummaryColumn, type SummaryTable } from '../../../../preload/contract/reportTables';
import { formatNumberPl } from '../../language/plural';
import { formatDayDots } from '../../language/dates';
import type { MarkdownDocument } from '../printable';
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

function opening(summary: ReportSummary): string[] {
  const { narrative } = summary;
  return [`# ${text(summary.title)}`, text(narrative.intro), ...(narrative.items.length > 0 ? [sentenceList(narrative.items)] : [])];
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

/** The whole summary as Markdown for the document engine. */
export function summaryMarkdown(summary: ReportSummary): string {
  const tables = summaryTables(summary, 'pl', 'document');
  const planTable = tables.find((table) => table.key === 'plan')!;
  return [
    ...opening(summary),
    ...chronicle(summary),
    ...tables.filter((table) => table !== planTable).flatMap(tableSection),
    ...plan(summary, planTable),
    `*Zakres: ${text(summary.scope.name)}. Liczby godzin: ${text(ROUNDING_STYLES[summary.rounding].pl)}; godzina dydaktyczna = 45 minut.*`,
  ].join('\n\n');
}

export interface SummaryDocumentData {
  summary: ReportSummary;
  /** The project's logo strip, for a summary of one project. */
  logo: Uint8Array | null;
  fileStem: string;
}

/** The summary as the PDF (A4 HTML) and the DOCX print it, from the same Markdown. */
export function summaryDocument({ summary, logo, fileStem }: SummaryDocumentData): MarkdownDocument {
  return { title: summary.title, fileStem, markdown: summaryMarkdown(summary), logo, footerText: summary.title };
}
