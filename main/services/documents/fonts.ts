/**
 * The typeface every printed document uses, shipped with the app (@fontsource/noto-serif) and embedded
 * into the HTML as data: URLs, so a PDF never depends on the fonts of the machine that prints it
 * (office PCs have no DejaVu) and the page loads nothing from outside.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

export const DOCUMENT_FONT_FAMILY = 'Noto Serif';

const PACKAGE = '@fontsource/noto-serif';

/** Unicode ranges of the two subsets Polish needs (from the package's unicode.json). */
const SUBSETS = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

let cached: string | null = null;

// A CommonJS require in the bundle and in tests alike: the font files are resolved like any dependency.
const requireFromHere = createRequire(__filename);

/** @font-face rules for Noto Serif (regular, bold, italic, bold italic; Latin and Latin Extended-A, so ą ę ł ń ó ś ź ż). */
export function embeddedFontCss(): string {
  if (cached !== null) return cached;
  const rules: string[] = [];
  for (const [subset, range] of Object.entries(SUBSETS)) {
    for (const weight of WEIGHTS) {
      for (const style of STYLES) {
        const file = requireFromHere.resolve(`${PACKAGE}/files/noto-serif-${subset}-${weight}-${style}.woff2`);
        const data = fs.readFileSync(file).toString('base64');
        rules.push(
          `@font-face { font-family: '${DOCUMENT_FONT_FAMILY}'; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
            `src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${range}; }`,
        );
      }
    }
  }
  cached = rules.join('\n');
  return cached;
}
