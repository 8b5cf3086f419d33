import { ServiceError } from '../errors';

export type TextEncoding = 'utf-8' | 'windows-1250';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// Excel on Polish Windows saves „CSV (rozdzielany przecinkami)” in the ANSI code page, i.e. Windows-1250.
const cp1250 = new TextDecoder('windows-1250');

/** The length of the valid UTF-8 sequence of two or more bytes starting at `i` (RFC 3629), or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const next = (k: number, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k]! >= low && bytes[i + k]! <= high;
  if (lead >= 0xc2 && lead <= 0xdf) return next(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return next(1, low, high) && next(2) && next(3) ? 4 : 0;
  }
  return 0;
}

/** How many characters of two or more bytes are valid UTF-8, and where the first byte that is not UTF-8 stands. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      valid++;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/**
 * The encoding of one file, decided for the whole file: UTF-8 when the bytes are valid UTF-8 (a BOM is stripped),
 * Windows-1250 when they are not UTF-8 at all. Cp1250 text with Polish letters is practically never valid UTF-8, and
 * its letters hardly ever form UTF-8 sequences by chance. A file that is mostly UTF-8 (a BOM, or more valid UTF-8
 * characters than stray bytes) with a byte that is not is refused with that byte's line: decoding it as Windows-1250
 * would turn every Polish letter into mojibake, and dropping the byte would change the data unseen.
 */
export function decodeText(bytes: Uint8Array, fileName?: string): { text: string; encoding: TextEncoding } {
  try {
    // ignoreBOM: false means the decoder consumes a leading BOM instead of returning it.
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const { valid, invalid, firstInvalid } = utf8Census(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (bom || valid > invalid) {
      let line = 1;
      for (let i = 0; i < firstInvalid; i++) if (bytes[i] === 0x0a) line++;
      const byte = `0x${bytes[firstInvalid]!.toString(16).toUpperCase().padStart(2, '0')}`;
      const name = fileName ? `Plik „${fileName}”` : 'Plik';
      throw new ServiceError(
        'validation',
        `${name} jest zapisany w UTF-8, ale w wierszu ${line} ma bajt ${byte}, który nie jest znakiem UTF-8 (plik ma mieszane kodowanie). ` +
          'Nic nie zaimportowano: popraw ten wiersz albo zapisz plik ponownie jako „CSV UTF-8” i spróbuj jeszcze raz.',
      );
    }
    return { text: cp1250.decode(bytes), encoding: 'windows-1250' };
  }
}
