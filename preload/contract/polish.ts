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

// ---------------------------------------------------------------------------------------------------------
// Polish order as plain text, for databases

/** Space and punctuation in the order Polish collation puts them (all before digits and letters). */
const SORT_PUNCTUATION = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';
const SORT_LETTERS = 'aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż';
const FIRST_CODE = 0x21;
const SORT_CODES = new Map<string, string>();
for (const [i, ch] of [...SORT_PUNCTUATION].entries()) SORT_CODES.set(ch, String.fromCharCode(FIRST_CODE + i));
/** A run of digits: compared by value, as comparePolish's `numeric` does. */
const DIGIT_RUN = String.fromCharCode(FIRST_CODE + SORT_PUNCTUATION.length);
for (const [i, ch] of [...SORT_LETTERS].entries()) SORT_CODES.set(ch, String.fromCharCode(FIRST_CODE + SORT_PUNCTUATION.length + 1 + i));
/** Letters of other alphabets: after ż, by code point. */
const OTHER_CHARACTER = '~';
/** Letters Polish collation treats as two letters or as a plain letter; NFKD does not decompose them. */
const SORT_EXPANSIONS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l' };
const POLISH_LETTERS = new Set('ąćęłńóśźż');

function sortCode(ch: string): string {
  const known = SORT_CODES.get(ch);
  if (known !== undefined) return known;
  if (/\p{Z}|\s/u.test(ch)) return SORT_CODES.get(' ')!;
  if (/\p{Pd}/u.test(ch)) return SORT_CODES.get('-')!;
  if (/[‘’‚‛′]/u.test(ch)) return SORT_CODES.get("'")!;
  if (/[“”„‟″«»]/u.test(ch)) return SORT_CODES.get('"')!;
  if (/[\p{P}\p{S}]/u.test(ch)) return SORT_CODES.get('$')!;
  return OTHER_CHARACTER + ch.codePointAt(0)!.toString(16).padStart(6, '0');
}

function sortKeyOf(text: string): string {
  let key = '';
  const chars = [...text.normalize('NFC').toLowerCase()];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch >= '0' && ch <= '9') {
      let end = i;
      while (end < chars.length && chars[end]! >= '0' && chars[end]! <= '9') end++;
      const digits = chars.slice(i, end).join('').replace(/^0+(?=\d)/, '');
      // The number of digits first, so 9 sorts before 10.
      key += DIGIT_RUN + String.fromCharCode(FIRST_CODE + Math.min(digits.length, 0x7e - FIRST_CODE)) + digits;
      i = end - 1;
    } else if (POLISH_LETTERS.has(ch)) {
      key += SORT_CODES.get(ch)!;
    } else {
      // Other accents (é, ü, š) and case do not count, as in comparePolish (sensitivity "base").
      for (const part of ch.normalize('NFKD')) {
        if (/[\p{M}\p{C}]/u.test(part)) continue;
        for (const letter of SORT_EXPANSIONS[part] ?? part) key += sortCode(letter);
      }
    }
  }
  return key;
}

/**
 * A text whose plain byte order (SQLite's default, PostgreSQL's COLLATE "C") is comparePolish's order of the parts,
 * compared part by part: `polishSortKey(lastName, firstName)` sorts people as comparePeople does. Every character
 * becomes one printable ASCII code; the parts are joined by a space, which is below every code, so a shorter part
 * sorts first. Lets either database sort and page in Polish order without a Polish collation of its own.
 * (Letters of other alphabets sort after ż by code point, which Polish collation does only roughly.)
 */
export function polishSortKey(...parts: string[]): string {
  return parts.map(sortKeyOf).join(' ');
}

// ---------------------------------------------------------------------------------------------------------
// Months and periods in sentences

/** Month names in the genitive, as dates are written ("1 kwietnia 2019 r.") and spans start ("od kwietnia"). */
export const MONTHS_GENITIVE = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'] as const;

/** Month names in the locative: "w kwietniu 2026 r.". */
export const MONTHS_LOCATIVE = ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'] as const;

const monthParts = (month: string) => ({ year: month.slice(0, 4), index: Number(month.slice(5, 7)) - 1 });

/**
 * A span of months (YYYY-MM) as a sentence says it: "od kwietnia do grudnia 2026 r.", "od października 2019 r. do
 * listopada 2020 r.", or "w kwietniu 2026 r." for one month — never "w okresie kwiecień 2026 – grudzień 2026".
 */
export function monthSpanPhrase(firstMonth: string, lastMonth: string): string {
  const first = monthParts(firstMonth);
  const last = monthParts(lastMonth);
  if (firstMonth === lastMonth) return `w ${MONTHS_LOCATIVE[first.index] ?? ''} ${first.year} r.`;
  if (first.year === last.year) return `od ${MONTHS_GENITIVE[first.index] ?? ''} do ${MONTHS_GENITIVE[last.index] ?? ''} ${last.year} r.`;
  return `od ${MONTHS_GENITIVE[first.index] ?? ''} ${first.year} r. do ${MONTHS_GENITIVE[last.index] ?? ''} ${last.year} r.`;
}
