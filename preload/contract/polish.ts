/** Polish text rules shared by both sides: diacritics-insensitive matching and Polish sorting. */

/**
 * Folds text for matching: lower case, no diacritics. Ł/ł has no Unicode decomposition,
 * so NFD alone leaves it (and FTS5's remove_diacritics does too): map it first.
 */
export function foldForSearch(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Polish alphabetical order: A Ą B C Ć … L Ł … S Ś … Z Ź Ż. */
export const polishCollator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

export function comparePolish(a: string, b: string): number {
  return polishCollator.compare(a, b);
}
