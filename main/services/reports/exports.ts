/**
 * The summary as files: XLSX (spreadsheet.ts), DOCX and PDF (the printed document, documents/kinds/summary.ts, under
 * the office's name and the logo strip of its project) and JSON (the summary object itself); and their names.
 */
import type { ExportedFile, ReportExport, ReportSummary } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { imageSize } from '../documents/docx';
import { documentFile } from '../documents/html';
import { summaryDocument } from '../documents/kinds/summary';
import { markdownFile } from '../documents/printable';
import { officeName } from '../office';
import { projectLogo } from '../projects';
import { wholeYears } from './calendar';
import { runSummary } from './runSummary';
import { summaryXlsx } from './spreadsheet';

export function summaryFileStem(summary: ReportSummary): string {
  const years = wholeYears(summary.from, summary.to);
  const period = years ? (years.first === years.last ? `${years.first}` : `${years.first}-${years.last}`) : `${summary.from} - ${summary.to}`;
  const scope = summary.scope.kind === 'all' ? '' : ` ${summary.scope.name}`;
  return `podsumowanie ${period}${scope}`.replace(/[„”]+/g, '-');
}

/**
 * The colour logo strip a summary is filed under: its project's, for a summary of one project; otherwise that of the
 * office's project when the register has exactly one project with a logo (an office runs its ESF project). The DOCX
 * takes it only as PNG or JPEG.
 */
async function summaryLogo(ctx: ServiceContext, summary: ReportSummary, format: 'pdf' | 'docx'): Promise<Uint8Array | null> {
  let projectId = summary.scope.kind === 'project' ? (summary.scope.projectId ?? null) : null;
  if (summary.scope.kind !== 'project') {
    const withLogo = (await ctx.db('projects').whereNotNull('logo_color_path').limit(2).select('id')) as { id: string }[];
    projectId = withLogo.length === 1 ? withLogo[0]!.id : null;
  }
  const logo = await projectLogo(ctx, projectId, false);
  return logo && (format === 'pdf' || imageSize(logo)) ? logo : null;
}

async function summaryFile(ctx: ServiceContext, summary: ReportSummary, format: ReportExport['format']): Promise<ExportedFile> {
  const fileStem = summaryFileStem(summary);
  switch (format) {
    case 'json':
      return documentFile(fileStem, format, new TextEncoder().encode(`${JSON.stringify(summary, null, 2)}\n`));
    case 'xlsx':
      return documentFile(fileStem, format, await summaryXlsx(summary));
    case 'docx':
    case 'pdf':
      return markdownFile(ctx, summaryDocument({ summary, officeName: await officeName(ctx.db), logo: await summaryLogo(ctx, summary, format), fileStem }), format);
  }
}

export async function exportSummary(ctx: ServiceContext, request: ReportExport): Promise<ExportedFile> {
  return summaryFile(ctx, await runSummary(ctx, request), request.format);
}
