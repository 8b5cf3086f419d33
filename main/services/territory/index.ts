/**
 * The territory register (TERYT TERC): loading, updating, looking up. Plain functions over knex, no Electron.
 * Units are never deleted: institutions refer to their codes by foreign key, so a unit a newer TERC no
 * longer lists is only marked out of the register and stays retrievable.
 */
import type { Knex } from 'knex';
import { foldForSearch, comparePolish } from '../../../preload/contract/polish';
import type { TerritoryKind, TerritoryLevel } from '../../../preload/contract/vocabulary';
import type { TerritoryHit, TerritorySearchQuery, TerritoryStatus, TerritoryUpdateResult } from '../../../preload/contract/schemas/territory';
import { InvalidTercError, parseTerc, readShippedTerc, type ParsedTerc, type TerritorialUnitRecord } from '../../../db/reference/terc';
import { ServiceError } from '../errors';

const TABLE = 'territorial_units';
const SETTINGS = 'settings';
export const STATE_DATE_SETTING = 'teryt.stateDate';
/** SQLite allows 500 terms in a compound select (knex's multi-row insert): stay well below. */
const BATCH = 400;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

interface UnitRow {
  code: string;
  level: TerritoryLevel;
  name: string;
  kind: TerritoryKind | null;
  voivodeship_code: string;
  powiat_code: string | null;
  search_text: string;
  in_register: boolean | number;
  state_date: string;
}

interface HitRow extends UnitRow {
  voivodeship_name: string | null;
  powiat_name: string | null;
}

function toRow(unit: TerritorialUnitRecord): UnitRow {
  return {
    code: unit.code,
    level: unit.level,
    name: unit.name,
    kind: unit.kind,
    voivodeship_code: unit.voivodeshipCode,
    powiat_code: unit.powiatCode,
    search_text: foldForSearch(unit.name),
    in_register: true,
    state_date: unit.stateDate,
  };
}

function toHit(row: HitRow): TerritoryHit {
  return {
    code: row.code,
    level: row.level,
    name: row.name,
    kind: row.kind,
    voivodeshipCode: row.voivodeship_code,
    voivodeshipName: row.voivodeship_name ?? '',
    powiatCode: row.powiat_code,
    powiatName: row.powiat_name,
    inRegister: Boolean(row.in_register),
  };
}

/** Units with the names of their voivodeship and powiat, for hits. */
function hitQuery(db: Knex) {
  return db<HitRow>(`${TABLE} as u`)
    .leftJoin(`${TABLE} as v`, 'v.code', 'u.voivodeship_code')
    .leftJoin(`${TABLE} as p`, 'p.code', 'u.powiat_code')
    .select('u.*', 'v.name as voivodeship_name', 'p.name as powiat_name');
}

async function storedStateDate(db: Knex): Promise<string | null> {
  const row = (await db(SETTINGS).where({ key: STATE_DATE_SETTING }).first('value')) as { value: string } | undefined;
  return row?.value ?? null;
}

function sameContent(row: UnitRow, next: UnitRow): boolean {
  return (
    row.level === next.level &&
    row.name === next.name &&
    (row.kind ?? null) === next.kind &&
    row.voivodeship_code === next.voivodeship_code &&
    (row.powiat_code ?? null) === next.powiat_code &&
    Boolean(row.in_register)
  );
}

/** A TERC file's problem becomes the `validation` error the user sees, with the same message. */
function validTerc(read: () => ParsedTerc): ParsedTerc {
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidTercError) throw new ServiceError('validation', error.message);
    throw error;
  }
}

/**
 * Brings the register to the state of a TERC file (its text, already decoded), in one transaction:
 * new units are added, changed ones updated, units the file no longer lists marked out of the register.
 * A file older than the loaded state, or one missing a voivodeship of the register (a partial extract),
 * is refused; on any error nothing changes.
 */
export async function updateTerritoryFromTerc(db: Knex, text: string): Promise<TerritoryUpdateResult> {
  const parsed = validTerc(() => parseTerc(text));
  return applyTerc(db, parsed.stateDate, parsed.units);
}

async function applyTerc(db: Knex, stateDate: string, units: TerritorialUnitRecord[]): Promise<TerritoryUpdateResult> {
  return db.transaction(async (trx) => {
    const current = await storedStateDate(trx);
    if (current !== null && stateDate < current) {
      throw new ServiceError(
        'validation',
        `Plik TERC ma stan na ${stateDate}, a program ma już dane ze stanem na ${current}. Wczytaj plik nowszy lub z tą samą datą.`,
      );
    }

    const existing = new Map((await trx<UnitRow>(TABLE).select('*')).map((row) => [row.code, row]));
    const incoming = units.map(toRow);
    const listed = new Set(incoming.map((row) => row.code));

    const missingVoivodeship = [...existing.values()].find((row) => row.level === 'voivodeship' && Boolean(row.in_register) && !listed.has(row.code));
    if (missingVoivodeship) {
      throw new ServiceError(
        'validation',
        `Plik TERC nie obejmuje całego kraju: brak województwa ${missingVoivodeship.name} (${missingVoivodeship.code}). Wczytaj pełny plik TERC „Urzędowy”.`,
      );
    }

    let added = 0;
    let updated = 0;
    const toWrite: UnitRow[] = [];
    for (const row of incoming) {
      const before = existing.get(row.code);
      if (!before) added++;
      else if (!sameContent(before, row)) updated++;
      else if (before.state_date === row.state_date) continue; // nothing to write
      toWrite.push(row);
    }
    for (let i = 0; i < toWrite.length; i += BATCH) {
      await trx(TABLE).insert(toWrite.slice(i, i + BATCH)).onConflict('code').merge();
    }

    // Out of the register, never deleted: keeps their last state date, i.e. the last TERC that listed them.
    const leaving = [...existing.values()].filter((row) => Boolean(row.in_register) && !listed.has(row.code)).map((row) => row.code);
    for (let i = 0; i < leaving.length; i += BATCH) {
      await trx(TABLE).whereIn('code', leaving.slice(i, i + BATCH)).update({ in_register: false });
    }

    await trx(SETTINGS).insert({ key: STATE_DATE_SETTING, value: stateDate }).onConflict('key').merge();
    return { stateDate, added, updated, leftRegister: leaving.length };
  });
}

