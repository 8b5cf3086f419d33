/**
 * A document as the app prints it: one complete HTML page that the PDF (Chromium's print engine through the injected
 * printer, with the bundled fonts) and paper printing both use; a filled template (Markdown) also becomes a DOCX
 * from the same Markdown, so all of them say exactly the same.
 */
import { nestQuotes, type ExportedFile, type PrintFormat } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { markdownToDocx } from './docx';
import { documentFile, imageDataUrl } from './html';
import { photoSectionHtml, type PrintedPhoto } from './kinds/photos';
import { markdownToHtml, printDocumentHtml } from './render';

/** The one HTML of a document, its title and the name (without extension) its files get. */
export interface PrintedDocument {
  title: string;
  fileStem: string;
  html: string;
}

/** A document written in Markdown (a filled template, a table), printed as HTML or written as a DOCX. */
export interface MarkdownDocument {
  title: string;
  fileStem: string;
  markdown: string;
  logo: Uint8Array | null;
  footerText: string | null;
  /** Photos with captions printed after the text on pages of their own ("Dokumentacja fotograficzna"). */
  photos?: readonly PrintedPhoto[];
}

/** A closing section longer than this (characters of HTML) may run over pages: keeping it whole would leave a page half empty. */
const MAX_CLOSING = 3_000;

/** The body with its last section (from its last second-level heading on: the signatures) marked to be kept whole. */
function withClosing(bodyHtml: string): string {
  const start = bodyHtml.lastIndexOf('<h2');
  if (start < 0 || bodyHtml.length - start > MAX_CLOSING) return bodyHtml;
  return `${bodyHtml.slice(0, start)}<section class="closing">\n${bodyHtml.slice(start)}</section>\n`;
}

export function markdownHtml(doc: MarkdownDocument): PrintedDocument {
  const bodyHtml = withClosing(markdownToHtml(doc.markdown)) + photoSectionHtml(doc.photos ?? []);
  const html = printDocumentHtml({ title: doc.title, bodyHtml, logoDataUrl: doc.logo && imageDataUrl(doc.logo), footerText: doc.footerText });
  return { title: doc.title, fileStem: doc.fileStem, html };
}

/** The document's HTML printed to an A4 PDF. */
export async function pdfFile(ctx: Pick<ServiceContext, 'printPdf'>, doc: PrintedDocument): Promise<ExportedFile> {
  return documentFile(doc.fileStem, 'pdf', await ctx.printPdf(doc.html));
}

export async function markdownFile(ctx: Pick<ServiceContext, 'printPdf'>, doc: MarkdownDocument, format: PrintFormat): Promise<ExportedFile> {
  if (format === 'pdf') return pdfFile(ctx, markdownHtml(doc));
  return documentFile(doc.fileStem, 'docx', await markdownToDocx({ title: doc.title, markdown: nestQuotes(doc.markdown), logo: doc.logo, footerText: doc.footerText, photos: doc.photos }));
}
