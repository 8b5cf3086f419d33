/**
 * Filled templates (Markdown) turned into what offices print: a self-contained A4 HTML page for
 * Chromium's print engine, and a DOCX for those who need to edit the result in a word processor.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import { Marked, type Token, type Tokens } from 'marked';
import { ServiceError } from '../errors';
import { DOCUMENT_FONT_FAMILY, embeddedFontCss } from './fonts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * GitHub-flavoured Markdown where a single line break is a line break (as office staff expect when they
 * edit a template) and raw HTML is printed as text, never interpreted.
 */
const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

export function markdownToHtml(source: string): string {
  return markdown.parse(source, { async: false });
}

export interface PrintableDocument {
  title: string;
  bodyHtml: string;
  /** The ESF logo strip (or the office's letterhead) as a data:image/… URL, printed at the top. */
  logoDataUrl?: string | null;
  /** Printed at the foot of every page, left; the page number ("Strona 1 z 3") is on the right. */
  footerText?: string | null;
}

/** A CSS string literal that cannot end the string or the <style> element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3C ').replace(/\r?\n/g, '\\A ')}"`;
}

function assertDataImage(url: string): void {
  if (!/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]+$/.test(url)) {
    throw new ServiceError('validation', 'Logo musi być osadzonym obrazem (data:image/png, jpeg, gif, webp lub svg+xml w base64): dokument nie może wczytywać plików z zewnątrz.');
  }
}

const PAGE_MARGINS = { top: 20, right: 18, bottom: 22, left: 20 } as const; // mm

const PRINT_CSS = `
@page {
  size: A4 portrait;
  margin: ${PAGE_MARGINS.top}mm ${PAGE_MARGINS.right}mm ${PAGE_MARGINS.bottom}mm ${PAGE_MARGINS.left}mm;
  @bottom-right {
    content: "Strona " counter(page) " z " counter(pages);
    font-family: '${DOCUMENT_FONT_FAMILY}', serif; font-size: 8.5pt; color: #444;
  }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; font-family: '${DOCUMENT_FONT_FAMILY}', serif; font-size: 11pt; line-height: 1.45; color: #000;
  text-align: justify; hyphens: manual; orphans: 3; widows: 3;
}
.logo-strip { text-align: center; margin: 0 0 6mm; }
.logo-strip img { max-width: 100%; max-height: 28mm; }
h1, h2, h3, h4 { text-align: center; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 14pt; margin: 0 0 5mm; }
h2 { font-size: 12pt; margin: 6mm 0 2.5mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
h4, h5, h6 { font-size: 11pt; margin: 4mm 0 2mm; text-align: left; }
p { margin: 0 0 2.5mm; }
ol, ul { margin: 0 0 2.5mm; padding-left: 7mm; }
li { margin: 0 0 1mm; }
li > ul, li > ol { margin-top: 1mm; }
ul { list-style-type: disc; }
ol ul, ul ul { list-style-type: '–  '; }
hr { border: 0; border-top: 0.5pt solid #777; margin: 5mm 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 10pt; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1.2mm 1.8mm; vertical-align: top; }
th { background: #eee; font-weight: 700; }
code, pre { font-family: monospace; font-size: 9.5pt; }
a { color: inherit; text-decoration: none; }
img { max-width: 100%; }
`;

/**
 * A complete HTML document for A4 printing: the bundled fonts embedded, page numbers in the page
 * margin ("Strona X z Y", CSS margin boxes, so Electron's printToPDF gets them too), no external resource
 * of any kind (a CSP forbids them), the logo strip at the top of the first page when given.
 */
