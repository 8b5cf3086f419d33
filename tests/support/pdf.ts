/**
 * Reading printed documents back in tests: PDF through poppler-utils (pdftotext, pdfinfo, pdffonts),
 * DOCX by unzipping word/document.xml.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

async function withTempPdf<T>(bytes: Uint8Array, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kooperator-pdf-'));
  const file = path.join(dir, 'document.pdf');
  try {
    await fs.writeFile(file, bytes);
    return await use(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (pdftotext, UTF-8). `layout` keeps the columns' positions; pages end with a form feed. */
export function pdfToText(bytes: Uint8Array, options: { layout?: boolean } = {}): Promise<string> {
  return withTempPdf(bytes, async (file) => {
    const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'];
    const { stdout } = await run('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  });
}

export interface PdfInfo {
  pages: number;
  /** Page size in points, e.g. 595.92 × 842.88 for A4. */
  width: number;
  height: number;
  title: string | null;
  raw: string;
}

/** pdfinfo's page count and page size. */
export function pdfInfo(bytes: Uint8Array): Promise<PdfInfo> {
  return withTempPdf(bytes, async (file) => {
    const { stdout } = await run('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
    return {
      pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0),
      width: Number(size?.[1] ?? 0),
      height: Number(size?.[2] ?? 0),
      title: /Title:\s+(.*)/.exec(stdout)?.[1]?.trim() ?? null,
      raw: stdout,
    };
  });
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** pdffonts' list: the fonts a PDF uses and whether each is embedded. */
export function pdfFonts(bytes: Uint8Array): Promise<PdfFont[]> {
  return withTempPdf(bytes, async (file) => {
    const { stdout } = await run('pdffonts', [file], { encoding: 'utf8' });
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        // name type [type2] encoding emb sub uni object ID: emb is the fifth column from the end.
        return { name: columns[0] ?? '', type: columns[1] ?? '', embedded: columns[columns.length - 5] === 'yes' };
      });
  });
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** The text of a DOCX's main part: one line per paragraph (w:p), its w:t texts joined, tabs and breaks kept. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('not a DOCX: word/document.xml is missing');
  const xml = await part.async('string');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((match) => (match[0] === '<w:tab/>' ? '\t' : match[0] === '<w:br/>' ? '\n' : decodeXml(match[1] ?? '')))
        .join(''),
    )
    .join('\n');
}

/** The XML of one part of a DOCX (e.g. word/styles.xml), for checks on styles and page size. */
export async function docxPart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(name);
  if (!part) throw new Error(`DOCX part ${name} is missing`);
  return part.async('string');
}

/** The first page's words with their boxes (points from the page's top left), in reading order. */
export function pdfWords(bytes: Uint8Array): Promise<{ text: string; yMin: number }[]> {
  return withTempPdf(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return [...stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ text: m[2]!, yMin: Number(m[1]) }));
  });
}

/** The images of a PDF's pages (pdfimages -list), one line each; only those of the pages from `first` to `last` when given. */
export function pdfImages(bytes: Uint8Array, pages: { first?: number; last?: number } = {}): Promise<string[]> {
  return withTempPdf(bytes, async (file) => {
    const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : [])];
    const { stdout } = await run('pdfimages', ['-list', ...range, file], { encoding: 'utf8' });
    return stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
  });
}
