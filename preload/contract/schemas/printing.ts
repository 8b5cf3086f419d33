/** Printing on paper ("Drukuj"): the documents that have a PDF channel, through the system's print dialog. */
import { z } from 'zod';
import { agreementPrint } from './agreements';
import { attendanceListPrint, certificatesPrint } from './eventDocuments';
import type { ExportedFile } from './fields';

/**
 * "Drukuj" on paper: the same documents as their PDF channels, with the same options, printed from exactly the HTML
 * the PDF is made from (see main/services/printing/).
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
