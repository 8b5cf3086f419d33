/**
 * What each register's search box matches: the `search_text` column, folded for search (no case, no Polish marks).
 * One definition for the forms and the exchange import, so a record reads the same whichever way it was written;
 * and one way of matching a typed query against it (with the names of the record's gmina and powiat), for every
 * list and for the global search.
 */
import type { Knex } from 'knex';
import { foldForSearch, PARTNERSHIP_KINDS, type PartnershipKind } from '../../preload/contract';

type Part = string | null | undefined;

const folded = (...parts: Part[]) => foldForSearch(parts.filter(Boolean).join(' '));

export const institutionSearchText = (name: string, shortName: Part, city: Part) => folded(name, shortName, city);

export const personSearchText = (firstName: string, lastName: string, position: Part) => folded(firstName, lastName, position);

export const partnershipSearchText = (kind: PartnershipKind, name: string, caseCode: Part) => folded(PARTNERSHIP_KINDS[kind].short, name, caseCode);

/** An agreement's number and the names of its parties. */
export const agreementSearchText = (number: string, partyNames: string[]) => foldForSearch([number, ...partyNames].join(' '));

export const eventSearchText = (title: string, place: Part) => folded(title, place);

// ---------------------------------------------------------------------------------------------------------
// Matching a typed query

/**
 * Polish case endings (folded), longest first: what a typed word may carry that the stored form does not
 * ("Żorach" for "Żory", "Częstochowie" for "Częstochowa", "będzińskiego" for "będziński").
 */
const CASE_ENDINGS = ['iego', 'iemu', 'ami', 'ach', 'ego', 'emu', 'ich', 'ych', 'imi', 'ymi', 'iej', 'owi', 'ie', 'iu', 'ej', 'im', 'ym', 'a', 'e', 'i', 'y', 'o', 'u'];
/** The shortest stem a word is cut to: shorter ones would match too much. */
const MIN_STEM = 3;

/**
 * The stems a folded word stands for in other case forms, matched at the start of a stored word: "zorach" → "zor"
 * (finds "Żory"), "czestochowie" → "czestochow", "gorze" → "gorz" and "gor" (Góra), "rudzie" → "rudz" and "rud" (Ruda),
 * "sosnowcu" → "sosnowc" and "sosnowiec". Empty when the word has no ending to cut.
 */
export function searchStems(word: string): string[] {
  const ending = CASE_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= MIN_STEM);
  if (!ending) return [];
  const stem = word.slice(0, -ending.length);
  const stems = new Set([stem]);
  // The consonant softened before -e/-i (Góra → Górze, Ruda → Rudzie) and the mobile e (Sosnowiec → Sosnowcu).
  if (ending === 'e' && stem.endsWith('rz') && stem.length - 1 >= MIN_STEM) stems.add(stem.slice(0, -1));
  if (ending === 'ie' && stem.endsWith('dz') && stem.length - 1 >= MIN_STEM) stems.add(stem.slice(0, -1));
  if (/[^aeiouy]c$/.test(stem)) stems.add(`${stem.slice(0, -1)}iec`);
  return [...stems];
}

/** The words of a typed query, folded; a hyphen splits words as a space does ("Bielsko-Biała"). */
export function searchWords(search: string | null | undefined): string[] {
  return foldForSearch(search ?? '')
    .split(/[\s-]+/)
    .filter(Boolean);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The longest start the texts share ("sosnowcu", "sosnowc", "sosnowiec" → "sosnow"). */
function sharedStart(texts: string[]): string {
  let end = 0;
  while (texts.every((text) => end < text.length && text[end] === texts[0]![end])) end += 1;
  return texts[0]!.slice(0, end);
}

/**
 * SQL: the folded text in `column` contains the word, or has a word starting with one of its stems. A word with
 * stems is first asked for what every alternative contains (the start they share), so a row that cannot match is
 * turned down by one LIKE instead of four: the person picker reads the register's index until 50 match, and for
 * a rare name that is every row (docs/performance.md, item 3).
 */
function textMatches(column: string, word: string): { sql: string; bindings: string[] } {
  const like = `${column} LIKE ? ESCAPE '\\'`;
  const stems = searchStems(word);
  if (stems.length === 0) return { sql: like, bindings: [`%${escapeLike(word)}%`] };
  const sql = [like];
  const bindings = [`%${escapeLike(word)}%`];
  for (const stem of stems) {
    const escaped = escapeLike(stem);
    sql.push(like, like, like);
    bindings.push(`${escaped}%`, `% ${escaped}%`, `%-${escaped}%`);
  }
  return { sql: `(${like} AND (${sql.join(' OR ')}))`, bindings: [`%${escapeLike(sharedStart([word, ...stems]))}%`, ...bindings] };
}

/**
 * Where a record is, for search by place: SQL selecting its TERYT codes (gmina, powiat or voivodeship) as `code`,
 * correlated with the outer row by its alias. Each code brings the unit's name and its powiat's.
 */
export const SEARCH_PLACES = {
  institution: (alias: string) => `SELECT ${alias}.teryt_code AS code`,
  partnership: (alias: string) => `SELECT ${alias}.teryt_code AS code`,
  /** The event's own place, else its partnership's. */
  event: (alias: string) => `SELECT ${alias}.teryt_code AS code UNION SELECT search_ep.teryt_code AS code FROM partnerships search_ep WHERE search_ep.id = ${alias}.partnership_id`,
  /** The territory of each party, each party institution's, and the partnership's. */
  agreement: (alias: string) =>
    `SELECT search_ap.teryt_code AS code FROM agreement_parties search_ap WHERE search_ap.agreement_id = ${alias}.id` +
    ` UNION SELECT search_ai.teryt_code AS code FROM agreement_parties search_ap2 JOIN institutions search_ai ON search_ai.id = search_ap2.institution_id WHERE search_ap2.agreement_id = ${alias}.id` +
    ` UNION SELECT search_pp.teryt_code AS code FROM partnerships search_pp WHERE search_pp.id = ${alias}.partnership_id`,
} as const;

/**
 * The one search of every list and of Ctrl+K: each word of the query must occur in the record's folded search text
 * (`column`) or — given `places` — in the name of its gmina or powiat, in any case form the user types.
 * Returns false (adding nothing) when the query has no words.
 */
export function whereSearchMatches(query: Knex.QueryBuilder, column: string, search: string | null | undefined, places?: string): boolean {
  const words = searchWords(search);
  for (const word of words) {
    const own = textMatches(column, word);
    if (!places) {
      query.whereRaw(`(${own.sql})`, own.bindings);
      continue;
    }
    const unit = textMatches('search_unit.search_text', word);
    query.whereRaw(
      `(${own.sql} OR EXISTS (SELECT 1 FROM (${places}) search_place JOIN territorial_units search_unit ON search_unit.code = search_place.code OR search_unit.code = substr(search_place.code, 1, 4) WHERE ${unit.sql}))`,
      [...own.bindings, ...unit.bindings],
    );
  }
  return words.length > 0;
}
