/**
 * The summary as files: XLSX (spreadsheet.ts), DOCX and PDF (the printed document, documents/kinds/summary.ts, with
 * the project's logo strip when the scope is a project) and JSON (the summary object itself); and their names.
 */
import type { ExportedFile, ReportExport, ReportSummary } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { summaryDocx, summaryHtml } from '../documents/kinds/summary';
import { projectLogoFiles } from '../projects';
import { readStoredFile } from '../storedFiles';
import { wholeYears } from './calendar';
import { runSummary } from './runSummary';
import { summaryXlsx } from './spreadsheet';

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

/** The project's colour logo strip, for a summary of one project. */
async function projectLogo(ctx: ServiceContext, summary: ReportSummary): Promise<Uint8Array | null> {
  if (summary.scope.kind !== 'project' || !summary.scope.projectId) return null;
  const logo = (await projectLogoFiles(ctx.db, summary.scope.projectId)).color;
  return logo ? readStoredFile(ctx.filesDir, logo.path, logo.sha256, logo.name) : null;
}

async function summaryBytes(ctx: ServiceContext, summary: ReportSummary, format: ReportExport['format']): Promise<Uint8Array> {
  switch (format) {
    case 'json':
      return new TextEncoder().encode(`${JSON.stringify(summary, null, 2)}\n`);
    case 'xlsx':
      return summaryXlsx(summary);
    case 'docx':
      return summaryDocx(summary, await projectLogo(ctx, summary));
    case 'pdf':
      return ctx.printPdf(summaryHtml(summary, await projectLogo(ctx, summary)));
  }
}

export async function exportSummary(ctx: ServiceContext, request: ReportExport): Promise<ExportedFile> {
  const summary = await runSummary(ctx, request);
  const bytes = await summaryBytes(ctx, summary, request.format);
  return { fileName: `${summaryFileStem(summary)}.${request.format}`, contentBase64: Buffer.from(bytes).toString('base64') };
}
