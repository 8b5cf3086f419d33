/**
 * Filled templates (Markdown) turned into what offices print: a self-contained A4 HTML page for
 * Chromium's print engine, and a DOCX for those who need to edit the result in a word processor.
 */
import { Marked } from 'marked';
import { EVENT_TYPES, PARTNERSHIP_KINDS, nestQuotes } from '../../../preload/contract';
import { ServiceError } from '../errors';
import { DOCUMENT_FONT_FAMILY, DOCUMENT_FONT_ORIGIN, embeddedFontCss } from './fonts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Link targets a printed document may keep: web pages and e-mail addresses. */
const KEPT_LINK = /^(https?:|mailto:)/i;

/**
 * GitHub-flavoured Markdown where a single line break is a line break (as office staff expect when they
 * edit a template) and raw HTML is printed as text, never interpreted. A link stays a link only to a web page
 * or an e-mail address; any other target (javascript:, file:, a relative path) prints as its text.
 */
export const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return KEPT_LINK.test(href.trim()) ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    },
  },
});

export function markdownToHtml(source: string): string {
  return markdown.parse(source, { async: false });
}

/** Kinds of events and teams a line must never part ("Spotkanie PZK (G-PZK)"): the short ones, longest first. */
const UNBROKEN_LABELS = [...Object.values(EVENT_TYPES).map((label) => label.pl), ...Object.values(PARTNERSHIP_KINDS).map((kind) => kind.short)]
  .filter((label) => label.length <= 30 && /[\s-]/.test(label))
  .sort((a, b) => b.length - a.length);

/**
 * Such a label, or a short compound whose parts a hyphen joins (Bielsko-Biała, G-PZK, Kędzierzyn-Koźle). A long one
 * ("Psychologiczno-Pedagogiczna") may still part at its hyphen: kept whole, it would overflow a narrow table column.
 */
const MAX_UNBROKEN_COMPOUND = 16;
const UNBROKEN = new RegExp(
  `${UNBROKEN_LABELS.map((label) => escapeHtml(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '(?: |&nbsp;)')).join('|')}|[\\p{L}\\d]+(?:-[\\p{Lu}\\d][\\p{L}\\d]*)+`,
  'gu',
);

/**
 * Polish typesetting of a document's HTML: quotation marks nested „…‚…’…”, and names never parted at a line end
 * inside them (a kind of event or team, a hyphenated place name: Polish would repeat the hyphen on the next line,
 * which the print engine does not do). Only text is touched, never tags or styles.
 */
export function typesetHtml(html: string): string {
  let inStyle = false;
  const parts = html.split(/(<[^>]*>)/);
  return nestQuotes(
    parts
      .map((part) => {
        if (part.startsWith('<')) {
          if (/^<style\b/i.test(part)) inStyle = true;
          else if (/^<\/style>/i.test(part)) inStyle = false;
          return part;
        }
        if (inStyle || part === '') return part;
        return part.replace(UNBROKEN, (name) => (name.includes(' ') || name.length <= MAX_UNBROKEN_COMPOUND ? `<span class="unbroken">${name}</span>` : name));
      })
      .join(''),
  );
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

export const PAGE_MARGINS = { top: 20, right: 18, bottom: 22, left: 20 } as const; // mm

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
hr { border: 0; border-top: 0.5pt solid #777; margin: 5mm 0; break-after: avoid; page-break-after: avoid; }
/* No seams: a document's last block (a clause, a closing sentence, a count) goes over to a new page with what precedes
   it, never alone; a closing section (the signatures under their heading) is kept whole where it fits on a page. */
main > :last-child:not(:first-child) { break-before: avoid; page-break-before: avoid; }
.closing { break-inside: avoid; page-break-inside: avoid; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 10pt; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1.2mm 1.8mm; vertical-align: top; }
th { background: #eee; font-weight: 700; }
code, pre { font-family: monospace; font-size: 9.5pt; }
a { color: inherit; text-decoration: none; }
.unbroken { white-space: nowrap; }
img { max-width: 100%; }
`;

/**
 * A printed document without its own "Strona X z Y": for a part bound into a larger PDF, which is numbered as a whole
 * afterwards (see `pageNumbersHtml`).
 */
export function withoutPageNumbers(html: string): string {
  return html.replace('</head>', '<style>@page { @bottom-right { content: none; } }</style>\n</head>');
}

/**
 * `total` blank, transparent A4 pages that carry only "Strona n z total" where every printed document has it: laid
 * over the pages of a bound PDF, they number it as one document in the documents' own font.
 */
export function pageNumbersHtml(total: number): string {
  const pages = Array.from({ length: total }, (_, i) => `<div class="blank-page"${i < total - 1 ? ' style="break-after: page"' : ''}>&nbsp;</div>`).join('\n');
  return printDocumentHtml({ title: 'Numery stron', bodyHtml: pages }).replace('</head>', '<style>html, body { background: transparent; } .blank-page { color: transparent; }</style>\n</head>');
}

/**
 * A complete HTML document for A4 printing: the bundled fonts embedded, page numbers in the page
 * margin ("Strona X z Y", CSS margin boxes, so Electron's printToPDF gets them too), no external resource
 * of any kind (a CSP forbids them), the logo strip at the top of the first page when given. Quotation marks are
 * nested the Polish way („…‚…’…”) whatever the names put in them.
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
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data: ${DOCUMENT_FONT_ORIGIN}; img-src data:">
<title>${escapeHtml(title)}</title>
<style>
${embeddedFontCss()}
${PRINT_CSS}
${footer}
</style>
</head>
<body>
${logoDataUrl ? `<div class="logo-strip"><img src="${escapeHtml(logoDataUrl)}" alt=""></div>\n` : ''}<main>
${typesetHtml(bodyHtml)}
</main>
</body>
</html>
`;
}
