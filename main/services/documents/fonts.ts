/**
 * The typeface every printed document uses, shipped with the app (@fontsource/noto-serif) and embedded
 * into the HTML as data: URLs, so a PDF never depends on the fonts of the machine that prints it
 * (office PCs have no DejaVu) and the page loads nothing from outside. A printer that keeps its page may link the
 * same files instead and serve them itself (linkFonts, fontFileAt).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

export const DOCUMENT_FONT_FAMILY = 'Noto Serif';

const PACKAGE = '@fontsource/noto-serif';

/**
 * Where a printer that keeps its page serves the same font files from memory (linkFonts): a name under the reserved
 * .invalid domain, which never resolves, so a document outside such a printer cannot load anything from it.
 */
export const DOCUMENT_FONT_ORIGIN = 'https://czcionki.kooperator.invalid';

/** Unicode ranges of the two subsets Polish needs (from the package's unicode.json). */
const SUBSETS = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

// A CommonJS require in the bundle and in tests alike: the font files are resolved like any dependency.
const requireFromHere = createRequire(__filename);

interface FontFace {
  /** The package's file name, e.g. noto-serif-latin-ext-700-italic.woff2. */
  fileName: string;
  bytes: Buffer;
  rule(src: string): string;
}

let faces: FontFace[] | null = null;

/** Regular, bold, italic, bold italic; Latin and Latin Extended-A, so ą ę ł ń ó ś ź ż. */
function fontFaces(): FontFace[] {
  if (faces) return faces;
  faces = [];
  for (const [subset, range] of Object.entries(SUBSETS)) {
    for (const weight of WEIGHTS) {
      for (const style of STYLES) {
        const fileName = `noto-serif-${subset}-${weight}-${style}.woff2`;
        faces.push({
          fileName,
          bytes: fs.readFileSync(requireFromHere.resolve(`${PACKAGE}/files/${fileName}`)),
          rule: (src) =>
            `@font-face { font-family: '${DOCUMENT_FONT_FAMILY}'; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
            `src: url(${src}) format('woff2'); unicode-range: ${range}; }`,
        });
      }
    }
  }
  return faces;
}

let embedded: string | null = null;
let linked: string | null = null;

/** @font-face rules for Noto Serif with the files inside them (data: URLs): what every printed document carries. */
export function embeddedFontCss(): string {
  embedded ??= fontFaces()
    .map((face) => face.rule(`data:font/woff2;base64,${face.bytes.toString('base64')}`))
    .join('\n');
  return embedded;
}

/** The same rules with the files at DOCUMENT_FONT_ORIGIN. */
function linkedFontCss(): string {
  linked ??= fontFaces()
    .map((face) => face.rule(`${DOCUMENT_FONT_ORIGIN}/${face.fileName}`))
    .join('\n');
  return linked;
}

/**
 * A document with its embedded fonts replaced by links to DOCUMENT_FONT_ORIGIN, for a printer that keeps its page
 * and answers that origin with `fontFileAt`: Chromium then keeps the decoded fonts from one print to the next instead
 * of reading 220 kB of base64 and decoding the fonts again for every document (docs/performance.md, item 7).
 * A document without the embedded rules comes back as it was.
 */
export function linkFonts(html: string): string {
  const rules = embeddedFontCss();
  const at = html.indexOf(rules);
  return at < 0 ? html : html.slice(0, at) + linkedFontCss() + html.slice(at + rules.length);
}

/** The font file a linked document asks for at `url`, or null for any other address. */
export function fontFileAt(url: string): Buffer | null {
  if (!url.startsWith(`${DOCUMENT_FONT_ORIGIN}/`)) return null;
  const fileName = url.slice(DOCUMENT_FONT_ORIGIN.length + 1);
  return fontFaces().find((face) => face.fileName === fileName)?.bytes ?? null;
}
