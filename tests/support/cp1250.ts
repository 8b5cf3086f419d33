// Polish letters in Windows-1250, written out by hand so tests do not trust the decoder they check.
export const CP1250: Record<string, number> = {
  ą: 0xb9, ć: 0xe6, ę: 0xea, ł: 0xb3, ń: 0xf1, ó: 0xf3, ś: 0x9c, ź: 0x9f, ż: 0xbf,
  Ą: 0xa5, Ć: 0xc6, Ę: 0xca, Ł: 0xa3, Ń: 0xd1, Ó: 0xd3, Ś: 0x8c, Ź: 0x8f, Ż: 0xaf,
};

/** Text as Excel on a Polish Windows saves a CSV: Windows-1250 bytes. */
export function cp1250(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const byte = CP1250[char] ?? char.charCodeAt(0);
    if (byte > 0x7f && CP1250[char] === undefined) throw new Error(`no cp1250 byte for ${char}`);
    return byte;
  });
}
