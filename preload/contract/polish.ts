/** Polish text rules shared by both sides: diacritics-insensitive matching, Polish sorting, dates as dd.mm.rrrr. */

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

/** A calendar date as Polish offices write it, whatever the system's language: "2025-01-01" → "01.01.2025". */
export function formatDatePl(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

const OPENING_QUOTE = '„';
const CLOSING_QUOTE = '”';
const INNER_OPENING_QUOTE = '‚';
const INNER_CLOSING_QUOTE = '’';

/**
 * Quotation marks nested as Polish typesetting nests them: inside „…” the inner quotes are ‚…’
 * („Regionalna konferencja ‚Kooperacja się opłaca’ – podsumowanie”). A quoted name that itself has „…” (an
 * association „Przystań”, a conference title) thus never prints the same marks twice in a row. Depth starts
 * afresh on every line, so one unclosed quote cannot turn the rest of a document around. Only „ and ” are
 * touched (never straight quotes, which HTML and Markdown use), so it may run over a document's HTML or Markdown.
 * Idempotent: already nested quotes stay as they are.
 */
export function nestQuotes(text: string): string {
  if (!text.includes(OPENING_QUOTE)) return text;
  return text
    .split('\n')
    .map((line) => {
      let depth = 0;
      let out = '';
      for (const ch of line) {
        if (ch === OPENING_QUOTE) {
          out += depth % 2 === 1 ? INNER_OPENING_QUOTE : OPENING_QUOTE;
          depth++;
        } else if (ch === CLOSING_QUOTE && depth > 0) {
          depth--;
          out += depth % 2 === 1 ? INNER_CLOSING_QUOTE : CLOSING_QUOTE;
        } else {
          out += ch;
        }
      }
      return out;
    })
    .join('\n');
}

/**
 * A name in quotation marks, its own quotes turned inner: quoted('Konferencja „Razem”') = „Konferencja ‚Razem’”;
 * straight quotes typed in it ("Razem") count as Polish ones.
 */
export function quoted(name: string): string {
  let open = false;
  const polish = name.trim().replace(/"/g, () => {
    open = !open;
    return open ? OPENING_QUOTE : CLOSING_QUOTE;
  });
  return nestQuotes(`${OPENING_QUOTE}${polish}${CLOSING_QUOTE}`);
}

/** A sentence given its full stop, unless it already ends with one (an abbreviation "i in.", "ds.") or other end mark. */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A value written by a user (a subject, a purpose) as it reads in the middle of a sentence: its first letter in lower
 * case ("Współpraca przy…" → "współpraca przy…"), unless the first word is an abbreviation or a name written in capitals
 * ("PZK", "ROPS", "MOPS w Będzinie") or a proper name the register knows as such (given in `properNames`).
 */
export function midSentence(text: string, properNames: readonly string[] = []): string {
  const value = text.trim();
  const firstWord = /^\S+/.exec(value)?.[0] ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(firstWord)) return value;
  if (properNames.some((name) => name.trim() !== '' && value.startsWith(name.trim()))) return value;
  return value.charAt(0).toLocaleLowerCase('pl') + value.slice(1);
}

/**
 * Short names a line must never part: the spaces of "Spotkanie PZK (G-PZK)" kept (no-break spaces) and its hyphens
 * made non-breaking, for printed tables and headings. Only for short labels: long names must wrap.
 */
export function unbreakable(label: string): string {
  return label.replace(/ /g, '\u00a0').replace(/-/g, '-\u2060');
}

/** Polish men's first names ending in -a (Kuba, Barnaba…): the -a rule alone would call them „Pani”. */
const MALE_NAMES_IN_A = new Set(
  ['barnaba', 'bonawentura', 'dyzma', 'jarema', 'kosma', 'kuba', 'sasza', 'misza', 'nikita', 'zawisza', 'boryna', 'luca', 'andrea', 'ilja', 'saba', 'jona', 'joshua', 'mustafa', 'elia'],
);
/** Women's first names met in Poland that do not end in -a. */
const FEMALE_NAMES_NOT_IN_A = new Set(
  ['beatrycze', 'noemi', 'miriam', 'rut', 'ruth', 'abigail', 'carmen', 'nicole', 'inez', 'ines', 'ingrid', 'karin', 'doris', 'dolores', 'mercedes', 'iris', 'lili', 'rachel', 'ester', 'estera', 'margit', 'gretchen', 'nel', 'vivien', 'michelle', 'isabel', 'jasmin', 'yasmin'],
);

/**
 * The form of address a first name suggests (a form offers it; the user can change it): „Pani” for a name ending in
 * -a or a known woman's name, „Pan” otherwise; null for an empty name. Of a double name („Anna Maria”) the first counts.
 */
export function suggestFormOfAddress(firstName: string): 'ms' | 'mr' | null {
  const first = foldForSearch(firstName).split(/[\s-]/)[0] ?? '';
  if (!/[a-z]/.test(first)) return null;
  if (FEMALE_NAMES_NOT_IN_A.has(first)) return 'ms';
  if (MALE_NAMES_IN_A.has(first)) return 'mr';
  return first.endsWith('a') ? 'ms' : 'mr';
}

/** „Pani Anna Nowak”, „Pan Jan Kowalski”; the name alone where the form is not known. */
export function addressedName(form: 'ms' | 'mr' | null | undefined, name: string): string {
  return form === 'ms' ? `Pani ${name}` : form === 'mr' ? `Pan ${name}` : name;
}

/** A past-tense verb agreeing with the person: „wzięła” / „wziął”; null where the form is not known (word it neutrally). */
export function pastTenseOf(form: 'ms' | 'mr' | null | undefined, verb: { ms: string; mr: string }): string | null {
  return form === 'ms' ? verb.ms : form === 'mr' ? verb.mr : null;
}

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
