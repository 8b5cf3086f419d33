/**
 * A filled template (Markdown) as a file: an A4 PDF through the injected printer (Chromium's print engine with the
 * bundled fonts) or a DOCX, so both say exactly the same.
 */
import type { ExportedFile, PrintFormat } from '../../../preload/contract';
import type { ServiceContext } from '../context';
import { markdownToDocx } from './docx';
import { markdownToHtml, printDocumentHtml } from './render';

export interface Printable {
  title: string;
  fileStem: string;
  markdown: string;
  logo: Uint8Array | null;
  footerText: string | null;
}

export function imageDataUrl(bytes: Uint8Array): string {
  const type = bytes[0] === 0x89 ? 'image/png' : bytes[0] === 0xff ? 'image/jpeg' : 'image/svg+xml';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** A file name without characters Windows refuses. */
export function safeStem(text: string): string {
  return text.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
}

export async function printableFile(ctx: ServiceContext, doc: Printable, format: PrintFormat): Promise<ExportedFile> {
  const bytes =
    format === 'pdf'
      ? await ctx.printPdf(printDocumentHtml({ title: doc.title, bodyHtml: markdownToHtml(doc.markdown), logoDataUrl: doc.logo && imageDataUrl(doc.logo), footerText: doc.footerText }))
      : await markdownToDocx({ title: doc.title, markdown: doc.markdown, logo: doc.logo, footerText: doc.footerText });
  return { fileName: `${safeStem(doc.fileStem)}.${format}`, contentBase64: Buffer.from(bytes).toString('base64') };
}

