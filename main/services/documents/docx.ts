/**
 * Documents as DOCX, for those who need to edit a filled template in a word processor: the same Markdown the PDF
 * is printed from (render.ts). The docx library itself is loaded with the first DOCX, not when the app starts.
 */
import type * as Docx from 'docx';
import type { ILevelsOptions, ParagraphChild } from 'docx';
import type { Token, Tokens } from 'marked';
import { ServiceError } from '../errors';
import { DOCUMENT_FONT_FAMILY } from './fonts';
import { PHOTOS_HEADING, photoCaption, photoEventLine, type PrintedPhoto } from './kinds/photos';
import { markdown, PAGE_MARGINS } from './render';

export interface DocxDocument {
  title: string;
  markdown: string;
  /** The logo strip as PNG or JPEG bytes, placed at the top. */
  logo?: Uint8Array | null;
  footerText?: string | null;
  /** Photos with captions after the text, from a new page (as the PDF prints them). */
  photos?: readonly PrintedPhoto[];
}

/** The docx library, loaded with the first DOCX rather than when the app starts (docs/performance.md, item 5). */
let docx: typeof Docx;

const NUMBERED = 'kooperator-numbered';
const BULLETS = 'kooperator-bullets';
const MM = 56.6929; // twips per millimetre
const CONTENT_WIDTH_PX = Math.floor(((210 - PAGE_MARGINS.left - PAGE_MARGINS.right) / 25.4) * 96);

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Markdown text may carry character references (&amp;, &#261;): Word wants the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function textRun(text: string, style: RunStyle): Docx.TextRun {
  return new docx.TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    ...(style.code ? { font: 'Courier New' } : {}),
  });
}

function inlineRuns(tokens: Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns(token.tokens, { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns(token.tokens, { ...style, italics: true }));
        break;
      case 'del':
        runs.push(...inlineRuns(token.tokens, { ...style, strike: true }));
        break;
      case 'codespan':
        runs.push(textRun(decodeEntities(token.text), { ...style, code: true }));
        break;
      case 'br':
        runs.push(new docx.TextRun({ text: '', break: 1 }));
        break;
      case 'escape':
      case 'html':
        runs.push(textRun(token.text, style));
        break;
      case 'link':
        runs.push(...inlineRuns(token.tokens, style));
        break;
      case 'image':
        if (token.text) runs.push(textRun(token.text, style));
        break;
      case 'checkbox':
        runs.push(textRun(token.checked ? '☒ ' : '☐ ', style));
        break;
      case 'text':
        if (token.tokens?.length) runs.push(...inlineRuns(token.tokens, style));
        else runs.push(textRun(decodeEntities(token.text), style));
        break;
      default:
        if ('text' in token && typeof token.text === 'string') runs.push(textRun(decodeEntities(token.text), style));
    }
  }
  return runs;
}

/** Markdown's heading depths 1–6 as Word's heading styles (the library's HeadingLevel values). */
const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;

class DocxBuilder {
  private listInstance = 0;

  blocks(tokens: Token[], indent = 0): (Docx.Paragraph | Docx.Table)[] {
    return tokens.flatMap((token) => this.block(token, indent));
  }

  private block(token: Token, indent: number): (Docx.Paragraph | Docx.Table)[] {
    const indentation = indent > 0 ? { indent: { left: indent } } : {};
    switch (token.type) {
      case 'heading':
        return [
          new docx.Paragraph({
            heading: HEADINGS[Math.min(token.depth, 6) - 1],
            alignment: token.depth <= 3 ? docx.AlignmentType.CENTER : docx.AlignmentType.LEFT,
            keepNext: true,
            children: inlineRuns(token.tokens),
          }),
        ];
      case 'paragraph':
        return [new docx.Paragraph({ ...indentation, alignment: docx.AlignmentType.JUSTIFIED, children: inlineRuns(token.tokens) })];
      case 'text':
        return [new docx.Paragraph({ ...indentation, children: inlineRuns(token.tokens ?? [token]) })];
      case 'list':
        return this.list(token as Tokens.List, 0);
      case 'table':
        return [this.table(token as Tokens.Table)];
      case 'hr':
        return [new docx.Paragraph({ border: { bottom: { style: docx.BorderStyle.SINGLE, size: 4, color: '777777', space: 1 } }, children: [] })];
      case 'code':
        return decodeEntities(token.text)
          .split('\n')
          .map((line) => new docx.Paragraph({ ...indentation, children: [textRun(line, { code: true })] }));
      case 'blockquote':
        return this.blocks(token.tokens ?? [], indent + 10 * MM);
      case 'html':
        return [new docx.Paragraph({ ...indentation, children: [textRun(token.text, {})] })];
      default:
        return [];
    }
  }

