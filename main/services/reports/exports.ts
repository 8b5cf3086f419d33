/**
 * The summary as files: XLSX (spreadsheet.ts), DOCX and PDF (the printed document, documents/kinds/summary.ts, under
 * the office's name and the logo strip of its project) and JSON (the summary object itself); and their names.
 */
import { PARTNERSHIP_KIND_CODES, quoted, type ExportedFile, type PartnershipKind, type ReportExport, type ReportSummary } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { imageSize } from '../documents/docx';
import { documentFile } from '../documents/html';
import type { PrintedPhoto } from '../documents/kinds/photos';
import { summaryDocument } from '../documents/kinds/summary';
import { ServiceError } from '../errors';
import { readStoredFile } from '../storedFiles';
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

/**
 * The bytes of the summary's chosen photos, checked; a missing or damaged file is refused by its name and its event,
 * so the director knows which photo to attach again (or to take off the photo page).
 */
async function summaryPhotoFiles(ctx: ServiceContext, summary: ReportSummary): Promise<PrintedPhoto[]> {
  if (summary.photos.length === 0) return [];
  const rows = new Map(
    ((await ctx.db('event_attachments').whereIn('id', summary.photos.map((photo) => photo.attachmentId)).select('id', 'path', 'name', 'sha256')) as { id: string; path: string; name: string; sha256: string }[]).map((row) => [row.id, row]),
  );
  const printed: PrintedPhoto[] = [];
  for (const photo of summary.photos) {
    const row = rows.get(photo.attachmentId);
    if (!row) continue;
    try {
      printed.push({ bytes: await readStoredFile(ctx.filesDir, row.path, row.sha256, row.name), caption: photo.caption, eventTitle: photo.eventTitle, day: photo.day });
    } catch (error) {
      if (error instanceof ServiceError) throw new ServiceError(error.code, `Zdjęcia do sprawozdania z wydarzenia ${quoted(photo.eventTitle)} nie można wydrukować. ${error.message}`);
      throw error;
    }
  }
  return printed;
}

async function summaryFile(ctx: ServiceContext, summary: ReportSummary, format: ReportExport['format']): Promise<ExportedFile> {
  const fileStem = summaryFileStem(summary);
  switch (format) {
    case 'json':
      return documentFile(fileStem, format, new TextEncoder().encode(`${JSON.stringify(summaryJson(summary), null, 2)}\n`));
    case 'xlsx':
      return documentFile(fileStem, format, await summaryXlsx(summary));
    case 'docx':
    case 'pdf':
      return markdownFile(
        ctx,
        summaryDocument({ summary, officeName: await officeName(ctx.db), logo: await summaryLogo(ctx, summary, format), fileStem, photos: await summaryPhotoFiles(ctx, summary) }),
        format,
      );
  }
}

const KIND_CODE = Object.fromEntries(Object.entries(PARTNERSHIP_KIND_CODES).map(([code, kind]) => [kind, code])) as Record<PartnershipKind, string>;

/**
 * The summary as its JSON file writes it (docs/summary-json.md): the same object, with partnership kinds by the
 * exchange file's codes (PZK, G-PZK, ZZK) — event types, hour units, session modes and statuses already are.
 */
export function summaryJson(summary: ReportSummary): unknown {
  return {
    ...summary,
    partnerships: Object.fromEntries(Object.entries(summary.partnerships).map(([kind, figures]) => [KIND_CODE[kind as PartnershipKind], figures])),
    formedPartnerships: summary.formedPartnerships.map((row) => ({ ...row, kind: KIND_CODE[row.kind] })),
    teams: summary.teams.map((row) => ({ ...row, kind: KIND_CODE[row.kind] })),
    indicators: summary.indicators.map((row) => (row.measure.kind === 'partnerships' ? { ...row, measure: { ...row.measure, partnershipKinds: row.measure.partnershipKinds.map((kind) => KIND_CODE[kind]) } } : row)),
  };
}

export async function exportSummary(ctx: ServiceContext, request: ReportExport): Promise<ExportedFile> {
  return (await exportSummaryWithFigures(ctx, request)).file;
}

/** The file and the summary it was made of (the CLI reports what the figures left out). */
export async function exportSummaryWithFigures(ctx: ServiceContext, request: ReportExport): Promise<{ file: ExportedFile; summary: ReportSummary }> {
  const summary = await runSummary(ctx, request);
  return { file: await summaryFile(ctx, summary, request.format), summary };
}
