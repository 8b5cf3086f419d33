/**
 * "Drukuj" on paper, for the documents offices print most: the attendance list, the agreement and the certificates.
 *
 * The HTML is not made twice: the document's own PDF service runs with a printPdf that keeps the HTML it is given
 * instead of rendering it, and exactly that HTML goes to ctx.printPaper. So paper and PDF cannot drift apart.
 * ctx.printPaper is the system print dialog in the app (main/electron/pdf.ts); where there is none (the browser
 * harness, the command line, tests) it is pdfInsteadOfPaper: the PDF of the same HTML, for the browser to print.
 */
import type { ExportedFile, PaperPrint, PaperPrintResult } from '../../../preload/contract';
import type { PaperPrinter, PdfPrinter, ServiceContext } from '../context';
import { printAttendanceList, printCertificates } from '../eventDocuments';
import { printAgreement } from '../agreements/print';

/** The document's PDF service, as the PDF channels call it. */
function makeDocument(ctx: ServiceContext, request: PaperPrint): Promise<ExportedFile> {
  switch (request.document) {
    case 'attendanceList':
      return printAttendanceList(ctx, { eventId: request.eventId, blankRows: request.blankRows, monochrome: request.monochrome });
    case 'agreement':
      return printAgreement(ctx, { id: request.id, monochrome: request.monochrome, format: 'pdf' });
    case 'certificates':
      return printCertificates(ctx, { eventId: request.eventId, monochrome: request.monochrome, placeOfIssue: request.placeOfIssue });
  }
}

/** The complete HTML document the PDF of `request` would be made from, and the PDF's file name. */
export async function paperDocument(ctx: ServiceContext, request: PaperPrint): Promise<{ html: string; fileName: string }> {
  const pages: string[] = [];
  const keepHtml: PdfPrinter = async (html) => {
    pages.push(html);
    return new Uint8Array();
  };
  const made = await makeDocument({ ...ctx, printPdf: keepHtml }, request);
  if (pages.length !== 1) throw new Error(`Dokument do wydruku powstał z ${pages.length} części zamiast jednej`);
  return { html: pages[0]!, fileName: made.fileName };
}

export async function printOnPaper(ctx: ServiceContext, request: PaperPrint): Promise<PaperPrintResult> {
  const { html, fileName } = await paperDocument(ctx, request);
  return ctx.printPaper(html, { fileName });
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