  private list(list: Tokens.List, level: number): Docx.Paragraph[] {
    const instance = ++this.listInstance;
    const paragraphs: Docx.Paragraph[] = [];
    for (const item of list.items) {
      let first = true;
      for (const child of item.tokens) {
        if (child.type === 'list') {
          paragraphs.push(...this.list(child as Tokens.List, Math.min(level + 1, 8)));
        } else if (child.type === 'text' || child.type === 'paragraph') {
          const runs = inlineRuns('tokens' in child && child.tokens ? child.tokens : [child]);
          if (first) {
            paragraphs.push(
              new docx.Paragraph({
                numbering: { reference: list.ordered ? NUMBERED : BULLETS, level, instance },
                alignment: docx.AlignmentType.JUSTIFIED,
                children: runs,
              }),
            );
            first = false;
          } else {
            paragraphs.push(new docx.Paragraph({ indent: { left: (level + 1) * 7 * MM }, children: runs }));
          }
        } else {
          paragraphs.push(...(this.blocks([child], (level + 1) * 7 * MM) as Docx.Paragraph[]));
        }
      }
    }
    return paragraphs;
  }

  private table(table: Tokens.Table): Docx.Table {
    const alignment = (align: Tokens.TableCell['align']) =>
      align === 'center' ? docx.AlignmentType.CENTER : align === 'right' ? docx.AlignmentType.RIGHT : docx.AlignmentType.LEFT;
    const border = { style: docx.BorderStyle.SINGLE, size: 4, color: '000000' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const cell = (source: Tokens.TableCell, header: boolean) =>
      new docx.TableCell({
        borders,
        ...(header ? { shading: { fill: 'EEEEEE' } } : {}),
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [new docx.Paragraph({ alignment: alignment(source.align), children: inlineRuns(source.tokens, header ? { bold: true } : {}) })],
      });
    return new docx.Table({
      width: { size: 100, type: docx.WidthType.PERCENTAGE },
      rows: [
        new docx.TableRow({ tableHeader: true, cantSplit: true, children: table.header.map((source) => cell(source, true)) }),
        ...table.rows.map((row) => new docx.TableRow({ cantSplit: true, children: row.map((source) => cell(source, false)) })),
      ],
    });
  }
}

function listLevels(ordered: boolean): ILevelsOptions[] {
  const bullets = ['•', '–', '◦'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? (level % 2 === 0 ? docx.LevelFormat.DECIMAL : docx.LevelFormat.LOWER_LETTER) : docx.LevelFormat.BULLET,
    text: ordered ? (level % 2 === 0 ? `%${level + 1}.` : `%${level + 1})`) : (bullets[level % 3] ?? '•'),
    alignment: docx.AlignmentType.LEFT,
    style: { paragraph: { indent: { left: Math.round((level + 1) * 7 * MM), hanging: Math.round(6 * MM) } } },
  }));
}

/** Width and height of a PNG or JPEG image, in pixels. */
export function imageSize(bytes: Uint8Array): { type: 'png' | 'jpg'; width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a) {
    return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 4 && view.getUint16(0) === 0xffd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1] ?? 0;
      const length = view.getUint16(offset + 2);
      const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
      if (isFrame) return { type: 'jpg', height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
      offset += 2 + length;
    }
  }
  return null;
}

function logoParagraph(logo: Uint8Array): Docx.Paragraph {
  const size = imageSize(logo);
  if (!size || size.width === 0 || size.height === 0) throw new ServiceError('validation', 'Logo musi być obrazem PNG lub JPEG.');
  const maxHeight = Math.round((28 / 25.4) * 96);
  const scale = Math.min(1, CONTENT_WIDTH_PX / size.width, maxHeight / size.height);
  return new docx.Paragraph({
    alignment: docx.AlignmentType.CENTER,
    spacing: { after: Math.round(6 * MM) },
    children: [
      new docx.ImageRun({
        type: size.type,
        data: logo,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: 'Logo', description: 'Pasek logotypów', title: 'Logo' },
      }),
    ],
  });
}

