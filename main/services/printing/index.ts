/**
 * "Drukuj" on paper, for the documents offices print most: the attendance list, the agreement and the certificates.
 *
 * The HTML is not made twice: each document's domain gives the one HTML its PDF is printed from (`…Html`, made by
 * the document's kind in documents/kinds), and exactly that HTML goes to ctx.printPaper. So paper and PDF cannot
 * drift apart. ctx.printPaper is the system print dialog in the app (main/electron/pdf.ts); where there is none
 * (the browser harness, the command line, tests) it is pdfInsteadOfPaper: the PDF of the same HTML, for the
 * browser to print.
 */
import type { PaperPrint, PaperPrintResult } from '../../../preload/contract';
import type { PaperPrinter, PdfPrinter, ServiceContext } from '../context';
import { agreementHtml } from '../agreements/print';
import { documentFileName, type PrintedDocument } from '../documents';
import { attendanceListHtml, certificatesHtml } from '../eventDocuments';

/** The document's one HTML, as its PDF is made from it. */
function paperHtml(ctx: ServiceContext, request: PaperPrint): Promise<PrintedDocument> {
  switch (request.document) {
    case 'attendanceList':
      return attendanceListHtml(ctx, { eventId: request.eventId, blankRows: request.blankRows, monochrome: request.monochrome });
    case 'agreement':
      return agreementHtml(ctx, { id: request.id, monochrome: request.monochrome });
    case 'certificates':
      return certificatesHtml(ctx, { eventId: request.eventId, monochrome: request.monochrome, placeOfIssue: request.placeOfIssue });
  }
}

export async function printOnPaper(ctx: ServiceContext, request: PaperPrint): Promise<PaperPrintResult> {
  const document = await paperHtml(ctx, request);
  return ctx.printPaper(document.html, { fileName: documentFileName(document.fileStem, 'pdf') });
}

/** Where no system print dialog exists: the PDF of the same HTML, which the browser opens and prints. */
export function pdfInsteadOfPaper(printPdf: PdfPrinter): PaperPrinter {
  return async (html, { fileName }) => ({ outcome: 'pdf', file: { fileName, contentBase64: Buffer.from(await printPdf(html)).toString('base64') } });
}

/** What Electron's webContents.print reports, as the contract says it: printed, cancelled, or an error in Polish. */
export function outcomeOfSystemPrint(success: boolean, failureReason: string): PaperPrintResult {
  if (success) return { outcome: 'sent', file: null };
  if (failureReason === 'cancelled') return { outcome: 'cancelled', file: null };
  throw new Error(
    failureReason === 'no valid printers available'
      ? 'Nie znaleziono żadnej drukarki. Dodaj drukarkę w ustawieniach systemu albo wydrukuj dokument z PDF.'
      : `Drukowanie nie powiodło się (${failureReason || 'nieznany powód'}). Spróbuj ponownie albo wydrukuj dokument z PDF.`,
  );
}