export function printDocumentHtml({ title, bodyHtml, logoDataUrl, footerText }: PrintableDocument): string {
  if (logoDataUrl) assertDataImage(logoDataUrl);
  const footer = footerText?.trim()
    ? `@page { @bottom-left { content: ${cssString(footerText.trim())}; font-family: '${DOCUMENT_FONT_FAMILY}', serif; font-size: 8.5pt; color: #444; } }`
    : '';
  return `<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
${embeddedFontCss()}
${PRINT_CSS}
${footer}
</style>
</head>
<body>
${logoDataUrl ? `<div class="logo-strip"><img src="${escapeHtml(logoDataUrl)}" alt=""></div>\n` : ''}<main>
${bodyHtml}
</main>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------
// DOCX

export interface DocxDocument {
  title: string;
  markdown: string;
  /** The logo strip as PNG or JPEG bytes, placed at the top. */
  logo?: Uint8Array | null;
  footerText?: string | null;
}

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

function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
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
        runs.push(new TextRun({ text: '', break: 1 }));
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

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

class DocxBuilder {
  private listInstance = 0;

  blocks(tokens: Token[], indent = 0): (Paragraph | Table)[] {
    return tokens.flatMap((token) => this.block(token, indent));
  }

  private block(token: Token, indent: number): (Paragraph | Table)[] {
    const indentation = indent > 0 ? { indent: { left: indent } } : {};
    switch (token.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[Math.min(token.depth, 6) - 1],
            alignment: token.depth <= 3 ? AlignmentType.CENTER : AlignmentType.LEFT,
            keepNext: true,
            children: inlineRuns(token.tokens),
          }),
        ];
      case 'paragraph':
        return [new Paragraph({ ...indentation, alignment: AlignmentType.JUSTIFIED, children: inlineRuns(token.tokens) })];
      case 'text':
        return [new Paragraph({ ...indentation, children: inlineRuns(token.tokens ?? [token]) })];
      case 'list':
        return this.list(token as Tokens.List, 0);
      case 'table':
        return [this.table(token as Tokens.Table)];
      case 'hr':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '777777', space: 1 } }, children: [] })];
      case 'code':
        return decodeEntities(token.text)
          .split('\n')
          .map((line) => new Paragraph({ ...indentation, children: [textRun(line, { code: true })] }));
      case 'blockquote':
        return this.blocks(token.tokens ?? [], indent + 10 * MM);
      case 'html':
        return [new Paragraph({ ...indentation, children: [textRun(token.text, {})] })];
      default:
        return [];
    }
  }

  private list(list: Tokens.List, level: number): Paragraph[] {
    const instance = ++this.listInstance;
    const paragraphs: Paragraph[] = [];
    for (const item of list.items) {
      let first = true;
      for (const child of item.tokens) {
        if (child.type === 'list') {
          paragraphs.push(...this.list(child as Tokens.List, Math.min(level + 1, 8)));
        } else if (child.type === 'text' || child.type === 'paragraph') {
          const runs = inlineRuns('tokens' in child && child.tokens ? child.tokens : [child]);
          if (first) {
            paragraphs.push(
              new Paragraph({
                numbering: { reference: list.ordered ? NUMBERED : BULLETS, level, instance },
                alignment: AlignmentType.JUSTIFIED,
                children: runs,
              }),
            );
            first = false;
          } else {
            paragraphs.push(new Paragraph({ indent: { left: (level + 1) * 7 * MM }, children: runs }));
          }
        } else {
          paragraphs.push(...(this.blocks([child], (level + 1) * 7 * MM) as Paragraph[]));
        }
      }
    }
    return paragraphs;
  }

  private table(table: Tokens.Table): Table {
    const alignment = (align: Tokens.TableCell['align']) =>
      align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const cell = (source: Tokens.TableCell, header: boolean) =>
      new TableCell({
        borders,
        ...(header ? { shading: { fill: 'EEEEEE' } } : {}),
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [new Paragraph({ alignment: alignment(source.align), children: inlineRuns(source.tokens, header ? { bold: true } : {}) })],
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: table.header.map((source) => cell(source, true)) }),
        ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((source) => cell(source, false)) })),
      ],
    });
  }
}

function listLevels(ordered: boolean): ILevelsOptions[] {
  const bullets = ['•', '–', '◦'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? (level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER) : LevelFormat.BULLET,
    text: ordered ? (level % 2 === 0 ? `%${level + 1}.` : `%${level + 1})`) : (bullets[level % 3] ?? '•'),
    alignment: AlignmentType.LEFT,
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

function logoParagraph(logo: Uint8Array): Paragraph {
  const size = imageSize(logo);
  if (!size || size.width === 0 || size.height === 0) throw new ServiceError('validation', 'Logo musi być obrazem PNG lub JPEG.');
  const maxHeight = Math.round((28 / 25.4) * 96);
  const scale = Math.min(1, CONTENT_WIDTH_PX / size.width, maxHeight / size.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: Math.round(6 * MM) },
    children: [
      new ImageRun({
        type: size.type,
        data: logo,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: 'Logo', description: 'Pasek logotypów', title: 'Logo' },
      }),
    ],
  });
}

/** The same Markdown as a DOCX: A4, the same typeface name as the PDF, page numbers in the footer. */
export async function markdownToDocx({ title, markdown: source, logo, footerText }: DocxDocument): Promise<Uint8Array> {
  const tokens = markdown.lexer(source);
  const children: (Paragraph | Table)[] = [];
  if (logo && logo.length > 0) children.push(logoParagraph(logo));
  children.push(...new DocxBuilder().blocks(tokens));

  const footerRuns: ParagraphChild[] = [];
  if (footerText?.trim()) footerRuns.push(new TextRun({ text: footerText.trim(), size: 17 }), new TextRun({ text: '\t', size: 17 }));
  footerRuns.push(new TextRun({ children: ['Strona ', PageNumber.CURRENT, ' z ', PageNumber.TOTAL_PAGES], size: 17 }));

  const heading = (size: number) => ({
    run: { font: DOCUMENT_FONT_FAMILY, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 } },
  });

  const document = new Document({
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
          default: new Footer({
            children: [
              new Paragraph({
                alignment: footerText?.trim() ? AlignmentType.LEFT : AlignmentType.RIGHT,
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
  return new Uint8Array(await Packer.toBuffer(document));
}
