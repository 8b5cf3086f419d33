/** Channels of the period summary ("Podsumowanie roku / okresu"): the figures with their sentences, and its files. */
import { channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import { reportExport, reportRequest, type ReportSummary } from '../schemas/reports';

export const reportChannels = {
  /** The summary of a period and scope: counts, hours, partnerships, agreements, indicators, chronicle, plan, narrative. */
  'reports.summary': channel<ReportSummary>()(reportRequest),
  /** The same summary as XLSX (a sheet per table), DOCX, PDF (A4, the project's logos) or JSON. */
  'reports.export': channel<ExportedFile>()(reportExport),
} as const;
