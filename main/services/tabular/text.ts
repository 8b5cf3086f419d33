export type TextEncoding = 'utf-8' | 'windows-1250';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// Excel on Polish Windows saves „CSV (rozdzielany przecinkami)” in the ANSI code page, i.e. Windows-1250.
const cp1250 = new TextDecoder('windows-1250');

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is stripped), otherwise Windows-1250. Cp1250 text with
 * Polish letters is practically never valid UTF-8, so the strict check is a reliable tell.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    // ignoreBOM: false means the decoder consumes a leading BOM instead of returning it.
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: cp1250.decode(bytes), encoding: 'windows-1250' };
  }
}
