import { z } from 'zod';
import { TEMPLATE_KIND_KEYS } from '../vocabulary';
import { attendanceListPrint, certificatesPrint } from './eventDocuments';
import * as f from './fields';
import type { ExportedFile } from './fields';

export const PRINT_FORMATS = ['pdf', 'docx'] as const;
export type PrintFormat = (typeof PRINT_FORMATS)[number];
const format = z.enum(PRINT_FORMATS, { error: 'Wybierz format: PDF albo DOCX' });

export const agreementPrint = z.object({
  id: f.id,
  format,
  /** Black-and-white print: the monochrome logo strip, without the national colours (ESF rules). */
  monochrome: z.boolean().default(false),
});

export const declarationPrint = z.object({ partnershipId: f.id, memberId: f.id, format });
export const basketPrint = z.object({ partnershipId: f.id, format });

export const templatePreview = z.object({
  kind: z.enum(TEMPLATE_KIND_KEYS, { error: 'Nieznany rodzaj dokumentu' }),
  body: z.string().max(200_000, 'Szablon jest za długi'),
});

export interface TemplatePreview {
  /** The document made with example data, or null when the template has problems. */
  html: string | null;
  problems: string[];
}

/**
 * "Drukuj" on paper: the same documents as their PDF channels, with the same options, printed from exactly the HTML
 * the PDF is made from (see main/services/paperPrinting.ts).
 */
export const paperPrint = z.discriminatedUnion(
  'document',
  [
    attendanceListPrint.omit({ format: true }).extend({ document: z.literal('attendanceList') }),
    agreementPrint.omit({ format: true }).extend({ document: z.literal('agreement') }),
    certificatesPrint.extend({ document: z.literal('certificates') }),
  ],
  { error: 'Nieznany rodzaj dokumentu do wydruku' },
);
export type PaperPrint = z.output<typeof paperPrint>;

export interface PaperPrintResult {
  /**
   * sent: printed through the system's print dialog (the app); cancelled: the user closed that dialog;
   * pdf: there is no system print dialog here (the browser harness), so the same document comes back as a PDF
   * for the browser to print.
   */
  outcome: 'sent' | 'cancelled' | 'pdf';
  file: ExportedFile | null;
}