/** Loads the TERC file shipped with the app when the register is empty (first start); one cheap query otherwise. */
export async function loadShippedTerritoryIfEmpty(db: Knex): Promise<void> {
  if (await db(TABLE).first('code')) return;
  const parsed = validTerc(() => readShippedTerc());
  await applyTerc(db, parsed.stateDate, parsed.units);
}

/** State date of the loaded TERC and how many units of each level are in the register. */
export async function territoryStatus(db: Knex): Promise<TerritoryStatus> {
  const counts = (await db(TABLE).where('in_register', true).select('level').count({ n: '*' }).groupBy('level')) as { level: TerritoryLevel; n: number | string }[];
  const count = (level: TerritoryLevel) => Number(counts.find((row) => row.level === level)?.n ?? 0);
  return { stateDate: await storedStateDate(db), voivodeships: count('voivodeship'), powiats: count('powiat'), gminas: count('gmina') };
}

const LEVEL_ORDER: Record<TerritoryLevel, number> = { gmina: 0, powiat: 1, voivodeship: 2 };

/** A leading "powiat", "gmina" or "województwo"/"woj." in a query names the level, not the unit. */
const LEVEL_WORDS: [RegExp, TerritoryLevel][] = [
  [/^powiat\s+/, 'powiat'],
  [/^gmina\s+/, 'gmina'],
  [/^(wojewodztwo\s+|woj\.\s*|woj\s+)/, 'voivodeship'],
];

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Units for an autocomplete picker, diacritics-insensitive ("lodz" finds Łódź). Ranking: exact name,
 * name starting with the query, a word of the name starting with it, name containing it, then names
 * containing all its words; ties gmina before powiat before voivodeship, then Polish order.
 * A query of digits looks up TERYT codes by prefix.
 */
export async function searchTerritory(db: Knex, params: TerritorySearchQuery): Promise<TerritoryHit[]> {
  const limit = Math.min(Math.max(Math.trunc(params.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  let text = foldForSearch(params.query);
  let levels = params.levels && params.levels.length > 0 ? [...params.levels] : null;
  for (const [pattern, level] of LEVEL_WORDS) {
    const rest = text.replace(pattern, '');
    if (rest !== text && rest !== '') {
      text = rest;
      levels = (levels ?? [level]).filter((l) => l === level);
      break;
    }
  }
  if (text === '' || (levels && levels.length === 0)) return [];

  const q = hitQuery(db);
  if (!params.includeOutOfRegister) q.where('u.in_register', true);
  if (levels) q.whereIn('u.level', levels);
  if (params.withinCode) q.whereRaw("u.code LIKE ? ESCAPE '\\'", [`${likeEscape(params.withinCode)}%`]);

  let rank: (row: HitRow) => number;
  if (/^\d+$/.test(text)) {
    q.whereRaw("u.code LIKE ? ESCAPE '\\'", [`${text}%`]);
    rank = (row) => (row.code === text ? 0 : 1);
  } else {
    for (const word of text.split(' ')) q.whereRaw("u.search_text LIKE ? ESCAPE '\\'", [`%${likeEscape(word)}%`]);
    const wordStart = [' ', '-', '('].map((separator) => separator + text);
    rank = (row) => {
      const name = row.search_text;
      if (name === text) return 0;
      if (name.startsWith(text)) return 1;
      if (wordStart.some((start) => name.includes(start))) return 2;
      if (name.includes(text)) return 3;
      return 4;
    };
  }

  // At most some 2 900 rows even for one letter: ranking and Polish order in JS, which SQLite cannot collate.
  const rows = (await q) as HitRow[];
  return rows
    .map((row) => ({ row, rank: rank(row) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        LEVEL_ORDER[a.row.level] - LEVEL_ORDER[b.row.level] ||
        comparePolish(a.row.name, b.row.name) ||
        (a.row.code < b.row.code ? -1 : a.row.code > b.row.code ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ row }) => toHit(row));
}

/** One unit, in or out of the register. */
export async function getTerritorialUnit(db: Knex, code: string): Promise<TerritoryHit> {
  const row = (await hitQuery(db).where('u.code', code).first()) as HitRow | undefined;
  if (!row) throw new ServiceError('not_found', `Nie znaleziono jednostki terytorialnej o kodzie ${code}.`);
  return toHit(row);
}

/** Whether a TERYT code is in the table (what institutions' foreign key needs); optionally only in the register. */
export async function territoryExists(db: Knex, code: string, options: { inRegisterOnly?: boolean } = {}): Promise<boolean> {
  const q = db(TABLE).where({ code });
  if (options.inRegisterOnly) q.where('in_register', true);
  return (await q.first('code')) !== undefined;
}