/** The same Markdown as a DOCX: A4, the same typeface name as the PDF, page numbers in the footer. */
/** The same Markdown as the PDF, as a DOCX: A4, the same typeface name, page numbers in the footer. */
/** The photo section: a page break, its heading, then each photo (at most 105 mm high, as in the PDF) over its caption. */
function photoParagraphs(photos: readonly PrintedPhoto[]): Docx.Paragraph[] {
  if (photos.length === 0) return [];
  const maxHeight = Math.round((105 / 25.4) * 96);
  const paragraphs: Docx.Paragraph[] = [new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_2, alignment: docx.AlignmentType.CENTER, pageBreakBefore: true, children: [new docx.TextRun(PHOTOS_HEADING)] })];
  for (const photo of photos) {
    const size = imageSize(photo.bytes);
    if (!size || size.width === 0 || size.height === 0) continue;
    const scale = Math.min(1, CONTENT_WIDTH_PX / size.width, maxHeight / size.height);
    paragraphs.push(
      new docx.Paragraph({
        alignment: docx.AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: Math.round(4 * MM), after: Math.round(1.5 * MM) },
        children: [
          new docx.ImageRun({
            type: size.type,
            data: photo.bytes,
            transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
            altText: { name: 'Zdjęcie', description: photo.caption ?? photo.eventTitle, title: photo.caption ?? photo.eventTitle },
          }),
        ],
      }),
    );
    const event = photoEventLine(photo);
    paragraphs.push(
      new docx.Paragraph({
        alignment: docx.AlignmentType.CENTER,
        children: [new docx.TextRun({ text: photoCaption(photo), size: 20 }), ...(event ? [new docx.TextRun({ text: event, size: 17, break: 1 })] : [])],
      }),
    );
  }
  return paragraphs;
}

export async function markdownToDocx({ title, markdown: source, logo, footerText, photos }: DocxDocument): Promise<Uint8Array> {
  docx ??= await import('docx');
  const tokens = markdown.lexer(source);
  const children: (Docx.Paragraph | Docx.Table)[] = [];
  if (logo && logo.length > 0) children.push(logoParagraph(logo));
  children.push(...new DocxBuilder().blocks(tokens));
  children.push(...photoParagraphs(photos ?? []));

  const footerRuns: ParagraphChild[] = [];
  if (footerText?.trim()) footerRuns.push(new docx.TextRun({ text: footerText.trim(), size: 17 }), new docx.TextRun({ text: '\t', size: 17 }));
  footerRuns.push(new docx.TextRun({ children: ['Strona ', docx.PageNumber.CURRENT, ' z ', docx.PageNumber.TOTAL_PAGES], size: 17 }));

  const heading = (size: number) => ({
    run: { font: DOCUMENT_FONT_FAMILY, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 } },
  });

  const document = new docx.Document({
    title,
    creator: 'Kooperator',
    styles: {
      default: {
        document: {
          run: { font: DOCUMENT_FONT_FAMILY, size: 22, language: { value: 'pl-PL' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: heading(28),
        heading2: heading(24),
        heading3: heading(22),
        heading4: heading(22),
        heading5: heading(22),
        heading6: heading(22),
      },
    },
    numbering: {
      config: [
        { reference: NUMBERED, levels: listLevels(true) },
        { reference: BULLETS, levels: listLevels(false) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(PAGE_MARGINS.top * MM),
              right: Math.round(PAGE_MARGINS.right * MM),
              bottom: Math.round(PAGE_MARGINS.bottom * MM),
              left: Math.round(PAGE_MARGINS.left * MM),
            },
          },
        },
        footers: {
          default: new docx.Footer({
            children: [
              new docx.Paragraph({
                alignment: footerText?.trim() ? docx.AlignmentType.LEFT : docx.AlignmentType.RIGHT,
                tabStops: [{ type: 'right', position: Math.round((210 - PAGE_MARGINS.left - PAGE_MARGINS.right) * MM) }],
                children: footerRuns,
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await docx.Packer.toBuffer(document));
}
