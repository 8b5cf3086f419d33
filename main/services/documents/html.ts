/** Small pieces the printed documents share: images and free text as HTML, short titles, file names. */
import type { ExportedFile } from '../../../preload/contract';
import { escapeHtml } from './render';

/** Image bytes (PNG, JPEG, else SVG) as a data: URL, as printed documents embed their logos. */
export function imageDataUrl(bytes: Uint8Array): string {
  const type = bytes[0] === 0x89 ? 'image/png' : bytes[0] === 0xff ? 'image/jpeg' : 'image/svg+xml';
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** An <img> of the logo strip for documents that print it more than once (certificates, badges). */
export function logoImg(url: string | null, className: string): string {
  return url ? `<div class="${className}"><img src="${escapeHtml(url)}" alt=""></div>` : '';
}

/** Free text (a setting, a clause) as escaped paragraphs: blank lines part paragraphs, single breaks stay. */
export function textToHtml(text: string, className?: string): string {
  const attr = className ? ` class="${className}"` : '';
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p${attr}>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

/** "2026 r." never parted at a line end (escaped HTML in, HTML out). */
export function keepYearTogether(html: string): string {
  return html.replace(/(\d) r\./g, '$1&nbsp;r.');
}

export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A file name without characters Windows refuses. */
export function safeFileStem(text: string): string {
  return text.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120) || 'dokument';
}

/** The name a document's file gets: its stem made safe and the extension ("pdf", "docx", "json"). */
export function documentFileName(fileStem: string, extension: string): string {
  return `${safeFileStem(fileStem)}.${extension}`;
}

export function documentFile(fileStem: string, extension: string, bytes: Uint8Array): ExportedFile {
  return { fileName: documentFileName(fileStem, extension), contentBase64: Buffer.from(bytes).toString('base64') };
}
